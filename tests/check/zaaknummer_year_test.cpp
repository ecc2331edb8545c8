// RS213: year in the zaaknummer is after the document's date (src/check/zaaknummer_year.cpp).
// Cases: tests/check/fixtures/zaaknummer_year/; expected output: tests/check/expected/zaaknummer_year.txt.
#include "fixture_support.hpp"

using namespace check_test;

TEST_CASE("RS213 zaaknummer_year: the year in a zaaknummer after the date, in a document, a reference and a register file") {
    const std::string out = run_case("zaaknummer_year", "RS213", 1);
    CHECK(contains(out, "fout-jaar.json:/zaaknummer: fout RS213: zaaknummer Z-24-10482 is van 2024, na de datum van de brief (1 februari 2023)"));
    CHECK(contains(out, "data/register/fout-register.json:/documenten/0/zaaknummer: fout RS213: zaaknummer Z-23-20001 is van 2023, na de datum van het stuk (1 december 2022)"));
}
