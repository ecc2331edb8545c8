// RS213: the year inside a zaaknummer is not after the document's date: a zaak is opened before (or on the
// day of) the documents in it. "Z-23-10482" on a letter of 14 maart 2022 is a typo in one of the two. The
// same holds for a reference with a date.
#include "check/checks.hpp"
#include "check/phrases.hpp"

namespace raadsstuk::check {

void check_zaaknummer_year(const Subject& s, const Context& c, diag::Diagnostics& out) {
    const resolve::RegisteredDocument& self = s.entry();
    if (self.zaak && self.zaak->year && *self.zaak->year > s.date().year) {
        out.push_back(diag::make("RS213", s.at(self.entry.zaaknummer_pointer),
                                 "zaaknummer " + self.entry.zaaknummer + " is van " + std::to_string(*self.zaak->year) +
                                     ", na " + s.date_label() + " (" + dutch(s.date()) + ")",
                                 "een zaak bestaat al vóór de stukken erin; controleer het jaar in het zaaknummer en de datum"));
    }
    for (const model::DocumentReference& ref : s.references()) {
        if (!ref.date || ref.zaaknummer.empty()) continue;
        const auto z = c.reg.parse(self.entry.gemeente, ref.zaaknummer);
        if (!z || !z->year || *z->year <= ref.date->year) continue;
        out.push_back(diag::make("RS213", s.at(ref.pointer + "/zaaknummer"),
                                 "zaaknummer " + ref.zaaknummer + " is van " + std::to_string(*z->year) +
                                     ", na de datum van de verwijzing (" + dutch(*ref.date) + ")",
                                 "controleer het jaar in het zaaknummer en de datum van de verwijzing"));
    }
}

}  // namespace raadsstuk::check
