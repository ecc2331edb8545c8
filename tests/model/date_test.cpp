#include <catch2/catch.hpp>

#include "model/date.hpp"

using raadsstuk::model::Date;
using raadsstuk::model::parse_iso_date;

TEST_CASE("impossible dates are rejected") {
    CHECK_FALSE(parse_iso_date("2020-09-31"));  // 31 september
    CHECK_FALSE(parse_iso_date("2021-02-29"));  // 29 februari 2021
    CHECK_FALSE(parse_iso_date("2021-13-01"));
    CHECK_FALSE(parse_iso_date("2021-00-10"));
    CHECK_FALSE(parse_iso_date("2021-5-21"));
    CHECK_FALSE(parse_iso_date("21-05-2021"));
    CHECK_FALSE(parse_iso_date("2021-05-2x"));
    CHECK_FALSE(parse_iso_date(""));
}

TEST_CASE("real dates parse, leap years included") {
    CHECK(parse_iso_date("2020-02-29") == Date{2020, 2, 29});
    CHECK(parse_iso_date("2000-02-29") == Date{2000, 2, 29});
    CHECK_FALSE(parse_iso_date("1900-02-29"));
    CHECK(parse_iso_date("2021-05-21")->iso() == "2021-05-21");
}

TEST_CASE("weekdays match the calendar") {
    // 0 = maandag
    CHECK(Date{2020, 9, 22}.weekday() == 1);   // dinsdag 22 september 2020
    CHECK(Date{2020, 10, 15}.weekday() == 3);  // donderdag 15 oktober 2020
    CHECK(Date{2020, 11, 12}.weekday() == 3);  // donderdag 12 november 2020
    CHECK(Date{2021, 5, 21}.weekday() == 4);   // vrijdag 21 mei 2021
    CHECK(Date{1970, 1, 1}.weekday() == 3);
    CHECK(Date{1969, 12, 31}.weekday() == 2);
}

TEST_CASE("day numbers round-trip") {
    for (long d = -800000; d < 800000; d += 997) {
        const Date date = Date::from_days_since_epoch(d);
        CHECK(date.days_since_epoch() == d);
    }
    CHECK(Date{2021, 3, 1}.days_since_epoch() - Date{2021, 2, 28}.days_since_epoch() == 1);
}
