// RS211: a zaaknummer ("Z-21-52738/289409", found by the gemeente's patterns) or a documentnummer
// ("documentnummer 289409") written in a text names a document of the register.
#include "check/checks.hpp"
#include "check/lookup.hpp"
#include "check/phrases.hpp"

namespace raadsstuk::check {

void check_text_number_resolves(const Subject& s, const Context& c, diag::Diagnostics& out) {
    const std::string& gemeente = s.entry().entry.gemeente;
    for (const ScannedText& t : s.texts()) {
        for (const NumberMention& n : t.numbers) {
            const std::string zaaknummer = n.zaak ? n.written : std::string();
            // The document's own numbers are in the register by definition.
            const Lookup l = look_up(c, gemeente, zaaknummer, n.documentnummer, nullptr);
            if (l.found()) continue;
            std::string hint = "voeg het stuk toe aan een registerbestand (register/" + gemeente +
                               ".json in de gegevensmap) of corrigeer het nummer in de tekst";
            if (!n.documentnummer.empty() && !l.in_zaak.empty()) {
                std::vector<std::string> there;
                for (const auto* d : l.in_zaak) there.push_back(numbers(*d) + " van " + dutch(d->entry.date));
                hint = "in die zaak staan wel: " + enumerate(there) + "; een tikfout in het documentnummer?";
            }
            out.push_back(diag::make("RS211", s.in_text(t, n.span.begin),
                                     "\"" + n.written + "\" staat niet in het register", std::move(hint)));
        }
    }
}

}  // namespace raadsstuk::check
