#include "layout/line_cost_bound.hpp"

#include <limits>

namespace raadsstuk::layout::detail {

double greedy_cost_bound(const std::vector<BreakItem>& items, const PrefixSums& sums, double line_width) {
    constexpr double kNone = std::numeric_limits<double>::infinity();
    const std::size_t n = items.size();
    for (const BreakItem& it : items) {
        if (it.kind == BreakItem::Kind::penalty && it.penalty < 0 && it.penalty > kForcedBreak) return kNone;
        if (it.kind == BreakItem::Kind::glue && !(it.shrink >= 0)) return kNone;
    }
    double total = 0;
    std::size_t start = line_start(items, 0);
    int run = 0;  // hyphenated lines in a row before this one
    bool latest_unsure = false;  // the line before ended in a hyphen, the first of a run
    for (;;) {
        const double width_at = sums.width[start], stretch_at = sums.stretch[start], shrink_at = sums.shrink[start];
        // The breaks a line from `start` can end at: up to the first that is too long or the first forced one. The
        // search tries a line that is too long only from the latest node, so the greedy setting takes one only to
        // the first break after its start, and only from a node that is the latest there: after a break that is
        // not a hyphen, or after the second hyphenated line in a row (the node of the longest run comes last), and
        // with no break between it and the line's start (a ragged space: glue, penalty, glue); else there is no
        // greedy setting.
        double best = kNone;
        std::size_t best_j = n;
        int best_run = 0;
        bool first_break = true;
        for (std::size_t j = start; j < n; ++j) {
            if (!is_breakpoint(items, j)) continue;
            const BreakPoint b = break_point(items, sums, j);
            const bool long_line = too_long(line_width, b, width_at, shrink_at);
            if (long_line && !first_break) break;
            if (long_line && latest_unsure) return kNone;
            first_break = false;
            const int r = items[j].flagged ? run + 1 : 0;
            if (r <= kMaxHyphenatedLines) {
                const Line line = line_to(line_width, b, width_at, stretch_at, shrink_at, r);
                if (line.demerits <= best) {  // of equal ones the later: in ragged text the penalty after the space
                    best = line.demerits;
                    best_j = j;
                    best_run = r;
                }
            }
            if (long_line || is_forced(items[j])) break;
        }
        if (best_j == n) return kNone;
        total += best;
        if (best_j + 1 == n) return total;  // the final forced break
        start = line_start(items, best_j + 1);
        run = best_run;
        latest_unsure = best_run == 1;
        for (std::size_t q = best_j + 1; q < start && !latest_unsure; ++q) latest_unsure = is_breakpoint(items, q);
    }
}

}  // namespace raadsstuk::layout::detail
