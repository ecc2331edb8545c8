// RS201: a date in a text that does not exist: "31 september 2022", "29 februari 2021", "30 februari".
#include "check/checks.hpp"
#include "check/mentioned_date.hpp"
#include "format/dutch.hpp"

namespace raadsstuk::check {

void check_text_date_exists(const Subject& s, const Context&, diag::Diagnostics& out) {
    for (const ScannedText& t : s.texts()) {
        for (const DateMention& m : t.dates) {
            if (mention_exists(m)) continue;
            const std::string month(format::month_name(m.month));
            const std::string why =
                m.year ? month + " " + std::to_string(*m.year) + " heeft " +
                             std::to_string(model::days_in_month(*m.year, m.month)) + " dagen"
                       : month + " heeft nooit meer dan " + std::to_string(m.month == 2 ? 29 : model::days_in_month(2001, m.month)) +
                             " dagen";
            out.push_back(diag::make("RS201", s.in_text(t, m.span.begin),
                                     "\"" + std::string(t.written(m.span)) + "\" is geen bestaande datum: " + why,
                                     "controleer de dag en de maand"));
        }
    }
}

}  // namespace raadsstuk::check
