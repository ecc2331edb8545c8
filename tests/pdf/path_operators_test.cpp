// PathOperators writes a page's path, colour and line-width operators as libharu's page functions write
// them: the same bytes for the same values, so that the PDFs stay the same.
#include <catch2/catch.hpp>

#include <hpdf_doc.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <string>

#include "pdf/hpdf_document.hpp"
#include "pdf/path_operators.hpp"

namespace pdf = raadsstuk::pdf;

namespace {

// What libharu wrote into the page's content stream.
std::string drawn(HPDF_Page page) {
    auto* attr = static_cast<HPDF_PageAttr>(page->attr);
    std::string out;
    for (HPDF_UINT i = 0; i < HPDF_MemStream_GetBufCount(attr->stream); ++i) {
        HPDF_UINT length = 0;
        const HPDF_BYTE* data = HPDF_MemStream_GetBufPtr(attr->stream, i, &length);
        out.append(reinterpret_cast<const char*>(data), length);
    }
    return out;
}

}  // namespace

TEST_CASE("path operators: the bytes of libharu's page functions for the same values", "[path-operators]") {
    // Coordinates as the layout makes them, fractions libharu rounds, tiny and negative values, and values
    // beyond libharu's limit of 32767.
    const double values[] = {0, 1, 0.5, 595.276, 841.89, 70.86614173, 1.0 / 3, -3.5, 1e-7, -0.000004, 12345.678901, 40000};
    pdf::detail::HpdfDocument doc;
    HPDF_Page page = HPDF_AddPage(doc.get());
    REQUIRE(page);
    std::string ours;
    pdf::detail::PathOperators path(ours);
    for (const double a : values)
        for (const double b : {0.25, 100.125, -7.0}) {
            HPDF_Page_MoveTo(page, static_cast<HPDF_REAL>(a), static_cast<HPDF_REAL>(b));
            path.move_to(a, b);
            HPDF_Page_LineTo(page, static_cast<HPDF_REAL>(b), static_cast<HPDF_REAL>(a));
            path.line_to(b, a);
            HPDF_Page_CurveTo(page, a, b, a + 1, b - 1, a / 2, b / 3);
            path.curve_to(a, b, a + 1, b - 1, a / 2, b / 3);
            HPDF_Page_ClosePath(page);
            path.close_path();
            HPDF_Page_Stroke(page);
            path.stroke();
            HPDF_Page_Rectangle(page, a, b, b, a);
            path.rectangle(a, b, b, a);
            HPDF_Page_Fill(page);
            path.fill();
            HPDF_Page_Rectangle(page, b, a, a, b);
            path.rectangle(b, a, a, b);
            HPDF_Page_FillStroke(page);
            path.fill_stroke();
        }
    for (const double v : {0.0, 1.0, 0.26275, 43 / 255.0, 0.99999, 1.0 / 7}) {
        HPDF_Page_SetRGBFill(page, v, 1 - v, v / 2);
        CHECK(path.set_rgb_fill(v, 1 - v, v / 2));
        HPDF_Page_SetRGBStroke(page, v / 2, v, 1 - v);
        CHECK(path.set_rgb_stroke(v / 2, v, 1 - v));
        HPDF_Page_SetLineWidth(page, v * 3);
        CHECK(path.set_line_width(v * 3));
    }
    REQUIRE(!doc.failed());
    CHECK(ours == drawn(page));
    CHECK(ours.find("70.86614 0.25 m\n") != std::string::npos);

    // What libharu refuses writes nothing.
    const std::string before = ours;
    CHECK(!path.set_rgb_fill(1.5, 0, 0));
    CHECK(!path.set_rgb_stroke(0, -0.1, 0));
    CHECK(!path.set_line_width(-1));
    CHECK(ours == before);
}
