// RS215: documentnummers do not rise with the dates of the documents (src/check/documentnummer_rising.cpp).
// Cases: tests/check/fixtures/documentnummer_rising/; expected output: tests/check/expected/documentnummer_rising.txt.
#include "fixture_support.hpp"

using namespace check_test;

TEST_CASE("RS215 documentnummer_rising: of four documents in date order the one whose number breaks the rising order, not its neighbours") {
    const std::string out = run_case("documentnummer_rising", "RS215", 0);
    CHECK(contains(out, "fout-tikfout.json:/documentnummer: waarschuwing RS215: documentnummer 390200 (10 februari 2022) is hoger dan dat van een later stuk: 300300 van 10 maart 2022 (data/documenten/goed-c.json)"));
}
