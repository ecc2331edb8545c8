// RS220: attachment mentioned in a text does not exist (src/check/attachment_mentions.cpp).
// Cases: tests/check/fixtures/attachment_mentions/; expected output: tests/check/expected/attachment_mentions.txt.
#include "fixture_support.hpp"

using namespace check_test;

TEST_CASE("RS220 attachment_mentions: Bijlage N beyond the attachments, alone and in a range, and in a letter without attachments") {
    const std::string out = run_case("attachment_mentions", "RS220", 1);
    CHECK(contains(out, "fout-bijlage.json:13:10: fout RS220: \"bijlage 3\": bijlage 3 bestaat niet; het document heeft 2 bijlagen"));
    CHECK(contains(out, "fout-bijlage.json:14:9: fout RS220: \"bijlagen 2 t/m 4\": bijlage 3 en 4 bestaan niet; het document heeft 2 bijlagen"));
    CHECK(contains(out, "fout-geen.json:9:10: fout RS220: \"Bijlage 1\": bijlage 1 bestaat niet; het document heeft geen bijlagen"));
}
