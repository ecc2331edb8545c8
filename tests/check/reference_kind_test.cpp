// RS208: reference's soort differs from the register (src/check/reference_kind.cpp).
// Cases: tests/check/fixtures/reference_kind/; expected output: tests/check/expected/reference_kind.txt.
#include "fixture_support.hpp"

using namespace check_test;

TEST_CASE("RS208 reference_kind: a reference whose soort is not the register's") {
    const std::string out = run_case("reference_kind", "RS208", 1);
    CHECK(contains(out, "fout-soort.json:/verwijzingen/0/soort: fout RS208: verwijzing naar een raadsvoorstel, maar 289409 is volgens het register een raadsinformatiebrief\n  hint: schrijf \"soort\": \"raadsinformatiebrief\""));
}
