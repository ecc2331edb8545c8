// RS202: weekday in a text does not match its date (src/check/text_weekday.cpp).
// Cases: tests/check/fixtures/text_weekday/; expected output: tests/check/expected/text_weekday.txt.
#include "fixture_support.hpp"

using namespace check_test;

TEST_CASE("RS202 text_weekday: a weekday that the calendar contradicts, a date without a year is read against the document's date") {
    const std::string out = run_case("text_weekday", "RS202", 1);
    CHECK(contains(out, "fout-weekdag.json:9:21: fout RS202: \"woensdag 12 november 2020\": 12 november 2020 is een donderdag, geen woensdag\n  hint: bedoelt u donderdag 12 november 2020, of woensdag 11 november 2020?"));
    CHECK(contains(out, "\"maandag 8 maart jl.\": 8 maart 2022 (gelezen bij de datum van de brief, 13 september 2022) is een dinsdag"));
}
