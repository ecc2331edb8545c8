// RS206: every reference (JSON: verwijzingen) names a document of the register: a document of the data tree
// or an entry of a register file, by documentnummer or else by zaaknummer.
#include "check/checks.hpp"
#include "check/lookup.hpp"
#include "check/phrases.hpp"

namespace raadsstuk::check {

void check_reference_resolves(const Subject& s, const Context& c, diag::Diagnostics& out) {
    const std::string& gemeente = s.entry().entry.gemeente;
    for (const model::DocumentReference& ref : s.references()) {
        const Lookup l = look_up(c, gemeente, ref.zaaknummer, ref.documentnummer, &s.entry());
        if (l.found()) continue;
        const bool by_number = !l.documentnummer.empty();
        const std::string field = !ref.documentnummer.empty() ? "/documentnummer" : "/zaaknummer";
        std::string hint;
        if (by_number && !l.in_zaak.empty()) {
            std::vector<std::string> there;
            for (const auto* d : l.in_zaak) there.push_back(d->documentnummer.empty() ? described(*d) : d->documentnummer + " (" + d->entry.kind + " van " + dutch(d->entry.date) + ")");
            hint = "in zaak " + ref.zaaknummer + " staan wel: " + enumerate(there) + "; een tikfout in het documentnummer?";
        } else {
            hint = "voeg het stuk toe aan een registerbestand (register/" + gemeente +
                   ".json in de gegevensmap) of corrigeer het nummer; zie docs/data.md";
        }
        out.push_back(diag::make("RS206", s.at(ref.pointer + field),
                                 "verwijzing naar " + (by_number ? "documentnummer " + l.documentnummer
                                                                 : "zaak " + ref.zaaknummer) +
                                     ": staat niet in het register",
                                 std::move(hint)));
    }
}

}  // namespace raadsstuk::check
