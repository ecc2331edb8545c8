#include <catch2/catch.hpp>

#include "regions/status_kind.hpp"

using raadsstuk::regions::status_kind;
using raadsstuk::regions::StatusKind;

TEST_CASE("status kind: the status words of the data in their groups, case and spaces aside") {
    CHECK(status_kind("besloten") == StatusKind::decided);
    CHECK(status_kind(" Afgerond ") == StatusKind::decided);
    CHECK(status_kind("in onderzoek") == StatusKind::under_study);
    CHECK(status_kind("Stilgelegd") == StatusKind::halted);
    CHECK(status_kind("in voorbereiding") == StatusKind::other);
    CHECK(status_kind("") == StatusKind::other);
}
