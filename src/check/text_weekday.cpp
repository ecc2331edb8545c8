// RS202: a weekday written with a date that the calendar contradicts: "donderdag 11 november 2020" (a woensdag).
// A date without a year is read against the document's date (see mentioned_date.hpp).
#include "check/checks.hpp"
#include "check/mentioned_date.hpp"
#include "check/phrases.hpp"
#include "format/dutch.hpp"

namespace raadsstuk::check {

void check_text_weekday(const Subject& s, const Context&, diag::Diagnostics& out) {
    for (const ScannedText& t : s.texts()) {
        for (const DateMention& m : t.dates) {
            if (!m.weekday || m.day == 0) continue;
            const auto range = resolve_mention(m, s.date());
            if (!range) continue;  // RS201
            const model::Date d = range->first;
            if (d.weekday() == *m.weekday) continue;
            std::string message = "\"" + std::string(t.written(m.span)) + "\": " + dutch(d);
            if (!m.year) message += " (gelezen bij " + s.date_label() + ", " + dutch(s.date()) + ")";
            message += " is een " + std::string(format::weekday_name(d.weekday())) + ", geen " +
                       std::string(format::weekday_name(*m.weekday));
            // The nearest day with the weekday written, as the other possible fix.
            const long base = d.days_since_epoch();
            model::Date near = d;
            for (long k = 1; k <= 3; ++k) {
                if (model::Date::from_days_since_epoch(base - k).weekday() == *m.weekday) { near = model::Date::from_days_since_epoch(base - k); break; }
                if (model::Date::from_days_since_epoch(base + k).weekday() == *m.weekday) { near = model::Date::from_days_since_epoch(base + k); break; }
            }
            out.push_back(diag::make("RS202", s.in_text(t, m.span.begin), message,
                                     "bedoelt u " + format::format_date_with_weekday(d) + ", of " +
                                         format::format_date_with_weekday(near) + "?"));
        }
    }
}

}  // namespace raadsstuk::check
