// RS203: date marked jl. or a.s. lies on the wrong side of the document's date (src/check/relative_date.cpp).
// Cases: tests/check/fixtures/relative_date/; expected output: tests/check/expected/relative_date.txt.
#include "fixture_support.hpp"

using namespace check_test;

TEST_CASE("RS203 relative_date: jl. with a year after the document's date, a.s. with a year before it") {
    const std::string out = run_case("relative_date", "RS203", 1);
    CHECK(contains(out, "fout-jl-as.json:9:9: fout RS203: \"8 maart 2023 jl.\" ligt na de datum van de brief (13 september 2022)"));
    CHECK(contains(out, "fout-jl-as.json:10:23: fout RS203: \"medio oktober 2021 a.s.\" ligt vóór de datum van de brief (13 september 2022)"));
}
