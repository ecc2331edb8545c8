// RS201: date in a text does not exist (src/check/text_date_exists.cpp).
// Cases: tests/check/fixtures/text_date_exists/; expected output: tests/check/expected/text_date_exists.txt.
#include "fixture_support.hpp"

using namespace check_test;

TEST_CASE("RS201 text_date_exists: a date in a text that does not exist, with and without a year, the place counts escapes") {
    const std::string out = run_case("text_date_exists", "RS201", 1);
    CHECK(contains(out, "data/documenten/fout-niet-bestaand.json:9:26: fout RS201: \"31 september 2022\" is geen bestaande datum: september 2022 heeft 30 dagen"));
    // 29 februari exists in some years: without a year only 30 and 31 februari are impossible.
    CHECK(contains(out, "\"30 februari jl.\" is geen bestaande datum: februari heeft nooit meer dan 29 dagen"));
    CHECK(contains(out, "\"29 februari 2021\" is geen bestaande datum: februari 2021 heeft 28 dagen"));
}
