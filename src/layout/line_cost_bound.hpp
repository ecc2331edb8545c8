#pragma once
// An upper bound for the total-fit line breaker to start from: the total demerits of one way to set the
// paragraph, found greedily (line by line, the break with the least demerits for that line). The search then
// keeps only what could still cost no more than the bound (line_breaker.cpp). Internal to the line breaker.
#include <vector>

#include "layout/line_demerits.hpp"

namespace raadsstuk::layout::detail {

// The demerits of the greedy setting, added line by line as the search adds them; infinity when the items
// can make a line's demerits negative (a negative penalty that does not force a break, glue that shrinks by
// a negative amount: then a node's cost does not bound what follows from it) or no greedy setting is found.
// Any value gives the search's result (a bound below the least total only makes it search again), so this
// is a heuristic: the closer to the least total, the less the search looks at.
// No line's demerits can be negative: no penalty below zero that does not force its break, no glue that shrinks
// by a negative amount. Only then does a node's cost bound the costs of all that follow from it.
bool demerits_never_negative(const std::vector<BreakItem>& items);

double greedy_cost_bound(const std::vector<BreakItem>& items, const PrefixSums& sums, double line_width);

}  // namespace raadsstuk::layout::detail
