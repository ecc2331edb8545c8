// RS223 (warning): the portefeuillehouder of a raadsvoorstel, in office on the collegebesluit (RS103 checks
// that), is still in office on the date of the raad, where the proposal is defended. After elections the
// college may have changed in between; the voorstel then names somebody who no longer speaks for it.
#include "check/checks.hpp"
#include "check/phrases.hpp"

namespace raadsstuk::check {

void check_portfolio_holder_council(const Subject& s, const Context&, diag::Diagnostics& out) {
    const model::Raadsvoorstel* v = s.voorstel();
    const model::Gemeente* g = s.gemeente();
    if (!v || !g || v->portfolio_holder.name.empty()) return;
    const model::Functionaris* at_college = nullptr;
    bool at_council = false;
    for (const auto& f : g->functionarissen) {
        if (f.name != v->portfolio_holder.name || (f.function != "wethouder" && f.function != "burgemeester")) continue;
        if (f.in_office_on(v->college_date) && !at_college) at_college = &f;
        at_council = at_council || f.in_office_on(v->council_date);
    }
    if (!at_college || at_council || !at_college->until || v->council_date < v->college_date) return;
    out.push_back(diag::make("RS223", s.at(v->portfolio_holder.pointer + "/naam"),
                             "\"" + v->portfolio_holder.name + "\" is op " + dutch(v->council_date) +
                                 " (de raadsvergadering) geen " + at_college->function + " meer (tot en met " +
                                 dutch(*at_college->until) + ")",
                             "controleer de datum van de raad, of wie het voorstel in de raad verdedigt"));
}

}  // namespace raadsstuk::check
