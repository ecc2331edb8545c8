// RS203: "jl." (jongstleden) is a date that has passed, "a.s." (aanstaande) one that is to come, both as seen
// from the document's date. Without a year they are read that way; with a year written they can be wrong:
// "8 maart 2023 jl." in a letter of 13 september 2022, "medio oktober 2021 a.s." in the same letter.
#include "check/checks.hpp"
#include "check/mentioned_date.hpp"
#include "check/phrases.hpp"

namespace raadsstuk::check {

void check_relative_date(const Subject& s, const Context&, diag::Diagnostics& out) {
    for (const ScannedText& t : s.texts()) {
        for (const DateMention& m : t.dates) {
            if (m.relative == Relative::none || !m.year) continue;
            const auto range = resolve_mention(m, s.date());
            if (!range) continue;  // RS201
            const std::string written = "\"" + std::string(t.written(m.span)) + "\"";
            const std::string doc = s.date_label() + " (" + dutch(s.date()) + ")";
            if (m.relative == Relative::past && s.date() < range->first) {
                out.push_back(diag::make("RS203", s.in_text(t, m.span.begin),
                                         written + " ligt na " + doc + ", maar \"jl.\" betekent een datum die voorbij is",
                                         "controleer het jaar, of schrijf \"a.s.\" als de datum nog moet komen"));
            } else if (m.relative == Relative::coming && range->last < s.date()) {
                out.push_back(diag::make("RS203", s.in_text(t, m.span.begin),
                                         written + " ligt vóór " + doc + ", maar \"a.s.\" betekent een datum die nog komt",
                                         "controleer het jaar, of schrijf \"jl.\" als de datum voorbij is"));
            }
        }
    }
}

}  // namespace raadsstuk::check
