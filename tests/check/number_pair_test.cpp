// RS207: zaaknummer and documentnummer belong to different documents (src/check/number_pair.cpp).
// Cases: tests/check/fixtures/number_pair/; expected output: tests/check/expected/number_pair.txt.
#include "fixture_support.hpp"

using namespace check_test;

TEST_CASE("RS207 number_pair: a zaaknummer and a documentnummer of different documents, in a reference, a text and the document itself") {
    const std::string out = run_case("number_pair", "RS207", 1);
    CHECK(contains(out, "fout-paar.json:/verwijzingen/0: fout RS207: documentnummer 289409 hoort volgens het register bij zaak Z-21-52738"));
    CHECK(contains(out, "fout-paar.json:17:22: fout RS207: \"Z-21-52739/289409\""));
    CHECK(contains(out, "fout-eigen.json:/documentnummer: fout RS207: documentnummer 400002 verschilt van het documentnummer 400012 in het zaaknummer Z/22/0061204/400012"));
}
