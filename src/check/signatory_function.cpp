// RS217: a signatory whose name is written in the letter signs in the function that person held on the
// letter's date: "ir. K.M. Dijkhuizen" as "burgemeester" while she was loco-burgemeester is reported, with the
// function to print. Loco functions count as functions of their own.
#include "check/checks.hpp"
#include "check/phrases.hpp"

namespace raadsstuk::check {

void check_signatory_function(const Subject& s, const Context&, diag::Diagnostics& out) {
    const model::Raadsinformatiebrief* b = s.brief();
    const model::Gemeente* g = s.gemeente();
    if (!b || !g) return;
    for (const model::Signatory& sig : b->signatories) {
        if (sig.name.empty()) continue;
        std::vector<std::string> held;
        bool holds = false;
        for (const auto& f : g->functionarissen) {
            if (f.name != sig.name || !f.in_office_on(b->date)) continue;
            holds = holds || f.function == sig.function;
            held.push_back(f.function);
        }
        if (holds || held.empty()) continue;  // not in office at all: RS216
        std::string choices;
        for (std::size_t i = 0; i < held.size(); ++i) choices += (i == 0 ? "" : " of ") + ("\"" + held[i] + "\"");
        out.push_back(diag::make("RS217", s.at(sig.pointer + "/functie"),
                                 "\"" + sig.name + "\" is op " + dutch(b->date) + " geen " + sig.function + " maar " +
                                     enumerate(held),
                                 "schrijf \"functie\": " + choices + ", of laat \"naam\" weg om de " + sig.function +
                                     " op datum te laten opzoeken"));
    }
}

}  // namespace raadsstuk::check
