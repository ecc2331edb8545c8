// RS214: documentnummer is used by more than one document (src/check/documentnummer_unique.cpp).
// Cases: tests/check/fixtures/documentnummer_unique/; expected output: tests/check/expected/documentnummer_unique.txt.
#include "fixture_support.hpp"

using namespace check_test;

TEST_CASE("RS214 documentnummer_unique: a document that is also in a register file: both are reported, each naming the other") {
    const std::string out = run_case("documentnummer_unique", "RS214", 1);
    CHECK(contains(out, "data/documenten/fout-dubbel.json:/documentnummer: fout RS214: documentnummer 289409 hoort ook bij raadsinformatiebrief Z-21-52738/289409 van 8 maart 2022 (data/register/fout-register.json:/documenten/0)"));
    CHECK(contains(out, "data/register/fout-register.json:/documenten/0/documentnummer: fout RS214: documentnummer 289409 hoort ook bij raadsinformatiebrief Z-21-52738/289409 van 8 maart 2022 (data/documenten/fout-dubbel.json)"));
}
