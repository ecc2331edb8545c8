// RS209: reference's date differs from the register (src/check/reference_date.cpp).
// Cases: tests/check/fixtures/reference_date/; expected output: tests/check/expected/reference_date.txt.
#include "fixture_support.hpp"

using namespace check_test;

TEST_CASE("RS209 reference_date: a reference whose date is not the register's") {
    const std::string out = run_case("reference_date", "RS209", 1);
    CHECK(contains(out, "fout-datum.json:/verwijzingen/0/datum: fout RS209: verwijzing gedateerd 9 maart 2022, maar Z-21-52738/289409 is volgens het register van 8 maart 2022\n  hint: schrijf \"datum\": \"2022-03-08\""));
}
