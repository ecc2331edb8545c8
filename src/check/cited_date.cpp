// RS204: a sentence that cites a document by zaaknummer or documentnummer and gives a date for it: the date
// must be the document's date in the register. "Met onze informatiebrief van 8 maart jl. (Z-21-52738/289409)"
// in a letter of 13 september 2022 means 8 maart 2022; the register must say so. Only when none of the
// sentence's dates is the cited document's date is it reported, at the date nearest to the citation.
#include <cstdlib>

#include "check/checks.hpp"
#include "check/lookup.hpp"
#include "check/mentioned_date.hpp"
#include "check/phrases.hpp"

namespace raadsstuk::check {

void check_cited_date(const Subject& s, const Context& c, diag::Diagnostics& out) {
    for (const ScannedText& t : s.texts()) {
        for (const NumberMention& n : t.numbers) {
            const std::string zaaknummer = n.zaak ? n.written : std::string();
            const Lookup l = look_up(c, s.entry().entry.gemeente, zaaknummer, n.documentnummer, &s.entry());
            if (!l.found()) continue;  // RS211
            const Span sentence = t.sentence_of(n.span.begin);
            const DateMention* nearest = nullptr;
            std::optional<DayRange> nearest_range;
            bool agrees = false;
            for (const DateMention& m : t.dates) {
                if (m.span.begin < sentence.begin || m.span.end > sentence.end) continue;
                const auto range = resolve_mention(m, s.date());
                if (!range) continue;
                for (const auto* d : l.targets) agrees = agrees || range->contains(d->entry.date);
                const auto gap = [&](const DateMention& x) {
                    return std::labs(static_cast<long>(x.span.begin) - static_cast<long>(n.span.begin));
                };
                if (!nearest || gap(m) < gap(*nearest)) {
                    nearest = &m;
                    nearest_range = range;
                }
            }
            if (!nearest || agrees) continue;
            std::vector<std::string> registered;
            for (const auto* d : l.targets) registered.push_back(dutch(d->entry.date));
            std::string message = "\"" + std::string(t.written(nearest->span)) + "\"";
            if (nearest_range->single_day() && (!nearest->year || nearest->relative != Relative::none))
                message += " is " + dutch(nearest_range->first);
            else if (!nearest_range->single_day())
                message += " is " + describe(*nearest_range, *nearest);
            message += ", maar " + n.written + " is volgens het register van " + enumerate(registered);
            out.push_back(diag::make("RS204", s.in_text(t, nearest->span.begin), message,
                                     "in het register: " + described(*l.targets.front()) +
                                         "; corrigeer de datum in de tekst of in het register"));
        }
    }
}

}  // namespace raadsstuk::check
