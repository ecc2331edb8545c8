// RS212: zaaknummer matches none of the gemeente's patterns (src/check/zaaknummer_pattern.cpp).
// Cases: tests/check/fixtures/zaaknummer_pattern/; expected output: tests/check/expected/zaaknummer_pattern.txt.
#include "fixture_support.hpp"

using namespace check_test;

TEST_CASE("RS212 zaaknummer_pattern: a zaaknummer of the document or of a reference that no pattern of the gemeente reads") {
    const std::string out = run_case("zaaknummer_pattern", "RS212", 1);
    CHECK(contains(out, "fout-patroon.json:/zaaknummer: waarschuwing RS212: zaaknummer \"Z-2l-52738\" past bij geen van de zaaknummerpatronen van gemeente teststad"));
    CHECK(contains(out, "fout-patroon.json:/verwijzingen/0/zaaknummer: waarschuwing RS212: zaaknummer \"ZK-21-52738\""));
}
