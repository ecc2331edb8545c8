// RS211: zaaknummer or documentnummer in a text is not in the register (src/check/text_number_resolves.cpp).
// Cases: tests/check/fixtures/text_number_resolves/; expected output: tests/check/expected/text_number_resolves.txt.
#include "fixture_support.hpp"

using namespace check_test;

TEST_CASE("RS211 text_number_resolves: zaaknummers and documentnummers in a text that the register does not have") {
    const std::string out = run_case("text_number_resolves", "RS211", 1);
    CHECK(contains(out, "fout-nummers.json:9:10: fout RS211: \"Z-21-99999\" staat niet in het register"));
    CHECK(contains(out, "fout-nummers.json:9:39: fout RS211: \"777777\" staat niet in het register"));
    CHECK(contains(out, "fout-nummers.json:10:22: fout RS211: \"Z-21-52738/289499\" staat niet in het register\n  hint: in die zaak staan wel: Z-21-52738/289409 van 8 maart 2022"));
}
