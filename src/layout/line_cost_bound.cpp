#include "layout/line_cost_bound.hpp"

#include <limits>

namespace raadsstuk::layout::detail {

bool demerits_never_negative(const std::vector<BreakItem>& items) {
    for (const BreakItem& it : items) {
        if (it.kind == BreakItem::Kind::penalty && it.penalty < 0 && it.penalty > kForcedBreak) return false;
        if (it.kind == BreakItem::Kind::glue && !(it.shrink >= 0)) return false;
    }
    return true;
}

double greedy_cost_bound(const std::vector<BreakItem>& items, const PrefixSums& sums, double line_width) {
    constexpr double kNone = std::numeric_limits<double>::infinity();
    const std::size_t n = items.size();
    if (!demerits_never_negative(items)) return kNone;
    const auto& breakpoints = sums.breakpoints;
    double total = 0;
    std::size_t start = line_start(items, 0);
    std::size_t from = 0;  // the first breakpoint at or after start
    while (from < breakpoints.size() && breakpoints[from] < start) ++from;
    int run = 0;  // hyphenated lines in a row before this one
    bool latest_unsure = false;  // the line before ended in a hyphen, the first of a run, or a break follows it
    for (;;) {
        const double width_at = sums.width[start], stretch_at = sums.stretch[start], shrink_at = sums.shrink[start];
        // The breaks a line from `start` can end at: up to the first that is too long or the first forced one. The
        // search tries a line that is too long only from the latest node, so the greedy setting takes one only to
        // the first break after its start, and only from a node that is the latest there: after a break that is
        // not a hyphen, or after the second hyphenated line in a row (the node of the longest run comes last), and
        // with no break between it and the line's start (a ragged space: glue, penalty, glue); else there is no
        // greedy setting.
        double best = kNone;
        std::size_t best_at = breakpoints.size();
        int best_run = 0;
        // Lines that would stretch by more than three times their stretch (badness 2700 and more) are measured only
        // when the window has no other (a second pass): it saves measuring most of the short lines.
        for (int pass = 0; pass < 2 && best_at == breakpoints.size(); ++pass) {
            for (std::size_t q = from; q < breakpoints.size(); ++q) {
                const std::size_t j = breakpoints[q];
                const BreakPoint b = break_point(items, sums, j);
                const bool long_line = too_long(line_width, b, width_at, shrink_at);
                if (long_line && q != from) break;
                if (long_line && latest_unsure) return kNone;
                const bool forced = is_forced(items[j]);
                const int r = items[j].flagged ? run + 1 : 0;
                const bool loose = (b.width - width_at + b.break_width) + 3 * (b.stretch - stretch_at) < line_width;
                if (r <= kMaxHyphenatedLines && (pass == 1 || !loose || forced || long_line)) {
                    const Line line = line_to(line_width, b, width_at, stretch_at, shrink_at, r);
                    if (line.demerits <= best) {  // of equal ones the later: in ragged text the penalty after the space
                        best = line.demerits;
                        best_at = q;
                        best_run = r;
                    }
                }
                if (long_line || forced) break;
            }
        }
        if (best_at == breakpoints.size()) return kNone;
        total += best;
        const std::size_t best_j = breakpoints[best_at];
        if (best_j + 1 == n) return total;  // the final forced break
        start = line_start(items, best_j + 1);
        run = best_run;
        from = best_at + 1;
        while (from < breakpoints.size() && breakpoints[from] < start) ++from;
        latest_unsure = best_run == 1 || from != best_at + 1;
    }
}

}  // namespace raadsstuk::layout::detail
