// RS210: reference is dated after the document (src/check/reference_in_past.cpp).
// Cases: tests/check/fixtures/reference_in_past/; expected output: tests/check/expected/reference_in_past.txt.
#include "fixture_support.hpp"

using namespace check_test;

TEST_CASE("RS210 reference_in_past: a reference to a document dated after the citing one, by its own date or by the register's") {
    const std::string out = run_case("reference_in_past", "RS210", 1);
    CHECK(contains(out, "fout-toekomst.json:/verwijzingen/0/datum: fout RS210: verwijzing naar een stuk van 8 maart 2022, na de datum van de brief (1 maart 2022)"));
    CHECK(contains(out, "fout-toekomst.json:/verwijzingen/1: fout RS210: verwijzing naar raadsinformatiebrief Z-21-52738/289409 van 8 maart 2022"));
}
