// RS205: the dates of one document in their order. A letter is not sent before its date; a raadsvoorstel
// goes from the college to the commissie to the raad: datum_collegebesluit <= datum_commissie <= datum_raad.
#include "check/checks.hpp"
#include "check/phrases.hpp"

namespace raadsstuk::check {

void check_date_order(const Subject& s, const Context&, diag::Diagnostics& out) {
    if (const auto* b = s.brief(); b && b->sent && *b->sent < b->date) {
        out.push_back(diag::make("RS205", s.at("/verzonden"),
                                 "verzonden op " + dutch(*b->sent) + ", vóór de datum van de brief (" + dutch(b->date) + ")",
                                 "een brief wordt verzonden op of na zijn datum; verwisselde u \"datum\" en \"verzonden\"?"));
    }
    if (const auto* v = s.voorstel()) {
        const std::string college = "het collegebesluit (" + dutch(v->college_date) + ")";
        if (v->committee_date && *v->committee_date < v->college_date) {
            out.push_back(diag::make("RS205", s.at("/datum_commissie"),
                                     "de commissie (" + dutch(*v->committee_date) + ") vergadert vóór " + college,
                                     "volgorde: datum_collegebesluit, datum_commissie, datum_raad"));
        }
        if (v->committee_date && v->college_date <= *v->committee_date && v->council_date < *v->committee_date) {
            out.push_back(diag::make("RS205", s.at("/datum_raad"),
                                     "de raad (" + dutch(v->council_date) + ") besluit vóór de commissie (" +
                                         dutch(*v->committee_date) + ")",
                                     "volgorde: datum_collegebesluit, datum_commissie, datum_raad"));
        } else if (v->council_date < v->college_date) {
            out.push_back(diag::make("RS205", s.at("/datum_raad"),
                                     "de raad (" + dutch(v->council_date) + ") besluit vóór " + college,
                                     "volgorde: datum_collegebesluit, datum_commissie, datum_raad"));
        }
    }
}

}  // namespace raadsstuk::check
