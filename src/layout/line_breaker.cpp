#include "layout/line_breaker.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

#include "layout/line_cost_bound.hpp"
#include "layout/line_demerits.hpp"

namespace raadsstuk::layout {
namespace {

using detail::BreakPoint;
using detail::Line;
using detail::PrefixSums;

// A way to reach a breakpoint: the cheapest for one length of the run of hyphenated lines that it ends.
struct Node {
    double cost = 0;
    int previous = -1;  // index into `nodes`, -1 for the start of the paragraph
    int hyphens = 0;    // lines in a row, up to this one, that end at a flagged (hyphen) break
    LineBreak line;
};

// A node that a later line may start from, with all that the search reads of it in one place.
struct Active {
    double width, stretch, shrink;  // the prefix sums at `start`
    double fit_key;                 // width - shrink: a line from here to j is too long when this is too small
    double cost;                    // of the node
    std::size_t start;              // first item of a line that follows this break
    std::uint32_t node;
    int hyphens;
};

// The active nodes in order of position, and what lets a breakpoint find its candidates without looking at
// all of them:
//   - `monotone_from`: from this index on, fit_key does not decrease (it grows with the position in exact
//     arithmetic when no item shrinks by more than its width; rounding or odd items can break that, and then
//     the run starts again after the break);
//   - `ordered_from`: from this index on, neither the width nor the stretch at the start decreases, so that
//     lines from later nodes to one break are no longer and stretch no more (see the search);
//   - `cheapest_after`: the indices of the suffix minima of cost (each the cheapest node from it to the end),
//     in order of position, so that a search can tell when no later node can win any more.
struct ActiveNodes {
    std::vector<Active> nodes;
    std::size_t monotone_from = 0;
    std::size_t ordered_from = 0;
    std::vector<std::uint32_t> cheapest_after;
    // The live nodes (cost below infinity), in order: the only ones a search with a bound needs to try.
    std::vector<std::uint32_t> live;

    void reset(const Active& only) {
        nodes.assign(1, only);
        monotone_from = 0;
        ordered_from = 0;
        cheapest_after.assign(1, 0);
        live.clear();
        if (only.cost < std::numeric_limits<double>::infinity()) live.push_back(0);
    }
    void append(const Active& a) {
        if (!nodes.empty() && a.fit_key < nodes.back().fit_key) monotone_from = nodes.size();
        if (!nodes.empty() && (a.width < nodes.back().width || a.stretch < nodes.back().stretch)) ordered_from = nodes.size();
        while (!cheapest_after.empty() && nodes[cheapest_after.back()].cost >= a.cost) cheapest_after.pop_back();
        nodes.push_back(a);
        cheapest_after.push_back(static_cast<std::uint32_t>(nodes.size() - 1));
        if (a.cost < std::numeric_limits<double>::infinity()) live.push_back(static_cast<std::uint32_t>(nodes.size() - 1));
    }
};

// The search's buffers, kept per thread so that breaking a paragraph allocates only its result.
struct BreakerScratch {
    PrefixSums sums;
    std::vector<Node> nodes;
    ActiveNodes active;
    std::vector<Active> here;
};

// The search, keeping only what costs no more than `bound`: a node that can only be reached at a higher cost
// is kept dead (cost infinity), where it is, so that the nodes and every decision from their positions stay as
// they are without the bound. With demerits that are never negative (greedy_cost_bound is finite only then),
// a node's cost bounds the costs of all that follow from it (cost + demerits rounds to no less than cost), so a
// node costs no more than the bound exactly when it does so without the bound, and then it is reached the same
// way: a dead candidate could only have given more than the bound. So when the way through the last break
// costs no more than the bound, the breaks are those of the search without it; false (and `lines` empty) when
// it costs more.
bool search(const std::vector<BreakItem>& items, const PrefixSums& sums, double width, double margin, double bound,
            BreakerScratch& scratch, std::vector<LineBreak>& lines) {
    const auto& sw = sums.width;
    const auto& sst = sums.stretch;
    const auto& ssh = sums.shrink;
    constexpr double kDead = std::numeric_limits<double>::infinity();
    const bool bounded = bound < kDead;
    auto active_at = [&](std::uint32_t node, std::size_t start) {
        return Active{sw[start], sst[start], ssh[start], sw[start] - ssh[start], scratch.nodes[node].cost, start, node,
                      scratch.nodes[node].hyphens};
    };

    auto& nodes = scratch.nodes;
    nodes.assign(1, Node{0, -1, 0, {}});
    ActiveNodes& active = scratch.active;
    active.reset(active_at(0, detail::line_start(items, 0)));
    auto& here = scratch.here;  // the nodes of one breakpoint
    std::size_t first_hint = 0;  // where the previous breakpoint's candidates began
    std::size_t live_hint = 0;   // the first live node at or after them, in active.live

    for (const std::size_t j : sums.breakpoints) {
        const BreakItem& brk = items[j];
        const bool forced = detail::is_forced(brk);
        const bool flagged = brk.flagged;
        const BreakPoint b = detail::break_point(items, sums, j);
        const double too_long_above = width + 1e-9;
        // A line from an active node to the break at j: its ratio, natural width and demerits, computed the same
        // way for the search and for the node that wins.
        auto line_to = [&](const Active& a, int run) { return detail::line_to(width, b, a.width, a.stretch, a.shrink, run); };
        auto too_long = [&](const Active& a) { return detail::too_long(width, b, a.width, a.shrink); };
        // The candidates: the nodes from the latest that starts at or before j (tried whether its line fits or
        // not) back to the last before one whose line is too long (earlier starts only make the line longer).
        const Active* const all = active.nodes.data();
        std::size_t last = active.nodes.size();
        while (last > 0 && all[last - 1].start > j) --last;
        if (last == 0) continue;
        // Exactly: first = 1 + the latest k <= last - 2 whose line is too long (0 if none). Found from where the
        // previous breakpoint's began: nodes from `g` on (to last - 2) that fit certainly, shown by the first of
        // them alone where fit_key does not decrease, are passed over; from g - 1 down each is tested as a plain
        // scan would.
        std::size_t first = 0;
        if (last >= 2) {
            const double fits_above = ((b.width + b.break_width) - b.shrink) - too_long_above + margin;
            std::size_t g = std::min(std::max(first_hint, active.monotone_from), last - 1);
            while (g < last - 1 && !(all[g].fit_key > fits_above)) ++g;
            std::size_t k = g;
            while (k > 0 && !too_long(all[k - 1])) --k;
            first = k;
        }
        first_hint = first;
        // Tried from the earliest (the fullest lines, where the cheapest usually is), so that most later ones can
        // be passed over: a line costs at least `least_demerits`, and cost + demerits rounds up monotonically, so a
        // node whose cost plus that is above the best so far cannot win (on equal costs it could: it is later).
        // A dead node (cost infinity) never wins, so only the live ones are tried.
        // And once a line is set at or above its natural width, a line from a later node (in the ordered part of
        // the nodes) is no longer and stretches no more, so its ratio (computed) is no smaller, nor its demerits:
        // no later node can win when the least cost of the nodes after this one (the suffix minima,
        // `cheapest_after`) plus this line's demerits is above the best.
        const double least_demerits = std::min(b.penalty > kForcedBreak ? 100.0 + b.penalty_term : 100.0, 1e9);
        std::array<std::size_t, kMaxHyphenatedLines + 1> best_from;
        std::array<double, kMaxHyphenatedLines + 1> best_cost;
        best_from.fill(active.nodes.size());
        best_cost.fill(bound);  // only a way that costs no more than the bound counts
        const std::size_t ordered_from = active.ordered_from;
        const auto& cheapest_after = active.cheapest_after;  // the last entry is the last node, after any candidate
        auto later_cannot_win = [&](std::size_t k, const Line& line, double above) {
            if (!line.not_long || k < ordered_from || k + 1 >= last) return false;
            const std::uint32_t after = *std::lower_bound(cheapest_after.begin(), cheapest_after.end(),
                                                          static_cast<std::uint32_t>(k + 1));
            return all[after].cost + line.base > above;
        };
        // The first live node at or after `first`, found from where the previous breakpoint's was (`first` moves
        // little from one breakpoint to the next).
        const std::uint32_t* const live_begin = active.live.data();
        const std::uint32_t* const live_end = live_begin + active.live.size();
        if (live_hint > active.live.size()) live_hint = active.live.size();
        while (live_hint > 0 && live_begin[live_hint - 1] >= first) --live_hint;
        while (live_hint < active.live.size() && live_begin[live_hint] < first) ++live_hint;
        const std::uint32_t* live = live_begin + live_hint;
        if (!flagged) {  // every line ends a run of no hyphenated lines: one best
            double& best = best_cost[0];
            for (; live != live_end && *live < last; ++live) {
                const std::size_t k = *live;
                const Active& a = all[k];
                if (a.cost + least_demerits > best) continue;
                const Line line = line_to(a, 0);
                const double cost = a.cost + line.demerits;
                if (cost <= best) {
                    best = cost;
                    best_from[0] = k;
                }
                if (later_cannot_win(k, line, best)) break;
            }
        } else {
            for (; live != live_end && *live < last; ++live) {
                const std::size_t k = *live;
                const Active& a = all[k];
                const int run = a.hyphens + 1;
                if (run > kMaxHyphenatedLines) continue;
                const auto r = static_cast<std::size_t>(run);
                if (a.cost + least_demerits > best_cost[r]) continue;
                const Line line = line_to(a, run);
                const double cost = a.cost + line.demerits;
                if (cost <= best_cost[r]) {
                    best_cost[r] = cost;
                    best_from[r] = k;
                }
                if (later_cannot_win(k, line, std::max(best_cost[1], best_cost[2]))) break;
            }
        }
        // The nodes of this break: one per length of the run of hyphenated lines that some candidate gives (all
        // of them without the bound), dead where none costs no more than the bound.
        std::array<bool, kMaxHyphenatedLines + 1> reached{};
        if (bounded) {
            if (!flagged) {
                reached[0] = true;
            } else {
                for (std::size_t k = first; k < last && !(reached[1] && reached[2]); ++k)
                    if (all[k].hyphens < kMaxHyphenatedLines) reached[static_cast<std::size_t>(all[k].hyphens + 1)] = true;
            }
        }
        here.clear();
        std::size_t start = 0;
        for (std::size_t run = 0; run < best_from.size(); ++run) {
            const bool live = best_from[run] != active.nodes.size();
            if (!live && !reached[run]) continue;
            if (here.empty()) start = detail::line_start(items, j + 1);
            if (live) {
                const Active& from = all[best_from[run]];
                const Line line = line_to(from, static_cast<int>(run));
                nodes.push_back(Node{best_cost[run], static_cast<int>(from.node), static_cast<int>(run),
                                     LineBreak{from.start, j, line.ratio, line.natural, line.overfull}});
            } else {
                nodes.push_back(Node{kDead, -1, static_cast<int>(run), {}});
            }
            here.push_back(active_at(static_cast<std::uint32_t>(nodes.size() - 1), start));
        }
        if (here.empty()) continue;
        if (forced) {  // every solution passes through a forced break: keep only the cheapest way through it
            std::size_t cheapest_here = 0;
            for (std::size_t h = 1; h < here.size(); ++h)
                if (here[h].cost < here[cheapest_here].cost) cheapest_here = h;
            active.reset(here[cheapest_here]);
            first_hint = 0;
        } else {
            for (const Active& h : here) active.append(h);
        }
    }

    // The last active node is the cheapest way through the final forced break; walk back.
    const std::uint32_t final_node = active.nodes.back().node;
    if (nodes[final_node].cost == kDead) return false;
    for (int k = static_cast<int>(final_node); k > 0; k = nodes[static_cast<std::size_t>(k)].previous)
        lines.push_back(nodes[static_cast<std::size_t>(k)].line);
    std::reverse(lines.begin(), lines.end());
    return true;
}

}  // namespace

void break_lines(const std::vector<BreakItem>& items, double width, std::vector<LineBreak>& lines) {
    break_lines_within(items, width, std::numeric_limits<double>::quiet_NaN(), lines);
}

bool break_lines_within(const std::vector<BreakItem>& items, double width, double bound, std::vector<LineBreak>& lines) {
    lines.clear();
    const std::size_t n = items.size();
    if (n == 0) return true;
    thread_local BreakerScratch scratch;
    PrefixSums& sums = scratch.sums;
    detail::sum_up(items, width, sums);
    // A margin far above the rounding error of the fitting test (a few operations on numbers up to `largest`):
    // a node whose fit_key is this much above the limit certainly fits, one this much below certainly not.
    const double margin = 1e-9 * (1 + sums.largest);
    constexpr double kNone = std::numeric_limits<double>::infinity();
    // NaN: the greedy bound. It is only a bound where demerits are never negative, which it checks.
    if (bound != bound) bound = detail::greedy_cost_bound(items, sums, width);
    else if (!detail::demerits_never_negative(items)) bound = kNone;
    if (bound < kNone && search(items, sums, width, margin, bound, scratch, lines)) return true;
    lines.clear();
    search(items, sums, width, margin, kNone, scratch, lines);
    return false;
}

std::vector<LineBreak> break_lines(const std::vector<BreakItem>& items, double width) {
    std::vector<LineBreak> lines;
    break_lines(items, width, lines);
    return lines;
}

double sum_of_squared_ratios(const std::vector<LineBreak>& lines) {
    double sum = 0;
    for (const auto& l : lines) sum += l.ratio * l.ratio;
    return sum;
}

}  // namespace raadsstuk::layout
