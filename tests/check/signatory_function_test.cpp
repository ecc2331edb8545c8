// RS217: named signatory holds another function than the one printed (src/check/signatory_function.cpp).
// Cases: tests/check/fixtures/signatory_function/; expected output: tests/check/expected/signatory_function.txt.
#include "fixture_support.hpp"

using namespace check_test;

TEST_CASE("RS217 signatory_function: a named signatory printed as burgemeester while holding loco-burgemeester") {
    const std::string out = run_case("signatory_function", "RS217", 1);
    CHECK(contains(out, "fout-functie.json:/ondertekening/1/functie: fout RS217: \"F. Nieuw\" is op 13 september 2022 geen burgemeester maar wethouder en loco-burgemeester\n  hint: schrijf \"functie\": \"wethouder\" of \"loco-burgemeester\""));
}
