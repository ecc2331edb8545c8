#include <catch2/catch.hpp>

#include "layout/line_breaker.hpp"

using namespace raadsstuk::layout;

namespace {

// Words of the given widths separated by glue of width 1 that stretches by 1 and does not shrink.
std::vector<BreakItem> paragraph(const std::vector<double>& words) {
    std::vector<BreakItem> items;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0) items.push_back(BreakItem::glue(1, 1, 0));
        items.push_back(BreakItem::box(words[i]));
    }
    items.push_back(BreakItem::penalty_item(0, kForbiddenBreak));
    items.push_back(BreakItem::glue(0, kInfiniteStretch, 0));
    items.push_back(BreakItem::penalty_item(0, kForcedBreak));
    return items;
}

std::vector<std::size_t> words_per_line(const std::vector<BreakItem>& items, const std::vector<LineBreak>& lines) {
    std::vector<std::size_t> counts;
    for (const auto& l : lines) {
        std::size_t n = 0;
        for (std::size_t i = l.begin; i < l.end; ++i) n += items[i].kind == BreakItem::Kind::box;
        counts.push_back(n);
    }
    return counts;
}

// First fit: as many words on each line as fit; the sum of squared ratios of the result.
double greedy_sum_of_squares(const std::vector<double>& words, double width) {
    double sum = 0, natural = 0;
    std::size_t count = 0;
    for (double w : words) {
        if (count > 0 && natural + 1 + w > width) {
            const double r = (width - natural) / static_cast<double>(count - 1);
            sum += r * r;
            natural = 0;
            count = 0;
        }
        natural += (count > 0 ? 1 : 0) + w;
        ++count;
    }
    return sum;  // the last line is ragged and costs nothing
}

}  // namespace

TEST_CASE("line breaker: total fit beats first fit", "[linebreak]") {
    // First fit takes "2 7 3 5" (exactly full) and leaves "7 6" with 6 units to spread over 1 space
    // (ratio 6); total fit sets "2 7 3" (ratio 3) and "5 7 6" (ratio 0).
    const std::vector<double> words{2, 7, 3, 5, 7, 6, 7};
    const auto items = paragraph(words);
    const auto lines = break_lines(items, 20);
    REQUIRE(lines.size() == 3);
    CHECK(words_per_line(items, lines) == std::vector<std::size_t>{3, 3, 1});
    CHECK(lines[0].ratio == Approx(3));
    CHECK(lines[1].ratio == Approx(0));
    CHECK(lines[2].ratio == Approx(0));  // ragged last line
    CHECK(sum_of_squared_ratios(lines) == Approx(9));
    CHECK(greedy_sum_of_squares(words, 20) == Approx(36));
    CHECK(sum_of_squared_ratios(lines) < greedy_sum_of_squares(words, 20));
}

TEST_CASE("line breaker: the last line is ragged, the others are set to the full width", "[linebreak]") {
    const std::vector<double> words{5, 3, 8, 2, 6, 4, 7, 3, 5, 9, 2, 4};
    const auto items = paragraph(words);
    const auto lines = break_lines(items, 25);
    REQUIRE(lines.size() >= 2);
    for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
        const auto& l = lines[k];
        CHECK_FALSE(l.overfull);
        double stretch = 0;
        for (std::size_t i = l.begin; i < l.end; ++i) stretch += items[i].kind == BreakItem::Kind::glue ? items[i].stretch : 0;
        CHECK(l.natural_width + l.ratio * stretch == Approx(25));
    }
    CHECK(lines.back().ratio == 0);
    CHECK(lines.back().natural_width <= 25);
}

TEST_CASE("line breaker: a forced break ends a line, a box wider than the line overflows alone", "[linebreak]") {
    std::vector<BreakItem> items{BreakItem::box(4), BreakItem::glue(1, 1, 0), BreakItem::box(4)};
    items.push_back(BreakItem::penalty_item(0, kForbiddenBreak));
    items.push_back(BreakItem::glue(0, kInfiniteStretch, 0));
    items.push_back(BreakItem::penalty_item(0, kForcedBreak));
    items.push_back(BreakItem::box(30));
    items.push_back(BreakItem::penalty_item(0, kForbiddenBreak));
    items.push_back(BreakItem::glue(0, kInfiniteStretch, 0));
    items.push_back(BreakItem::penalty_item(0, kForcedBreak));
    const auto lines = break_lines(items, 20);
    REQUIRE(lines.size() == 2);
    CHECK(words_per_line(items, lines) == std::vector<std::size_t>{2, 1});
    CHECK(lines[0].ratio == 0);  // ragged before a forced break
    CHECK(lines[1].overfull);
}

TEST_CASE("line breaker: a penalty offers a break that costs more than a space", "[linebreak]") {
    // "aaaa bbbb|cccc" where | is a penalty of 50 inside a word: breaking there fits two lines exactly.
    std::vector<BreakItem> items{BreakItem::box(4), BreakItem::glue(1, 1, 0), BreakItem::box(4),
                                 BreakItem::penalty_item(0, 50), BreakItem::box(4)};
    items.push_back(BreakItem::penalty_item(0, kForbiddenBreak));
    items.push_back(BreakItem::glue(0, kInfiniteStretch, 0));
    items.push_back(BreakItem::penalty_item(0, kForcedBreak));
    const auto lines = break_lines(items, 10);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].end == 3);
    CHECK_FALSE(lines[0].overfull);
}

TEST_CASE("line breaker: no more than two hyphenated lines in a row, even where more would fit exactly", "[linebreak]") {
    // "bbb" then words "aaa|bbb" (a flagged break in the middle), width 14, spaces that hardly stretch: only
    // lines "bbb aaabbb aaa|" fit, each ending in a hyphen; every other line is very loose.
    std::vector<BreakItem> items{BreakItem::box(3)};
    for (int i = 0; i < 12; ++i) {
        items.push_back(BreakItem::glue(1, 0.01, 0));
        items.push_back(BreakItem::box(3));
        items.push_back(BreakItem::penalty_item(0, 50, true));
        items.push_back(BreakItem::box(3));
    }
    items.push_back(BreakItem::penalty_item(0, kForbiddenBreak));
    items.push_back(BreakItem::glue(0, kInfiniteStretch, 0));
    items.push_back(BreakItem::penalty_item(0, kForcedBreak));
    const auto lines = break_lines(items, 14);
    int run = 0, longest = 0, hyphenated = 0;
    for (const auto& l : lines) {
        const bool flagged = items[l.end].kind == BreakItem::Kind::penalty && items[l.end].flagged;
        run = flagged ? run + 1 : 0;
        hyphenated += flagged;
        longest = std::max(longest, run);
    }
    CHECK(hyphenated >= 3);
    CHECK(longest == 2);  // the limit, reached: the layout may hyphenate two lines in a row, never three
}
