// RS212 (warning): a zaaknummer that none of the gemeente's patterns reads (JSON: zaaknummerpatronen) is
// probably mistyped ("Z-2l-52738"), and cannot be matched by its parts. Gemeenten without patterns are not
// checked: their zaaknummers are compared as written.
#include "check/checks.hpp"

namespace raadsstuk::check {
namespace {

std::string patterns_hint(const model::Gemeente& g) {
    std::string list;
    for (std::size_t i = 0; i < g.zaaknummer_patterns.size(); ++i) {
        if (i > 0) list += i + 1 == g.zaaknummer_patterns.size() ? " en " : ", ";
        list += "\"" + g.zaaknummer_patterns[i].text() + "\"";
    }
    return "patronen van " + g.source_file + ": " + list + "; een tikfout, of een schrijfwijze die nog als patroon "
           "moet worden toegevoegd?";
}

}  // namespace

void check_zaaknummer_pattern(const Subject& s, const Context& c, diag::Diagnostics& out) {
    const model::Gemeente* g = s.gemeente();
    if (!g || g->zaaknummer_patterns.empty()) return;
    const resolve::RegisteredDocument& self = s.entry();
    const std::string message = " past bij geen van de zaaknummerpatronen van gemeente " + g->id;
    if (!self.zaak) {
        out.push_back(diag::make("RS212", s.at(self.entry.zaaknummer_pointer),
                                 "zaaknummer \"" + self.entry.zaaknummer + "\"" + message, patterns_hint(*g)));
    }
    for (const model::DocumentReference& ref : s.references()) {
        if (ref.zaaknummer.empty() || c.reg.parse(g->id, ref.zaaknummer)) continue;
        out.push_back(diag::make("RS212", s.at(ref.pointer + "/zaaknummer"),
                                 "zaaknummer \"" + ref.zaaknummer + "\"" + message, patterns_hint(*g)));
    }
}

}  // namespace raadsstuk::check
