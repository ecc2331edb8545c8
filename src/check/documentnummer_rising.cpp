// RS215 (warning): the case system hands out documentnummers in order, so within one gemeente they rise
// with the documents' dates. A number that breaks the order is usually a typo, in the number or in the date.
// Which one breaks it: the documents of a gemeente are put in date order and the longest run of rising
// numbers is kept (n log n); every document outside it is reported, with the document it clashes with.
#include <algorithm>
#include <map>

#include "check/checks.hpp"
#include "check/phrases.hpp"

namespace raadsstuk::check {
namespace {

// A documentnummer as a number: digits only, at most 18 of them.
std::optional<unsigned long long> numeric(const std::string& s) {
    if (s.empty() || s.size() > 18) return std::nullopt;
    unsigned long long v = 0;
    for (char ch : s) {
        if (ch < '0' || ch > '9') return std::nullopt;
        v = v * 10 + static_cast<unsigned long long>(ch - '0');
    }
    return v;
}

struct Item {
    const resolve::RegisteredDocument* document;
    unsigned long long number;
};

// For one gemeente's documents in date order: the ones outside a longest non-decreasing run of numbers.
void find_falling(const std::vector<Item>& items, std::unordered_map<std::size_t, FallingDocumentnummer>& out) {
    // Patience sorting: tails[k] = index of the smallest last item of a run of length k + 1.
    std::vector<std::size_t> tails, previous(items.size(), items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto it = std::upper_bound(tails.begin(), tails.end(), items[i].number,
                                         [&](unsigned long long v, std::size_t t) { return v < items[t].number; });
        if (it != tails.begin()) previous[i] = *(it - 1);
        if (it == tails.end()) tails.push_back(i);
        else *it = i;
    }
    std::vector<bool> kept(items.size(), false);
    for (std::size_t i = tails.empty() ? items.size() : tails.back(); i < items.size(); i = previous[i]) kept[i] = true;
    // For each one left out: the nearest kept one before it with a higher number, else after it with a lower.
    std::vector<std::size_t> kept_index;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (kept[i]) kept_index.push_back(i);
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (kept[i]) continue;
        const auto after = std::upper_bound(kept_index.begin(), kept_index.end(), i);
        FallingDocumentnummer f;
        if (after != kept_index.begin() && items[*(after - 1)].number > items[i].number) {
            f.other = items[*(after - 1)].document;
            f.other_is_earlier = true;
        } else if (after != kept_index.end()) {
            f.other = items[*after].document;
        } else {
            continue;
        }
        out.emplace(items[i].document->index, f);
    }
}

}  // namespace

std::unordered_map<std::size_t, FallingDocumentnummer> find_falling_documentnummers(const resolve::Register& reg) {
    std::map<std::string, std::vector<Item>> by_gemeente;
    for (const auto& d : reg.documents())
        if (const auto n = numeric(d.documentnummer)) by_gemeente[d.entry.gemeente].push_back({&d, *n});
    std::unordered_map<std::size_t, FallingDocumentnummer> out;
    for (auto& [gemeente, items] : by_gemeente) {
        std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
            if (a.document->entry.date != b.document->entry.date) return a.document->entry.date < b.document->entry.date;
            if (a.number != b.number) return a.number < b.number;
            return a.document->index < b.document->index;
        });
        find_falling(items, out);
    }
    return out;
}

void check_documentnummer_rising(const Subject& s, const Context& c, diag::Diagnostics& out) {
    const resolve::RegisteredDocument& self = s.entry();
    const auto it = c.falling.find(self.index);
    if (it == c.falling.end()) return;
    const resolve::RegisteredDocument& other = *it->second.other;
    const std::string& pointer =
        self.entry.documentnummer_pointer.empty() ? self.entry.zaaknummer_pointer : self.entry.documentnummer_pointer;
    out.push_back(diag::make(
        "RS215", s.at(pointer),
        "documentnummer " + self.documentnummer + " (" + dutch(self.entry.date) + ") is " +
            (it->second.other_is_earlier ? "lager dan dat van een eerder stuk: " : "hoger dan dat van een later stuk: ") +
            other.documentnummer + " van " + dutch(other.entry.date) + " (" + place(other) + ")",
        "documentnummers lopen op met de datum; een tikfout in het nummer of in de datum?"));
}

}  // namespace raadsstuk::check
