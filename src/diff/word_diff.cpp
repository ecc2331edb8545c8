#include "diff/word_diff.hpp"

#include <algorithm>
#include <cstdint>

namespace raadsstuk::diff {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// The LCS table of a[0..n) and b[0..m) as suffix lengths: t[i][j] = LCS of a[i..] and b[j..].
Pieces lcs_diff(const std::vector<std::string>& a, std::size_t a0, std::size_t a1,
                const std::vector<std::string>& b, std::size_t b0, std::size_t b1) {
    const std::size_t n = a1 - a0, m = b1 - b0;
    std::vector<std::uint32_t> t((n + 1) * (m + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return t[i * (m + 1) + j]; };
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            at(i, j) = a[a0 + i] == b[b0 + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    Pieces out;
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[a0 + i] == b[b0 + j]) {
            out.push_back({Change::equal, a[a0 + i]});
            ++i, ++j;
        } else if (j < m && (i == n || at(i, j + 1) > at(i + 1, j))) {
            out.push_back({Change::inserted, b[b0 + j]});
            ++j;
        } else {
            out.push_back({Change::deleted, a[a0 + i]});
            ++i;
        }
    }
    // Deletions before insertions within one changed stretch: "[-old-]{+new+}" reads best.
    for (std::size_t s = 0; s < out.size();) {
        if (out[s].change == Change::equal) {
            ++s;
            continue;
        }
        std::size_t e = s;
        while (e < out.size() && out[e].change != Change::equal) ++e;
        std::stable_partition(out.begin() + static_cast<long>(s), out.begin() + static_cast<long>(e),
                              [](const Piece& p) { return p.change == Change::deleted; });
        s = e;
    }
    return out;
}

int break_rank(const std::string& token) { return token == kBreak ? 2 : token == kLineBreak ? 1 : 0; }

// Slides each run of one kind of change that has equal pieces on both sides along the equal tokens (a run can
// move by one when the token it would take in equals the one it would give up) to the position where it
// ends with a paragraph break, else with a line break; it stays where it is when no position is better.
void slide_to_breaks(Pieces& pieces) {
    std::size_t s = 0;
    while (s < pieces.size()) {
        if (pieces[s].change == Change::equal) {
            ++s;
            continue;
        }
        std::size_t e = s;
        while (e < pieces.size() && pieces[e].change == pieces[s].change) ++e;
        const bool alone = (s == 0 || pieces[s - 1].change == Change::equal) &&
                           (e == pieces.size() || pieces[e].change == Change::equal);
        if (!alone) {
            s = e;
            continue;
        }
        const std::size_t len = e - s;
        std::size_t pos = s;
        while (pos > 0 && pieces[pos - 1].change == Change::equal && pieces[pos - 1].text == pieces[pos + len - 1].text)
            --pos;
        const std::size_t window_begin = pos;
        std::size_t best = s;
        int best_rank = break_rank(pieces[e - 1].text);
        for (;;) {
            if (const int rank = break_rank(pieces[pos + len - 1].text); rank > best_rank) {
                best = pos;
                best_rank = rank;
            }
            if (pos + len < pieces.size() && pieces[pos + len].change == Change::equal &&
                pieces[pos + len].text == pieces[pos].text)
                ++pos;
            else
                break;
        }
        const std::size_t window_end = pos + len;
        if (best != s) {
            const Change kind = pieces[s].change;
            for (std::size_t k = window_begin; k < window_end; ++k) pieces[k].change = Change::equal;
            for (std::size_t k = best; k < best + len; ++k) pieces[k].change = kind;
        }
        s = std::max(e, best + len);
    }
}

}  // namespace

std::vector<std::string> split_words(std::string_view text) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && is_space(text[i])) ++i;
        const std::size_t start = i;
        while (i < text.size() && !is_space(text[i])) ++i;
        if (i > start) words.emplace_back(text.substr(start, i - start));
    }
    return words;
}

Pieces diff_words(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    Pieces out;
    for (std::size_t i = 0; i < head; ++i) out.push_back({Change::equal, a[i]});
    Pieces middle = lcs_diff(a, head, a.size() - tail, b, head, b.size() - tail);
    out.insert(out.end(), middle.begin(), middle.end());
    for (std::size_t i = a.size() - tail; i < a.size(); ++i) out.push_back({Change::equal, a[i]});
    slide_to_breaks(out);
    return out;
}

bool has_changes(const Pieces& pieces) {
    return std::any_of(pieces.begin(), pieces.end(), [](const Piece& p) { return p.change != Change::equal; });
}

}  // namespace raadsstuk::diff
