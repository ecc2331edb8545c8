// RS218: target date of an open status lies before the document's date (src/check/status_target.cpp).
// Cases: tests/check/fixtures/status_target/; expected output: tests/check/expected/status_target.txt.
#include "fixture_support.hpp"

using namespace check_test;

TEST_CASE("RS218 status_target: an open status whose target date has passed, afgerond and future targets are fine") {
    const std::string out = run_case("status_target", "RS218", 0);
    CHECK(contains(out, "fout-streefdatum.json:/status/onderdelen/0/streefdatum: waarschuwing RS218: streefdatum \"per 2023\" van Wmo ligt vóór de datum van de brief (10 januari 2024), maar de status is nog \"besloten\""));
    CHECK(contains(out, "streefdatum \"medio 2023\" van Jeugd"));
    CHECK_FALSE(contains(out, "/status/onderdelen/2/"));  // Werk en Inkomen is afgerond
}
