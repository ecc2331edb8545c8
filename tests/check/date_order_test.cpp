// RS205: dates of the document are out of order (src/check/date_order.cpp).
// Cases: tests/check/fixtures/date_order/; expected output: tests/check/expected/date_order.txt.
#include "fixture_support.hpp"

using namespace check_test;

TEST_CASE("RS205 date_order: a letter sent before its date, a raadsvoorstel's commissie before the college, the raad before the commissie") {
    const std::string out = run_case("date_order", "RS205", 1);
    CHECK(contains(out, "fout-verzonden.json:/verzonden: fout RS205: verzonden op 20 mei 2021, vóór de datum van de brief (21 mei 2021)"));
    CHECK(contains(out, "fout-voorstel-commissie.json:/datum_commissie: fout RS205: de commissie (19 september 2022) vergadert vóór het collegebesluit (20 september 2022)"));
    CHECK(contains(out, "fout-voorstel-raad.json:/datum_raad: fout RS205: de raad (1 oktober 2022) besluit vóór de commissie (3 oktober 2022)"));
}
