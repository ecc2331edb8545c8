#include "layout/line_breaker.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace raadsstuk::layout {
namespace {

bool is_breakpoint(const std::vector<BreakItem>& items, std::size_t i) {
    const BreakItem& it = items[i];
    if (it.kind == BreakItem::Kind::penalty) return it.penalty < kForbiddenBreak;
    if (it.kind == BreakItem::Kind::glue) return i > 0 && items[i - 1].kind == BreakItem::Kind::box;
    return false;
}

}  // namespace

std::vector<LineBreak> break_lines(const std::vector<BreakItem>& items, double width) {
    const std::size_t n = items.size();
    if (n == 0) return {};
    // Prefix sums over items [0, i): width, stretch, shrink (glue only for the latter two).
    std::vector<double> sw(n + 1, 0), sst(n + 1, 0), ssh(n + 1, 0);
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

    struct Node {
        double cost;
        int previous;  // index into `nodes`, -1 for the start of the paragraph
        LineBreak line;
        int hyphens = 0;  // lines in a row, up to this one, that end at a flagged (hyphen) break
    };
    std::vector<Node> nodes{Node{0, -1, {}, 0}};
    struct Active {
        std::size_t node;
        std::size_t start;  // first item of a line that follows this break
    };
    // Active breakpoints in order of position, so their line starts increase.
    std::vector<Active> active{Active{0, line_start(0)}};
    std::vector<Active> here;  // the nodes of one breakpoint (reused)

    for (std::size_t j = 0; j < n; ++j) {
        if (!is_breakpoint(items, j)) continue;
        const BreakItem& brk = items[j];
        const bool forced = brk.kind == BreakItem::Kind::penalty && brk.penalty <= kForcedBreak;
        // The best way to reach this break for each length of the run of hyphenated lines it ends.
        std::array<Node, kMaxHyphenatedLines + 1> best;
        for (auto& b : best) b = Node{std::numeric_limits<double>::infinity(), -1, {}, 0};
        bool considered = false;
        for (auto a = active.rbegin(); a != active.rend(); ++a) {
            const std::size_t s = a->start;
            if (s > j) continue;
            const double natural = sw[j] - sw[s] + (brk.kind == BreakItem::Kind::penalty ? brk.width : 0);
            const double stretch = sst[j] - sst[s];
            const double shrink = ssh[j] - ssh[s];
            const bool too_long = natural - shrink > width + 1e-9;
            if (too_long && considered) break;  // earlier starts only make the line longer
            considered = true;
            const Node& from = nodes[a->node];
            const int run = brk.flagged ? from.hyphens + 1 : 0;
            if (run > kMaxHyphenatedLines) continue;
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
                const double p = brk.kind == BreakItem::Kind::penalty ? brk.penalty : 0;
                demerits = (10 + badness) * (10 + badness);
                if (p > 0) demerits += p * p;
                else if (p > kForcedBreak) demerits -= p * p;
                if (run >= 2) demerits += kConsecutiveHyphenDemerits;
            }
            const double cost = from.cost + demerits;
            Node& b = best[static_cast<std::size_t>(run)];
            if (cost < b.cost) {
                b.cost = cost;
                b.previous = static_cast<int>(a->node);
                b.line = LineBreak{s, j, overfull ? -1.0 : std::max(ratio, -1.0), natural, overfull};
                b.hyphens = run;
            }
        }
        here.clear();
        for (const Node& b : best) {
            if (b.previous < 0) continue;
            nodes.push_back(b);
            here.push_back(Active{nodes.size() - 1, line_start(j + 1)});
        }
        if (here.empty()) continue;
        if (forced) {  // every solution passes through a forced break: keep only the cheapest way through it
            active.clear();
            std::size_t cheapest = here.front().node;
            for (const Active& h : here)
                if (nodes[h.node].cost < nodes[cheapest].cost) cheapest = h.node;
            const std::size_t start = here.front().start;
            here.assign(1, Active{cheapest, start});
        }
        active.insert(active.end(), here.begin(), here.end());
    }

    // The last active node is the cheapest way through the final forced break; walk back.
    std::vector<LineBreak> lines;
    for (int k = static_cast<int>(active.back().node); k > 0; k = nodes[static_cast<std::size_t>(k)].previous)
        lines.push_back(nodes[static_cast<std::size_t>(k)].line);
    std::reverse(lines.begin(), lines.end());
    return lines;
}

double sum_of_squared_ratios(const std::vector<LineBreak>& lines) {
    double sum = 0;
    for (const auto& l : lines) sum += l.ratio * l.ratio;
    return sum;
}

}  // namespace raadsstuk::layout
