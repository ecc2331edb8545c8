// RS207: a zaaknummer and a documentnummer given together belong together. In a reference or in a text
// ("Z-21-52738/289409") the documentnummer must be one of that zaak's documents; in the document itself a
// documentnummer written inside the zaaknummer ("Z/20/0047053/205698") must equal "documentnummer".
#include "check/checks.hpp"
#include "check/lookup.hpp"
#include "check/phrases.hpp"

namespace raadsstuk::check {
namespace {

std::string owners(const Lookup& l) {
    std::vector<std::string> zaken;
    for (const auto* d : l.by_number) zaken.push_back(d->entry.zaaknummer + " (" + place(*d) + ")");
    return enumerate(zaken);
}

}  // namespace

void check_number_pair(const Subject& s, const Context& c, diag::Diagnostics& out) {
    const resolve::RegisteredDocument& self = s.entry();
    if (self.zaak && !self.zaak->documentnummer.empty() && !self.entry.documentnummer.empty() &&
        self.zaak->documentnummer != self.entry.documentnummer) {
        out.push_back(diag::make("RS207", s.at(self.entry.documentnummer_pointer),
                                 "documentnummer " + self.entry.documentnummer + " verschilt van het documentnummer " +
                                     self.zaak->documentnummer + " in het zaaknummer " + self.entry.zaaknummer,
                                 "corrigeer een van beide, of laat \"documentnummer\" weg"));
    }
    const std::string& gemeente = self.entry.gemeente;
    for (const model::DocumentReference& ref : s.references()) {
        if (ref.zaaknummer.empty()) continue;
        const auto inside = c.reg.parse(gemeente, ref.zaaknummer);
        if (inside && !inside->documentnummer.empty() && !ref.documentnummer.empty() &&
            inside->documentnummer != ref.documentnummer) {
            out.push_back(diag::make("RS207", s.at(ref.pointer + "/documentnummer"),
                                     "documentnummer " + ref.documentnummer + " verschilt van het documentnummer " +
                                         inside->documentnummer + " in het zaaknummer " + ref.zaaknummer,
                                     "corrigeer een van beide, of laat \"documentnummer\" weg"));
            continue;
        }
        const Lookup l = look_up(c, gemeente, ref.zaaknummer, ref.documentnummer, &self);
        if (!l.other_zaak) continue;
        out.push_back(diag::make("RS207", s.at(ref.pointer),
                                 "documentnummer " + l.documentnummer + " hoort volgens het register bij zaak " + owners(l) +
                                     ", niet bij " + ref.zaaknummer,
                                 "corrigeer het zaaknummer of het documentnummer van de verwijzing"));
    }
    for (const ScannedText& t : s.texts()) {
        for (const NumberMention& n : t.numbers) {
            if (!n.zaak || n.documentnummer.empty()) continue;
            const Lookup l = look_up(c, gemeente, n.written, n.documentnummer, &self);
            if (!l.other_zaak) continue;
            out.push_back(diag::make("RS207", s.in_text(t, n.span.begin),
                                     "\"" + n.written + "\": documentnummer " + n.documentnummer +
                                         " hoort volgens het register bij zaak " + owners(l),
                                     "corrigeer het zaaknummer of het documentnummer in de tekst"));
        }
    }
}

}  // namespace raadsstuk::check
