// RS222 (warning): in a raadsvoorstel an amount typed into a beslispunt ("€ 64.000") also appears in the
// financial section (secties.financien), where the cost is explained: "€ 64.000" in the decision and
// "€ 46.000" in the financiën is a typo in one of them. "[[bedrag:NAAM]]" in a beslispunt cannot disagree
// (both texts print the one amount of "bedragen"), so only typed amounts are judged; in the financiën both
// count. When the financiën names no amount at all there is nothing to compare.
#include <algorithm>

#include "check/checks.hpp"
#include "format/dutch.hpp"

namespace raadsstuk::check {
namespace {

std::optional<long long> value(const AmountMention& a, const model::Raadsvoorstel& v) {
    if (a.placeholder.empty()) return a.cents;
    const auto it = v.amounts_cents.find(a.placeholder);
    if (it == v.amounts_cents.end()) return std::nullopt;  // RS015
    return it->second;
}

}  // namespace

void check_amounts_agree(const Subject& s, const Context&, diag::Diagnostics& out) {
    const model::Raadsvoorstel* v = s.voorstel();
    if (!v) return;
    std::vector<long long> financial;
    std::vector<std::string> written;
    for (const ScannedText& t : s.texts()) {
        if (!t.pointer.starts_with("/secties/financien/")) continue;
        for (const AmountMention& a : t.amounts) {
            const auto cents = value(a, *v);
            if (!cents || std::find(financial.begin(), financial.end(), *cents) != financial.end()) continue;
            financial.push_back(*cents);
            written.push_back(format::format_euro(*cents));
        }
    }
    if (financial.empty()) return;
    std::string list;
    for (std::size_t i = 0; i < written.size(); ++i) list += (i == 0 ? "" : i + 1 == written.size() ? " en " : ", ") + written[i];
    for (const ScannedText& t : s.texts()) {
        if (!t.pointer.starts_with("/beslispunten/")) continue;
        const std::string number = t.pointer.substr(14, t.pointer.find('/', 14) - 14);
        for (const AmountMention& a : t.amounts) {
            if (!a.placeholder.empty()) continue;
            const auto cents = value(a, *v);
            if (!cents || std::find(financial.begin(), financial.end(), *cents) != financial.end()) continue;
            out.push_back(diag::make("RS222", s.in_text(t, a.span.begin),
                                     "bedrag " + format::format_euro(*cents) + " in beslispunt " +
                                         std::to_string(std::stoi(number) + 1) +
                                         " staat niet in de financiële paragraaf (daar: " + list + ")",
                                     "zet het bedrag één keer in \"bedragen\" en schrijf in beide teksten "
                                     "[[bedrag:NAAM]], dan kunnen ze niet uiteenlopen"));
        }
    }
}

}  // namespace raadsstuk::check
