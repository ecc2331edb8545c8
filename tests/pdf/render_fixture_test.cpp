// Not a check: writes the fixture letter as PDF and PNG pages for a person to look at. Hidden; run with
//   RAADSSTUK_RENDER_DIR=/tmp/out build-layout/tests/test_pdf "[render]"
#include <catch2/catch.hpp>
#include <cstdlib>

#include "pdf_test_support.hpp"

using namespace raadsstuk::pdf::test;

TEST_CASE("render the fixture letter for inspection", "[.][render]") {
    const char* dir = std::getenv("RAADSSTUK_RENDER_DIR");
    if (!dir) return;
    const std::filesystem::path out(dir);
    std::filesystem::create_directories(out);
    const Built b = build(fixture_request(fixture_markdown()));
    for (const auto& d : b.diagnostics) WARN(raadsstuk::diag::format(d));
    REQUIRE(b.pdf);
    write_file(out / "fixture.pdf", *b.pdf);
    const auto r = run("pdftoppm -r 60 -png " + quoted(out / "fixture.pdf") + " " + quoted(out / "fixture"));
    CHECK(r.status == 0);
}
