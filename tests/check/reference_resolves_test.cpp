// RS206: reference is not in the register (src/check/reference_resolves.cpp).
// Cases: tests/check/fixtures/reference_resolves/; expected output: tests/check/expected/reference_resolves.txt.
#include "fixture_support.hpp"

using namespace check_test;

TEST_CASE("RS206 reference_resolves: a reference by documentnummer or by zaaknummer that the register does not have") {
    const std::string out = run_case("reference_resolves", "RS206", 1);
    CHECK(contains(out, "fout-onbekend.json:/verwijzingen/0/documentnummer: fout RS206: verwijzing naar documentnummer 289499: staat niet in het register\n  hint: in zaak Z-21-52738 staan wel: 289409"));
    CHECK(contains(out, "fout-onbekend.json:/verwijzingen/1/zaaknummer: fout RS206: verwijzing naar zaak Z-21-99999"));
    // goed-bekend.json finds the zaak written in another style, Z/21/052738: zaaknummers are compared by their parts.
}
