// RS223: portefeuillehouder is no longer in office on the date of the raad (src/check/portfolio_holder_council.cpp).
// Cases: tests/check/fixtures/portfolio_holder_council/; expected output: tests/check/expected/portfolio_holder_council.txt.
#include "fixture_support.hpp"

using namespace check_test;

TEST_CASE("RS223 portfolio_holder_council: a portefeuillehouder whose term ends between the collegebesluit and the raad") {
    const std::string out = run_case("portfolio_holder_council", "RS223", 0);
    CHECK(contains(out, "fout-portefeuillehouder.json:/portefeuillehouder/naam: waarschuwing RS223: \"E. Wethouder\" is op 30 juni 2022 (de raadsvergadering) geen wethouder meer (tot en met 1 juni 2022)"));
}
