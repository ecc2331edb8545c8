// RS210: a reference points back in time: the document it cites is not dated after the citing document.
// Judged by the reference's own "datum", or else by the date of the document it finds in the register.
#include "check/checks.hpp"
#include "check/lookup.hpp"
#include "check/phrases.hpp"

namespace raadsstuk::check {

void check_reference_in_past(const Subject& s, const Context& c, diag::Diagnostics& out) {
    for (const model::DocumentReference& ref : s.references()) {
        const std::string doc = s.date_label() + " (" + dutch(s.date()) + ")";
        if (ref.date) {
            if (!(s.date() < *ref.date)) continue;
            out.push_back(diag::make("RS210", s.at(ref.pointer + "/datum"),
                                     "verwijzing naar een stuk van " + dutch(*ref.date) + ", na " + doc,
                                     "een verwijzing gaat naar een eerder stuk; controleer de datum van de verwijzing en van het document"));
            continue;
        }
        const Lookup l = look_up(c, s.entry().entry.gemeente, ref.zaaknummer, ref.documentnummer, &s.entry());
        if (l.targets.size() != 1 || !(s.date() < l.targets.front()->entry.date)) continue;
        out.push_back(diag::make("RS210", s.at(ref.pointer),
                                 "verwijzing naar " + described(*l.targets.front()) + ", na " + doc,
                                 "een verwijzing gaat naar een eerder stuk; controleer de nummers van de verwijzing"));
    }
}

}  // namespace raadsstuk::check
