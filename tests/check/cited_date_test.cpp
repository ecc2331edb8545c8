// RS204: date in a text differs from the register's date of the document cited with it (src/check/cited_date.cpp).
// Cases: tests/check/fixtures/cited_date/; expected output: tests/check/expected/cited_date.txt.
#include "fixture_support.hpp"

using namespace check_test;

TEST_CASE("RS204 cited_date: a date in the sentence that cites a document by number differs from the register") {
    const std::string out = run_case("cited_date", "RS204", 1);
    CHECK(contains(out, "fout-datum.json:9:35: fout RS204: \"9 maart jl.\" is 9 maart 2022, maar Z-21-52738/289409 is volgens het register van 8 maart 2022"));
    // goed-datum.json: two dates in one sentence, one of them the cited document's, is not a finding.
}
