#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <random>

#include "layout/line_breaker.hpp"
#include "layout/line_cost_bound.hpp"

// The line breaker passes over candidates that cannot win; these tests hold it to the plain search that tries
// every one (the breaker as it was before, kept here as the reference): the same breaks, ratios and widths, to
// the last bit, on paragraphs of every kind the layout makes and on odd ones.

using namespace raadsstuk::layout;

namespace {

bool is_breakpoint(const std::vector<BreakItem>& items, std::size_t i) {
    const BreakItem& it = items[i];
    if (it.kind == BreakItem::Kind::penalty) return it.penalty < kForbiddenBreak;
    if (it.kind == BreakItem::Kind::glue) return i > 0 && items[i - 1].kind == BreakItem::Kind::box;
    return false;
}

// The search that tries every candidate (line_breaker.cpp before it passed over any).
// `total`, when given, gets the least total demerits (the cost of the way through the last break).
std::vector<LineBreak> reference_break_lines(const std::vector<BreakItem>& items, double width, double* total = nullptr) {
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
    if (total) *total = nodes[active.back().node].cost;
    for (int k = static_cast<int>(active.back().node); k > 0; k = nodes[static_cast<std::size_t>(k)].previous)
        lines.push_back(nodes[static_cast<std::size_t>(k)].line);
    std::reverse(lines.begin(), lines.end());
    return lines;
}

void end_paragraph(std::vector<BreakItem>& items) {
    items.push_back(BreakItem::penalty_item(0, kForbiddenBreak));
    items.push_back(BreakItem::glue(0, kInfiniteStretch, 0));
    items.push_back(BreakItem::penalty_item(0, kForcedBreak));
}

enum class Kind { justified, ragged };

// A paragraph the way set_paragraph builds one: words of random widths (some wider than the line), spaces,
// hyphenation points and breaks after separators inside words, now and then a hard break.
std::vector<BreakItem> random_paragraph(std::mt19937& rng, Kind kind, double width, bool equal_words, bool wide_boxes = true) {
    std::uniform_int_distribution<int> word_count(1, 120), parts(1, 4), chance(0, 99);
    std::uniform_real_distribution<double> part_width(4, 60), space(2.5, 3.5);
    const double ragged_stretch = 30;
    std::vector<BreakItem> items;
    const int words = word_count(rng);
    for (int w = 0; w < words; ++w) {
        if (w > 0) {
            if (chance(rng) < 3) {
                end_paragraph(items);
            } else {
                const double s = equal_words ? 3 : space(rng);
                if (kind == Kind::ragged) {
                    items.push_back(BreakItem::glue(0, ragged_stretch, 0));
                    items.push_back(BreakItem::penalty_item(0, 0));
                    items.push_back(BreakItem::glue(s, -ragged_stretch, 0));
                } else {
                    items.push_back(BreakItem::glue(s, s / 2, s / 3));
                }
            }
        }
        const int n = equal_words ? 1 : parts(rng);
        for (int p = 0; p < n; ++p) {
            if (p > 0) {
                const int c = chance(rng);
                const bool hyphen = c < 70;
                const double penalty = hyphen ? 50 : (c < 85 ? 200 : (c < 95 ? 400 : 3000));
                const double hyphen_width = hyphen ? 3.3 : 0;
                if (kind == Kind::ragged) {
                    items.push_back(BreakItem::glue(0, ragged_stretch, 0));
                    items.push_back(BreakItem::penalty_item(hyphen_width, penalty, hyphen));
                    items.push_back(BreakItem::glue(0, -ragged_stretch, 0));
                } else {
                    items.push_back(BreakItem::penalty_item(hyphen_width, penalty, hyphen));
                }
            }
            double box = equal_words ? 20 : part_width(rng);
            if (!equal_words && chance(rng) < 2 && wide_boxes) box = width * 1.3;  // wider than the line: an overfull line
            items.push_back(BreakItem::box(box));
        }
    }
    end_paragraph(items);
    return items;
}

void require_same_lines(const std::vector<LineBreak>& got, const std::vector<LineBreak>& expected) {
    REQUIRE(got.size() == expected.size());
    for (std::size_t k = 0; k < got.size(); ++k) {
        INFO("line " << k << " of " << got.size());
        CHECK(got[k].begin == expected[k].begin);
        CHECK(got[k].end == expected[k].end);
        CHECK(got[k].ratio == expected[k].ratio);  // exactly: the same bits go into the PDF
        CHECK(got[k].natural_width == expected[k].natural_width);
        CHECK(got[k].overfull == expected[k].overfull);
    }
}

void require_same(const std::vector<BreakItem>& items, double width) {
    double least = 0;
    const std::vector<LineBreak> expected = reference_break_lines(items, width, &least);
    require_same_lines(break_lines(items, width), expected);
    // The search keeps only what can cost no more than a bound (greedy_cost_bound, or a given one); whatever the
    // bound, the breaks are the same: exactly the least total (everything but the best way and its ties is dead),
    // just above and far above it, below it (nothing is found: searched again without), and none.
    const double above = std::nextafter(least, std::numeric_limits<double>::infinity());
    // With a bound at or above the least total (and demerits that cannot be negative) the breaks are found
    // within it, without searching again: the way through the last break is never kept dead.
    const bool usable = detail::demerits_never_negative(items);
    for (const double bound : {least, above, 2 * least + 1000, least / 2, 0.0, std::numeric_limits<double>::infinity()}) {
        INFO("bound " << bound << " (least total " << least << ")");
        std::vector<LineBreak> got;
        const bool within = break_lines_within(items, width, bound, got);
        require_same_lines(got, expected);
        if (usable && bound >= least && bound < std::numeric_limits<double>::infinity()) CHECK(within);
        if (bound < least) CHECK_FALSE(within);
    }
}

}  // namespace

TEST_CASE("line breaker: the same breaks as trying every candidate, justified paragraphs", "[linebreak]") {
    std::mt19937 rng(7);
    for (int i = 0; i < 300; ++i) {
        const double width = i % 3 == 0 ? 120 : (i % 3 == 1 ? 300 : 450);
        INFO("paragraph " << i);
        require_same(random_paragraph(rng, Kind::justified, width, false), width);
    }
}

TEST_CASE("line breaker: the same breaks as trying every candidate, ragged paragraphs", "[linebreak]") {
    std::mt19937 rng(11);
    for (int i = 0; i < 300; ++i) {
        const double width = i % 2 == 0 ? 150 : 400;
        INFO("paragraph " << i);
        require_same(random_paragraph(rng, Kind::ragged, width, false), width);
    }
}

TEST_CASE("line breaker: of equal costs the same candidate wins as in trying every one", "[linebreak]") {
    // Words of one width: many ways to set the paragraph cost exactly the same.
    std::mt19937 rng(3);
    for (int i = 0; i < 100; ++i) {
        const double width = 100 + 7 * (i % 20);
        INFO("paragraph " << i << ", width " << width);
        require_same(random_paragraph(rng, i % 2 ? Kind::ragged : Kind::justified, width, true), width);
    }
}

TEST_CASE("line breaker: the same breaks as trying every candidate, with items the layout does not make", "[linebreak]") {
    // Glue that shrinks by more than its width, and now and then glue that takes stretch away or is wider than
    // a word: the line's width minus its shrink no longer grows with every item, nor its stretch, so the
    // search cannot rely on either being in order (it checks where they are, and falls back where they are not).
    std::mt19937 rng(23);
    std::uniform_real_distribution<double> part_width(0, 50), space(1, 4), odd(0, 1);
    for (int i = 0; i < 300; ++i) {
        const double width = i % 3 == 0 ? 100 : (i % 3 == 1 ? 240 : 420);
        std::vector<BreakItem> items;
        const int words = 1 + static_cast<int>(rng() % 150);
        for (int w = 0; w < words; ++w) {
            if (w > 0) {
                const double s = space(rng), o = odd(rng);
                if (o < 0.3) items.push_back(BreakItem::glue(s, s / 2, 4 * s));           // shrinks past zero
                else if (o < 0.4) items.push_back(BreakItem::glue(s, -s, s / 3));         // takes stretch away
                else if (o < 0.45) items.push_back(BreakItem::glue(3 * s, 0, 0));         // rigid
                else if (o < 0.5) {
                    items.push_back(BreakItem::glue(0, 30, 0));
                    items.push_back(BreakItem::penalty_item(0, o < 0.47 ? -200 : 0));     // a negative penalty too
                    items.push_back(BreakItem::glue(s, -30, 0));
                } else items.push_back(BreakItem::glue(s, s / 2, s / 3));
            }
            if (odd(rng) < 0.2) items.push_back(BreakItem::penalty_item(3.3, 50, true));
            items.push_back(BreakItem::box(odd(rng) < 0.02 ? width * 1.2 : part_width(rng)));
        }
        end_paragraph(items);
        INFO("paragraph " << i << ", width " << width);
        require_same(items, width);
    }
}

TEST_CASE("line breaker: the greedy bound is the cost of a setting, so never below the least total", "[linebreak]") {
    // Not needed for the breaks (a bound below the least total only makes the search look again), but a bound
    // below it would make every paragraph searched twice.
    std::mt19937 rng(5);
    int bounded = 0;
    for (int i = 0; i < 300; ++i) {
        const double width = i % 2 == 0 ? 150 : 400;
        // Half of them without boxes wider than the line (as the layout makes them: it offers breaks inside a wide
        // word), which nearly all get a bound; with such boxes an overfull line can make the greedy setting one
        // that the search does not consider, and then there is none.
        const bool wide = i % 2 == 1;
        const auto items = random_paragraph(rng, i % 3 == 0 ? Kind::ragged : Kind::justified, width, false, wide);
        double least = 0;
        reference_break_lines(items, width, &least);
        detail::PrefixSums sums;
        detail::sum_up(items, width, sums);
        const double bound = detail::greedy_cost_bound(items, sums, width);
        INFO("paragraph " << i << ", least " << least << ", bound " << bound);
        CHECK(bound >= least);

        if (!wide && bound < std::numeric_limits<double>::infinity()) ++bounded;
    }
    // No negative penalties and no boxes wider than the line: nearly every one gets a bound (a word of several
    // parts that may not break after two hyphenated lines in a row can still make a greedy line overfull).
    CHECK(bounded >= 140);
}

TEST_CASE("line breaker: no greedy bound where demerits can be negative", "[linebreak]") {
    std::vector<BreakItem> items{BreakItem::box(10), BreakItem::glue(0, 30, 0), BreakItem::penalty_item(0, -200),
                                 BreakItem::glue(3, -30, 0), BreakItem::box(10)};
    end_paragraph(items);
    detail::PrefixSums sums;
    detail::sum_up(items, 100, sums);
    CHECK(detail::greedy_cost_bound(items, sums, 100) == std::numeric_limits<double>::infinity());
}
