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
    double cost;                    // of the node
    std::size_t start;              // first item of a line that follows this break
    std::uint32_t node;
    int hyphens;
};

// The search's buffers, kept per thread so that breaking a paragraph allocates only its result.
struct BreakerScratch {
    std::vector<double> sw, sst, ssh;
    std::vector<Node> nodes;
    std::vector<Active> active;
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
    for (std::size_t i = 0; i < n; ++i) {
        const BreakItem& it = items[i];
        const bool counts = it.kind != BreakItem::Kind::penalty;
        sw[i + 1] = sw[i] + (counts ? it.width : 0);
        sst[i + 1] = sst[i] + (it.kind == BreakItem::Kind::glue ? it.stretch : 0);
        ssh[i + 1] = ssh[i] + (it.kind == BreakItem::Kind::glue ? it.shrink : 0);
    }
    // A line after a break at b starts at the first box (or forced penalty) after b.
    auto line_start = [&](std::size_t after) {
        std::size_t s = after;
        while (s < n && items[s].kind != BreakItem::Kind::box &&
               !(items[s].kind == BreakItem::Kind::penalty && items[s].penalty <= kForcedBreak))
            ++s;
        return s;
    };
    auto active_at = [&](std::uint32_t node, std::size_t start) {
        return Active{sw[start], sst[start], ssh[start], scratch.nodes[node].cost, start, node, scratch.nodes[node].hyphens};
    };

    auto& nodes = scratch.nodes;
    nodes.assign(1, Node{0, -1, 0, {}});
    // Active breakpoints in order of position, so their line starts increase.
    auto& active = scratch.active;
    active.assign(1, active_at(0, line_start(0)));
    auto& here = scratch.here;  // the nodes of one breakpoint

    // One line from an active node to the break at j: its ratio, natural width and demerits, computed the same
    // way for the search and for the node that wins.
    struct Line {
        double ratio, natural, demerits;
        bool overfull;
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
            double demerits = 0;
            if (overfull) {
                demerits = 1e10 + (natural - shrink - width) * 1e7;
            } else {
                const double r = std::abs(ratio);
                const double badness = std::min(100.0 * r * r * r, 1e5);
                demerits = (10 + badness) * (10 + badness);
                if (p > kForcedBreak) demerits += penalty_term;
                if (run >= 2) demerits += kConsecutiveHyphenDemerits;
            }
            return Line{overfull ? -1.0 : std::max(ratio, -1.0), natural, demerits, overfull};
        };
        // The cheapest way to reach this break per length of the run of hyphenated lines it ends: the index in
        // `active` of the node it comes from, and its cost. The candidates are the nodes from the latest that
        // starts at or before j (tried whether its line fits or not) back to the last before one whose line is
        // too long (earlier starts only make the line longer). Of equal costs the latest node wins.
        std::size_t last = active.size();
        while (last > 0 && active[last - 1].start > j) --last;
        if (last == 0) continue;
        const Active* const earliest = active.data();
        const Active* from = earliest + (last - 1);
        while (from > earliest && !((width_j - from[-1].width + break_width) - (shrink_j - from[-1].shrink) > too_long_above))
            --from;
        const std::size_t first = static_cast<std::size_t>(from - earliest);
        // Tried from the earliest (the fullest lines, where the cheapest usually is), so that most later ones can
        // be passed over: a line costs at least `least_demerits`, and cost + demerits rounds up monotonically, so a
        // node whose cost plus that is above the best so far cannot win (on equal costs it could: it is later).
        const double least_demerits = std::min(p > kForcedBreak ? 100.0 + penalty_term : 100.0, 1e9);
        std::array<std::size_t, kMaxHyphenatedLines + 1> best_from;
        std::array<double, kMaxHyphenatedLines + 1> best_cost;
        best_from.fill(active.size());
        best_cost.fill(std::numeric_limits<double>::infinity());
        for (std::size_t k = first; k < last; ++k) {
            const Active& a = active[k];
            const int run = flagged ? a.hyphens + 1 : 0;  // a line that ends unflagged ends a run of none
            if (run > kMaxHyphenatedLines) continue;
            const auto r = static_cast<std::size_t>(run);
            if (a.cost + least_demerits > best_cost[r]) continue;
            const double cost = a.cost + line_to(a, run).demerits;
            if (cost <= best_cost[r]) {
                best_cost[r] = cost;
                best_from[r] = k;
            }
        }
        here.clear();
        std::size_t start = 0;
        for (std::size_t run = 0; run < best_from.size(); ++run) {
            if (best_from[run] == active.size()) continue;
            const Active& from = active[best_from[run]];
            const Line line = line_to(from, static_cast<int>(run));
            if (here.empty()) start = line_start(j + 1);
            nodes.push_back(Node{best_cost[run], static_cast<int>(from.node), static_cast<int>(run),
                                 LineBreak{from.start, j, line.ratio, line.natural, line.overfull}});
            here.push_back(active_at(static_cast<std::uint32_t>(nodes.size() - 1), start));
        }
        if (here.empty()) continue;
        if (forced) {  // every solution passes through a forced break: keep only the cheapest way through it
            std::size_t cheapest = 0;
            for (std::size_t h = 1; h < here.size(); ++h)
                if (here[h].cost < here[cheapest].cost) cheapest = h;
            const Active only = here[cheapest];
            active.assign(1, only);
        } else {
            active.insert(active.end(), here.begin(), here.end());
        }
    }

    // The last active node is the cheapest way through the final forced break; walk back.
    for (int k = static_cast<int>(active.back().node); k > 0; k = nodes[static_cast<std::size_t>(k)].previous)
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
