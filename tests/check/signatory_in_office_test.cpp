// RS216: named signatory is not in office on the document's date (src/check/signatory_in_office.cpp).
// Cases: tests/check/fixtures/signatory_in_office/; expected output: tests/check/expected/signatory_in_office.txt.
#include "fixture_support.hpp"

using namespace check_test;

TEST_CASE("RS216 signatory_in_office: a named signatory who had left office, and a name the gemeente does not know") {
    const std::string out = run_case("signatory_in_office", "RS216", 1);
    CHECK(contains(out, "fout-vertrokken.json:/ondertekening/1/naam: fout RS216: \"A. Eerste\" is niet in functie op 1 maart 2021 (de datum van de brief): burgemeester van 1 januari 2015 tot en met 31 december 2020\n  hint: op die datum is drs. B. Tweede burgemeester"));
    CHECK(contains(out, "fout-onbekend.json:/ondertekening/0/naam: fout RS216: \"Z. Onbekend\" staat niet bij de functionarissen van data/gemeenten/teststad.json"));
}
