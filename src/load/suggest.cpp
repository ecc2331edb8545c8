#include "load/suggest.hpp"

#include <algorithm>
#include <vector>

namespace raadsstuk::load::detail {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Optimal string alignment distance, three rows.
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::size_t> two(m + 1), one(m + 1), cur(m + 1);
    for (std::size_t j = 0; j <= m; ++j) one[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            cur[j] = std::min({one[j] + 1, cur[j - 1] + 1, one[j - 1] + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
                cur[j] = std::min(cur[j], two[j - 2] + 1);
        }
        std::swap(two, one);
        std::swap(one, cur);
    }
    return one[m];
}

std::string closest(std::string_view word, std::span<const std::string_view> candidates) {
    // One edit per four characters, at least one, at most three.
    const std::size_t allowed = std::clamp<std::size_t>(word.size() / 4, 1, 3);
    std::string_view best;
    std::size_t best_distance = allowed + 1;
    for (std::string_view c : candidates) {
        const std::size_t d = edit_distance(word, c);
        if (d < best_distance) {
            best = c;
            best_distance = d;
        }
    }
    return std::string(best);
}

std::string enumerate(std::span<const std::string_view> items, bool quote) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? " en " : ", ";
        if (quote) out += '"';
        out += items[i];
        if (quote) out += '"';
    }
    return out;
}

}  // namespace raadsstuk::load::detail
