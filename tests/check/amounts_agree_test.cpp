// RS222: amount in a beslispunt does not appear in the financial section (src/check/amounts_agree.cpp).
// Cases: tests/check/fixtures/amounts_agree/; expected output: tests/check/expected/amounts_agree.txt.
#include "fixture_support.hpp"

using namespace check_test;

TEST_CASE("RS222 amounts_agree: a typed amount in a beslispunt that the financien do not name, placeholders cannot disagree") {
    const std::string out = run_case("amounts_agree", "RS222", 0);
    CHECK(contains(out, "fout-bedrag.json:22:31: waarschuwing RS222: bedrag € 46.000 in beslispunt 2 staat niet in de financiële paragraaf (daar: € 64.000)"));
}
