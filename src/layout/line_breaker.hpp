#pragma once
// Total-fit line breaking in the manner of Knuth and Plass: a paragraph is a sequence of boxes (unbreakable
// material), glue (breakable, stretchable space) and penalties (optional breaks with a cost); dynamic
// programming over all feasible breakpoints chooses the breaks that minimise the sum of demerits over the
// whole paragraph, where a line's demerits grow with the square of its badness (100 |r|^3, r the
// adjustment ratio) and of the penalty of its break.
//
// The caller ends the paragraph (and each forced break) with glue of infinite stretch and a forced
// penalty, which makes those lines ragged: they are set at natural width. A line that cannot fit (one box
// wider than the line) is allowed as a last resort, with demerits that grow with the overflow; callers
// avoid that by offering break opportunities inside overlong words (see set_paragraph).
#include <cstddef>
#include <limits>
#include <vector>

namespace raadsstuk::layout {

inline constexpr double kInfiniteStretch = 1e9;
inline constexpr double kForcedBreak = -1e9;     // penalty value that forces a break
inline constexpr double kForbiddenBreak = 1e9;   // penalty value that forbids a break
// Hyphenated lines: a penalty item that is `flagged` is a break that adds a hyphen. At most this many lines
// in a row may end in one; the second in a row already costs extra demerits.
inline constexpr int kMaxHyphenatedLines = 2;
inline constexpr double kConsecutiveHyphenDemerits = 3000.0 * 3000.0;

struct BreakItem {
    enum class Kind { box, glue, penalty };
    Kind kind = Kind::box;
    double width = 0;    // box/glue: natural width; penalty: width added at the end of the line if broken here
    double stretch = 0;  // glue
    double shrink = 0;   // glue
    double penalty = 0;  // penalty
    bool flagged = false;  // penalty: breaking here hyphenates a word

    static BreakItem box(double w) { return {Kind::box, w, 0, 0, 0, false}; }
    static BreakItem glue(double w, double stretch, double shrink) { return {Kind::glue, w, stretch, shrink, 0, false}; }
    static BreakItem penalty_item(double w, double p, bool flagged = false) { return {Kind::penalty, w, 0, 0, p, flagged}; }
};

struct LineBreak {
    std::size_t begin = 0;  // first item on the line (after discarding glue/penalties at the start)
    std::size_t end = 0;    // the break item (glue or penalty): the line holds items [begin, end)
    double ratio = 0;       // adjustment ratio: > 0 stretch, < 0 shrink; 0 for a ragged line that fits
    double natural_width = 0;  // including the penalty width at the break
    bool overfull = false;
};

// Breaks `items` into lines of `width`. The items must end with a forced penalty.
std::vector<LineBreak> break_lines(const std::vector<BreakItem>& items, double width);
// The same into `lines` (cleared first), which a caller reuses for every paragraph.
void break_lines(const std::vector<BreakItem>& items, double width, std::vector<LineBreak>& lines);
// The same, searching only what costs no more than `bound` first (NaN: the greedy bound that break_lines uses;
// infinity: none), and everything again when the least total is above it: the result does not depend on it.
// True when the breaks were found within the bound (false: searched again, or no bound). For the tests, which
// hold the search to the same breaks with bounds too low, exact and too high.
bool break_lines_within(const std::vector<BreakItem>& items, double width, double bound, std::vector<LineBreak>& lines);

// Sum over lines of ratio^2 (ragged lines count 0); for comparing solutions in tests and diagnostics.
double sum_of_squared_ratios(const std::vector<LineBreak>& lines);

}  // namespace raadsstuk::layout
