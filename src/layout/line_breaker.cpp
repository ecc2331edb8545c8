#include "layout/line_breaker.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

namespace raadsstuk::layout {
namespace {

bool is_breakpoint(const std::vector<BreakItem>& items, std::size_t i) {
    const BreakItem& it = items[i];
    if (it.kind == BreakItem::Kind::penalty) return it.penalty < kForbiddenBreak;
    if (it.kind == BreakItem::Kind::glue) return i > 0 && items[i - 1].kind == BreakItem::Kind::box;
    return false;
}

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

    void reset(const Active& only) {
        nodes.assign(1, only);
        monotone_from = 0;
        ordered_from = 0;
        cheapest_after.assign(1, 0);
    }
    void append(const Active& a) {
        if (!nodes.empty() && a.fit_key < nodes.back().fit_key) monotone_from = nodes.size();
        if (!nodes.empty() && (a.width < nodes.back().width || a.stretch < nodes.back().stretch)) ordered_from = nodes.size();
        while (!cheapest_after.empty() && nodes[cheapest_after.back()].cost >= a.cost) cheapest_after.pop_back();
        nodes.push_back(a);
        cheapest_after.push_back(static_cast<std::uint32_t>(nodes.size() - 1));
    }
};

// The search's buffers, kept per thread so that breaking a paragraph allocates only its result.
struct BreakerScratch {
    std::vector<double> sw, sst, ssh;
    std::vector<Node> nodes;
    ActiveNodes active;
    std::vector<Active> here;
};

}  // namespace

void break_lines(const std::vector<BreakItem>& items, double width, std::vector<LineBreak>& lines) {
    lines.clear();
    const std::size_t n = items.size();
    if (n == 0) return;
    thread_local BreakerScratch scratch;
    // Prefix sums over items [0, i): width, stretch, shrink (glue only for the latter two).
    auto& sw = scratch.sw;
    auto& sst = scratch.sst;
    auto& ssh = scratch.ssh;
    sw.resize(n + 1);
    sst.resize(n + 1);
    ssh.resize(n + 1);
    sw[0] = sst[0] = ssh[0] = 0;
    // At least every width and shrink sum and the line width in magnitude: bounds the rounding errors below.
    double largest = std::abs(width);
    for (std::size_t i = 0; i < n; ++i) {
        const BreakItem& it = items[i];
        const bool counts = it.kind != BreakItem::Kind::penalty;
        sw[i + 1] = sw[i] + (counts ? it.width : 0);
        sst[i + 1] = sst[i] + (it.kind == BreakItem::Kind::glue ? it.stretch : 0);
        ssh[i + 1] = ssh[i] + (it.kind == BreakItem::Kind::glue ? it.shrink : 0);
        largest += std::abs(it.width) + std::abs(it.shrink);
    }
    // A margin far above the rounding error of the fitting test (a few operations on numbers up to `largest`):
    // a node whose fit_key is this much above the limit certainly fits, one this much below certainly not.
    const double margin = 1e-9 * (1 + largest);
    // A line after a break at b starts at the first box (or forced penalty) after b.
    auto line_start = [&](std::size_t after) {
        std::size_t s = after;
        while (s < n && items[s].kind != BreakItem::Kind::box &&
               !(items[s].kind == BreakItem::Kind::penalty && items[s].penalty <= kForcedBreak))
            ++s;
        return s;
    };
    auto active_at = [&](std::uint32_t node, std::size_t start) {
        return Active{sw[start], sst[start], ssh[start], sw[start] - ssh[start], scratch.nodes[node].cost, start, node,
                      scratch.nodes[node].hyphens};
    };

    auto& nodes = scratch.nodes;
    nodes.assign(1, Node{0, -1, 0, {}});
    ActiveNodes& active = scratch.active;
    active.reset(active_at(0, line_start(0)));
    auto& here = scratch.here;  // the nodes of one breakpoint
    std::size_t first_hint = 0;  // where the previous breakpoint's candidates began

    // One line from an active node to the break at j: its ratio, natural width and demerits, computed the same
    // way for the search and for the node that wins.
    struct Line {
        double ratio, natural, demerits;
        double base;     // the demerits without those of a run of hyphenated lines
        bool overfull;
        bool not_long;   // natural width at most the line's: set at or above its natural width
    };
    for (std::size_t j = 0; j < n; ++j) {
        if (!is_breakpoint(items, j)) continue;
        const BreakItem& brk = items[j];
        const bool is_penalty = brk.kind == BreakItem::Kind::penalty;
        const bool forced = is_penalty && brk.penalty <= kForcedBreak;
        const bool flagged = brk.flagged;
        const double break_width = is_penalty ? brk.width : 0;
        const double p = is_penalty ? brk.penalty : 0;
        // The penalty's part of the demerits: + p^2, or - p^2 for a negative one that does not force the break
        // (adding the negation rounds exactly as subtracting does).
        const double penalty_term = p > 0 ? p * p : (p > kForcedBreak ? -(p * p) : 0.0);
        const double width_j = sw[j], stretch_j = sst[j], shrink_j = ssh[j];
        const double too_long_above = width + 1e-9;
        auto line_to = [&](const Active& a, int run) {
            const double natural = width_j - a.width + break_width;
            const double stretch = stretch_j - a.stretch;
            const double shrink = shrink_j - a.shrink;
            double ratio = 0;
            if (natural < width) {
                if (stretch >= kInfiniteStretch / 2) ratio = 0;
                else ratio = stretch > 0 ? (width - natural) / stretch : 1e3;
            } else if (natural > width) {
                ratio = shrink > 0 ? (width - natural) / shrink : -1e3;
            }
            const bool overfull = ratio < -1 - 1e-9;
            double base = 0;
            if (overfull) {
                base = 1e10 + (natural - shrink - width) * 1e7;
            } else {
                const double r = std::abs(ratio);
                const double badness = std::min(100.0 * r * r * r, 1e5);
                base = (10 + badness) * (10 + badness);
                if (p > kForcedBreak) base += penalty_term;
            }
            const double demerits = !overfull && run >= 2 ? base + kConsecutiveHyphenDemerits : base;
            return Line{overfull ? -1.0 : std::max(ratio, -1.0), natural, demerits, base, overfull, natural <= width};
        };
        auto too_long = [&](const Active& a) {
            return (width_j - a.width + break_width) - (shrink_j - a.shrink) > too_long_above;
        };
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
            const double fits_above = ((width_j + break_width) - shrink_j) - too_long_above + margin;
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
        // And once a line is set at or above its natural width, a line from a later node (in the ordered part of
        // the nodes) is no longer and stretches no more, so its ratio (computed) is no smaller, nor its demerits:
        // no later node can win when the least cost of all candidates plus this line's demerits is above the best.
        const double least_demerits = std::min(p > kForcedBreak ? 100.0 + penalty_term : 100.0, 1e9);
        std::array<std::size_t, kMaxHyphenatedLines + 1> best_from;
        std::array<double, kMaxHyphenatedLines + 1> best_cost;
        best_from.fill(active.nodes.size());
        best_cost.fill(std::numeric_limits<double>::infinity());
        const std::size_t ordered_from = active.ordered_from;
        double floor = 0;  // the least cost of the nodes from `first` to the end, looked up when first needed
        bool floor_known = false;
        auto later_cannot_win = [&](std::size_t k, const Line& line, double above) {
            if (!line.not_long || k < ordered_from || k + 1 >= last) return false;
            if (!floor_known) {
                const auto& cheapest_after = active.cheapest_after;  // the last entry is the last node, after first
                floor = all[*std::lower_bound(cheapest_after.begin(), cheapest_after.end(),
                                              static_cast<std::uint32_t>(first))].cost;
                floor_known = true;
            }
            return floor + line.base > above;
        };
        if (!flagged) {  // every line ends a run of no hyphenated lines: one best
            double& best = best_cost[0];
            for (std::size_t k = first; k < last; ++k) {
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
            for (std::size_t k = first; k < last; ++k) {
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
        here.clear();
        std::size_t start = 0;
        for (std::size_t run = 0; run < best_from.size(); ++run) {
            if (best_from[run] == active.nodes.size()) continue;
            const Active& from = all[best_from[run]];
            const Line line = line_to(from, static_cast<int>(run));
            if (here.empty()) start = line_start(j + 1);
            nodes.push_back(Node{best_cost[run], static_cast<int>(from.node), static_cast<int>(run),
                                 LineBreak{from.start, j, line.ratio, line.natural, line.overfull}});
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
    for (int k = static_cast<int>(active.nodes.back().node); k > 0; k = nodes[static_cast<std::size_t>(k)].previous)
        lines.push_back(nodes[static_cast<std::size_t>(k)].line);
    std::reverse(lines.begin(), lines.end());
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
