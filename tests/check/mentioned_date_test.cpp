// What a date in a text means, read against the document's date.
#include <catch2/catch.hpp>

#include "check/mentioned_date.hpp"

using namespace raadsstuk;
using namespace raadsstuk::check;
using model::Date;

namespace {

DateMention day(int d, int m, Relative r = Relative::none, std::optional<int> y = std::nullopt) {
    DateMention x;
    x.day = d;
    x.month = m;
    x.relative = r;
    x.year = y;
    return x;
}

}  // namespace

TEST_CASE("jl. is the latest such day on or before the document's date, a.s. the first on or after it") {
    const Date letter{2022, 9, 13};
    CHECK(resolve_mention(day(8, 3, Relative::past), letter)->first == Date{2022, 3, 8});
    CHECK(resolve_mention(day(1, 10, Relative::past), letter)->first == Date{2021, 10, 1});
    CHECK(resolve_mention(day(13, 9, Relative::past), letter)->first == Date{2022, 9, 13});
    CHECK(resolve_mention(day(1, 3, Relative::coming), letter)->first == Date{2023, 3, 1});
    CHECK(resolve_mention(day(13, 9, Relative::coming), letter)->first == Date{2022, 9, 13});
    // 29 februari jl. goes back to the last leap year.
    CHECK(resolve_mention(day(29, 2, Relative::past), letter)->first == Date{2020, 2, 29});
}

TEST_CASE("without a marker a date without a year is the nearest one, with a year it is that day") {
    CHECK(resolve_mention(day(8, 3), Date{2022, 6, 13})->first == Date{2022, 3, 8});   // 97 days back, 268 ahead
    CHECK(resolve_mention(day(8, 3), Date{2022, 9, 13})->first == Date{2023, 3, 8});   // 189 back, 176 ahead
    CHECK(resolve_mention(day(8, 1), Date{2022, 11, 20})->first == Date{2023, 1, 8});
    CHECK(resolve_mention(day(8, 3, Relative::past, 2023), Date{2022, 9, 13})->first == Date{2023, 3, 8});
}

TEST_CASE("a month with medio is a range of days, a day that does not exist has no meaning") {
    DateMention m;
    m.month = 10;
    m.part = MonthPart::middle;
    m.relative = Relative::coming;
    const auto r = resolve_mention(m, Date{2022, 9, 13});
    REQUIRE(r);
    CHECK(r->first == Date{2022, 10, 11});
    CHECK(r->last == Date{2022, 10, 20});
    CHECK(describe(*r, m) == "medio oktober 2022");
    CHECK_FALSE(mention_exists(day(31, 9, Relative::none, 2022)));
    CHECK_FALSE(resolve_mention(day(29, 2, Relative::none, 2021), Date{2022, 1, 1}));
    CHECK(mention_exists(day(29, 2)));
    CHECK_FALSE(mention_exists(day(30, 2)));
}
