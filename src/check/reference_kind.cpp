// RS208: a reference says what kind of document it cites ("soort"); the register must agree.
#include <algorithm>

#include "check/checks.hpp"
#include "check/lookup.hpp"
#include "check/phrases.hpp"

namespace raadsstuk::check {

void check_reference_kind(const Subject& s, const Context& c, diag::Diagnostics& out) {
    for (const model::DocumentReference& ref : s.references()) {
        const Lookup l = look_up(c, s.entry().entry.gemeente, ref.zaaknummer, ref.documentnummer, &s.entry());
        if (!l.found() || ref.kind.empty()) continue;
        std::vector<std::string> kinds;
        bool agrees = false;
        for (const auto* d : l.targets) {
            agrees = agrees || d->entry.kind == ref.kind;
            if (std::find(kinds.begin(), kinds.end(), d->entry.kind) == kinds.end()) kinds.push_back(d->entry.kind);
        }
        if (agrees) continue;
        std::vector<std::string> quoted;
        for (const auto& k : kinds) quoted.push_back("\"" + k + "\"");
        out.push_back(diag::make("RS208", s.at(ref.pointer + "/soort"),
                                 "verwijzing naar een " + ref.kind + ", maar " + cited(ref.zaaknummer, ref.documentnummer) +
                                     " is volgens het register een " + enumerate(kinds),
                                 "schrijf \"soort\": " + enumerate(quoted) + "; in het register: " +
                                     described(*l.targets.front())));
    }
}

}  // namespace raadsstuk::check
