// RS221: attachments are numbered with a gap or out of order (src/check/attachment_numbering.cpp).
// Cases: tests/check/fixtures/attachment_numbering/; expected output: tests/check/expected/attachment_numbering.txt.
#include "fixture_support.hpp"

using namespace check_test;

TEST_CASE("RS221 attachment_numbering: a number in an attachment title that is not its place, a gap in the voorstel's list of bijlagen") {
    const std::string out = run_case("attachment_numbering", "RS221", 1);
    CHECK(contains(out, "fout-titels.json:/bijlagen/1: fout RS221: bijlage 2 heeft nummer 3 in de titel (\"Bijlage 3: Kaart\")"));
    CHECK(contains(out, "fout-voorstel.json:32:34: fout RS221: de opsomming van bijlagen springt van 2 naar 4"));
    // goed-titels.json: "1.5 miljoen inwoners" as a third title is a number, not a numbering.
}
