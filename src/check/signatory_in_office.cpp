// RS216: a signatory whose name is written in the letter (and so not looked up) was in office on the letter's
// date. A name that is in no period of the gemeente's functionarissen that holds the date is reported: the
// person had left, had not started yet, or is not in the gemeente file at all. (A signatory without a name is
// looked up by the resolve stage, RS101/RS102.) The function printed is RS217.
#include "check/checks.hpp"
#include "check/phrases.hpp"
#include "resolve/resolve.hpp"

namespace raadsstuk::check {

void check_signatory_in_office(const Subject& s, const Context&, diag::Diagnostics& out) {
    const model::Raadsinformatiebrief* b = s.brief();
    const model::Gemeente* g = s.gemeente();
    if (!b || !g) return;
    for (const model::Signatory& sig : b->signatories) {
        if (sig.name.empty()) continue;
        const model::Functionaris* same_name = nullptr;
        bool in_office = false;
        for (const auto& f : g->functionarissen) {
            if (f.name != sig.name) continue;
            if (!same_name) same_name = &f;
            in_office = in_office || f.in_office_on(b->date);
        }
        if (in_office) continue;
        std::vector<std::string> holders;
        for (const auto* f : resolve::holders(*g, sig.function, b->date)) holders.push_back(f->name);
        std::string hint = holders.empty() ? "op die datum is niemand " + sig.function + " volgens " + g->source_file
                                           : "op die datum is " + enumerate(holders) + " " + sig.function;
        hint += "; laat \"naam\" weg om de ondertekenaar op datum te laten opzoeken";
        std::string message = "\"" + sig.name + "\" ";
        if (!same_name) {
            message += "staat niet bij de functionarissen van " + g->source_file;
        } else {
            message += "is niet in functie op " + dutch(b->date) + " (de datum van de brief): " + same_name->function +
                       " van " + dutch(same_name->from) +
                       (same_name->until ? " tot en met " + dutch(*same_name->until) : std::string());
        }
        out.push_back(diag::make("RS216", s.at(sig.pointer + "/naam"), message, std::move(hint)));
    }
}

}  // namespace raadsstuk::check
