// RS209: a reference that gives the cited document's date ("datum") gives the date the register has.
#include "check/checks.hpp"
#include "check/lookup.hpp"
#include "check/phrases.hpp"

namespace raadsstuk::check {

void check_reference_date(const Subject& s, const Context& c, diag::Diagnostics& out) {
    for (const model::DocumentReference& ref : s.references()) {
        if (!ref.date) continue;
        const Lookup l = look_up(c, s.entry().entry.gemeente, ref.zaaknummer, ref.documentnummer, &s.entry());
        if (!l.found()) continue;
        // Of a zaak with several documents, compare with those of the kind cited (if any are).
        std::vector<const resolve::RegisteredDocument*> candidates;
        for (const auto* d : l.targets)
            if (d->entry.kind == ref.kind) candidates.push_back(d);
        if (candidates.empty()) candidates = l.targets;
        std::vector<std::string> dates;
        bool agrees = false;
        for (const auto* d : candidates) {
            agrees = agrees || d->entry.date == *ref.date;
            dates.push_back(dutch(d->entry.date));
        }
        if (agrees) continue;
        std::string hint = candidates.size() == 1 ? "schrijf \"datum\": \"" + candidates.front()->entry.date.iso() + "\", of corrigeer het register; "
                                                  : std::string();
        hint += "in het register: " + described(*candidates.front());
        out.push_back(diag::make("RS209", s.at(ref.pointer + "/datum"),
                                 "verwijzing gedateerd " + dutch(*ref.date) + ", maar " +
                                     cited(ref.zaaknummer, ref.documentnummer) + " is volgens het register van " +
                                     enumerate(dates),
                                 std::move(hint)));
    }
}

}  // namespace raadsstuk::check
