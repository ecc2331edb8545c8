#include <catch2/catch.hpp>

#include <climits>

#include "format/dutch.hpp"

using raadsstuk::model::Date;
using namespace raadsstuk::format;

TEST_CASE("format_date writes day, Dutch month name and year") {
    CHECK(format_date(Date{2021, 5, 21}) == "21 mei 2021");
    CHECK(format_date(Date{2021, 3, 8}) == "8 maart 2021");  // no leading zero
    CHECK(format_date(Date{2024, 2, 29}) == "29 februari 2024");
    CHECK(format_date(Date{2023, 12, 31}) == "31 december 2023");
    CHECK(format_date(Date{2000, 1, 1}) == "1 januari 2000");
}

TEST_CASE("every month has its lower-case Dutch name") {
    const char* expected[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                              "juli",    "augustus", "september", "oktober", "november", "december"};
    for (int m = 1; m <= 12; ++m) {
        INFO(m);
        CHECK(format_date(Date{2022, m, 1}) == std::string("1 ") + expected[m - 1] + " 2022");
    }
    CHECK(month_name(0).empty());
    CHECK(month_name(13).empty());
}

TEST_CASE("format_date_with_weekday puts the Dutch weekday first") {
    CHECK(format_date_with_weekday(Date{2020, 9, 22}) == "dinsdag 22 september 2020");
    CHECK(format_date_with_weekday(Date{2021, 5, 21}) == "vrijdag 21 mei 2021");
    CHECK(format_date_with_weekday(Date{2024, 2, 29}) == "donderdag 29 februari 2024");
    CHECK(format_date_with_weekday(Date{2000, 1, 1}) == "zaterdag 1 januari 2000");
    CHECK(format_date_with_weekday(Date{2020, 10, 5}) == "maandag 5 oktober 2020");
    CHECK(format_date_with_weekday(Date{2020, 10, 7}) == "woensdag 7 oktober 2020");
    CHECK(format_date_with_weekday(Date{2020, 10, 11}) == "zondag 11 oktober 2020");
    CHECK(format_date_with_weekday(Date{2020, 10, 10}) == "zaterdag 10 oktober 2020");
}

TEST_CASE("format_euro: whole euros without cents, thousands with dots") {
    CHECK(format_euro(6400000) == "\xE2\x82\xAC 64.000");  // "€ 64.000", as in the raadsvoorstel
    CHECK(format_euro(0) == "€ 0");
    CHECK(format_euro(100) == "€ 1");
    CHECK(format_euro(99900) == "€ 999");
    CHECK(format_euro(100000) == "€ 1.000");
    CHECK(format_euro(123456700) == "€ 1.234.567");
    CHECK(format_euro(100000000000) == "€ 1.000.000.000");
}

TEST_CASE("format_euro: cents with a comma") {
    CHECK(format_euro(123456) == "€ 1.234,56");
    CHECK(format_euro(50) == "€ 0,50");
    CHECK(format_euro(5) == "€ 0,05");
    CHECK(format_euro(100001) == "€ 1.000,01");
    CHECK(format_euro(6400000, true) == "€ 64.000,00");
    CHECK(format_euro(0, true) == "€ 0,00");
}

TEST_CASE("format_euro: negative amounts put the minus after the euro sign") {
    CHECK(format_euro(-123456) == "€ -1.234,56");
    CHECK(format_euro(-50) == "€ -0,50");
    CHECK(format_euro(-6400000) == "€ -64.000");
    CHECK(format_euro(LLONG_MIN) == "€ -92.233.720.368.547.758,08");
    CHECK(format_euro(LLONG_MAX) == "€ 92.233.720.368.547.758,07");
}
