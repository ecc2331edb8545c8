// RS219: same domain has contradicting statuses in documents of the same date (src/check/status_agreement.cpp).
// Cases: tests/check/fixtures/status_agreement/; expected output: tests/check/expected/status_agreement.txt.
#include "fixture_support.hpp"

using namespace check_test;

TEST_CASE("RS219 status_agreement: two letters of one date that report one domain differently, case and spaces of the name do not count") {
    const std::string out = run_case("status_agreement", "RS219", 1);
    CHECK(contains(out, "fout-a.json:/status/onderdelen/1/status: fout RS219: \"Jeugd\" heeft hier status \"in onderzoek\", maar op dezelfde datum (13 september 2022) data/documenten/fout-b.json meldt \"besloten\""));
    CHECK(contains(out, "fout-b.json:/status/onderdelen/0/status: fout RS219:"));
}
