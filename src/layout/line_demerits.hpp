#pragma once
// What the line breaker computes for one line: the prefix sums of a paragraph's items, which items are
// breakpoints, where a line after a break starts, and a line's ratio and demerits. Shared by the total-fit
// search (line_breaker.cpp) and the cost bound it starts from (line_cost_bound.cpp), so that both measure a
// line the same way. Internal to the line breaker.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "layout/line_breaker.hpp"

namespace raadsstuk::layout::detail {

inline bool is_breakpoint(const std::vector<BreakItem>& items, std::size_t i) {
    const BreakItem& it = items[i];
    if (it.kind == BreakItem::Kind::penalty) return it.penalty < kForbiddenBreak;
    if (it.kind == BreakItem::Kind::glue) return i > 0 && items[i - 1].kind == BreakItem::Kind::box;
    return false;
}

// What the search and the bound read of the items, computed once: prefix sums over items [0, i) of width,
// stretch and shrink (glue only for the latter two), and the breakpoints in order.
struct PrefixSums {
    std::vector<double> width, stretch, shrink;
    std::vector<std::uint32_t> breakpoints;
    double largest = 0;  // at least every width and shrink sum and the line width in magnitude
};

inline void sum_up(const std::vector<BreakItem>& items, double line_width, PrefixSums& sums) {
    const std::size_t n = items.size();
    auto& sw = sums.width;
    auto& sst = sums.stretch;
    auto& ssh = sums.shrink;
    sw.resize(n + 1);
    sst.resize(n + 1);
    ssh.resize(n + 1);
    sums.breakpoints.resize(n);
    std::uint32_t* breakpoint = sums.breakpoints.data();
    sw[0] = sst[0] = ssh[0] = 0;
    double largest = std::abs(line_width);
    for (std::size_t i = 0; i < n; ++i) {
        const BreakItem& it = items[i];
        const bool counts = it.kind != BreakItem::Kind::penalty;
        sw[i + 1] = sw[i] + (counts ? it.width : 0);
        sst[i + 1] = sst[i] + (it.kind == BreakItem::Kind::glue ? it.stretch : 0);
        ssh[i + 1] = ssh[i] + (it.kind == BreakItem::Kind::glue ? it.shrink : 0);
        largest += std::abs(it.width) + std::abs(it.shrink);
        if (is_breakpoint(items, i)) *breakpoint++ = static_cast<std::uint32_t>(i);
    }
    sums.breakpoints.resize(static_cast<std::size_t>(breakpoint - sums.breakpoints.data()));
    sums.largest = largest;
}

inline bool is_forced(const BreakItem& it) { return it.kind == BreakItem::Kind::penalty && it.penalty <= kForcedBreak; }

// A line after a break at b starts at the first box (or forced penalty) after b.
inline std::size_t line_start(const std::vector<BreakItem>& items, std::size_t after) {
    std::size_t s = after;
    while (s < items.size() && items[s].kind != BreakItem::Kind::box && !is_forced(items[s])) ++s;
    return s;
}

// A breakpoint as the lines that end there see it.
struct BreakPoint {
    double width, stretch, shrink;  // the prefix sums at the break
    double break_width;             // a penalty's width, added at the end of the line
    double penalty;                 // 0 for glue
    double penalty_term;            // the penalty's part of the demerits: + p^2, or - p^2 for a negative one
                                    // that does not force the break (adding the negation rounds as subtracting)
};

inline BreakPoint break_point(const std::vector<BreakItem>& items, const PrefixSums& sums, std::size_t j) {
    const BreakItem& brk = items[j];
    const bool is_penalty = brk.kind == BreakItem::Kind::penalty;
    const double p = is_penalty ? brk.penalty : 0;
    return BreakPoint{sums.width[j], sums.stretch[j], sums.shrink[j], is_penalty ? brk.width : 0, p,
                      p > 0 ? p * p : (p > kForcedBreak ? -(p * p) : 0.0)};
}

// One line from a break whose line starts with the prefix sums (width, stretch, shrink) to the break at b.
struct Line {
    double ratio, natural, demerits;
    double base;     // the demerits without those of a run of hyphenated lines
    bool overfull;
    bool not_long;   // natural width at most the line's: set at or above its natural width
};

// `run`: the lines in a row, up to this one, that end in a hyphen.
inline Line line_to(double line_width, const BreakPoint& b, double width, double stretch_at, double shrink_at, int run) {
    const double natural = b.width - width + b.break_width;
    const double stretch = b.stretch - stretch_at;
    const double shrink = b.shrink - shrink_at;
    double ratio = 0;
    if (natural < line_width) {
        if (stretch >= kInfiniteStretch / 2) ratio = 0;
        else ratio = stretch > 0 ? (line_width - natural) / stretch : 1e3;
    } else if (natural > line_width) {
        ratio = shrink > 0 ? (line_width - natural) / shrink : -1e3;
    }
    const bool overfull = ratio < -1 - 1e-9;
    double base = 0;
    if (overfull) {
        base = 1e10 + (natural - shrink - line_width) * 1e7;
    } else {
        const double r = std::abs(ratio);
        const double badness = std::min(100.0 * r * r * r, 1e5);
        base = (10 + badness) * (10 + badness);
        if (b.penalty > kForcedBreak) base += b.penalty_term;
    }
    const double demerits = !overfull && run >= 2 ? base + kConsecutiveHyphenDemerits : base;
    return Line{overfull ? -1.0 : std::max(ratio, -1.0), natural, demerits, base, overfull, natural <= line_width};
}

// A line that cannot fit however much it shrinks.
inline bool too_long(double line_width, const BreakPoint& b, double width, double shrink_at) {
    return (b.width - width + b.break_width) - (b.shrink - shrink_at) > line_width + 1e-9;
}

}  // namespace raadsstuk::layout::detail
