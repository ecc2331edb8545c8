// A logo's streams deflated once per process save to the bytes libharu writes when it deflates them itself.
#include <catch2/catch.hpp>

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <optional>
#include <string>

#include "pdf/hpdf_document.hpp"
#include "pdf/hpdf_streams.hpp"
#include "pdf/image_streams.hpp"
#include "pdf/pdfa_objects.hpp"
#include "saved_document.hpp"

namespace pdf = raadsstuk::pdf;

namespace {

// A one-page document with the fixture logo drawn, its streams deflated by libharu when saving, or by
// deflate_image_streams before.
std::string logo_document(bool cached) {
    pdf::detail::HpdfDocument doc;
    HPDF_SetCompressionMode(doc.get(), HPDF_COMP_ALL);
    HPDF_Page page = HPDF_AddPage(doc.get());
    REQUIRE(page);
    HPDF_Image image = HPDF_LoadPngImageFromFile(doc.get(), "tests/pdf/fixtures/logo.png");
    REQUIRE(image);
    REQUIRE(pdf::detail::compress_soft_mask(image));
    if (cached) REQUIRE(pdf::detail::deflate_image_streams(image));
    REQUIRE(HPDF_Page_DrawImage(page, image, 10, 10, 80, 80) == HPDF_OK);
    return pdf::test::saved_to_string(doc);
}

}  // namespace

TEST_CASE("image streams: a logo deflated once saves as libharu deflating it at every save", "[image-streams]") {
    const std::string expected = logo_document(false);
    REQUIRE(expected.find("/Subtype /Image") != std::string::npos);
    REQUIRE(expected.find("/SMask") != std::string::npos);
    const std::size_t before = pdf::detail::image_stream_cache_size();
    const std::string first = logo_document(true);
    CHECK(first == expected);
    const std::size_t after = pdf::detail::image_stream_cache_size();
    CHECK(after >= before);
    CHECK(after <= before + 2);  // the pixels and the soft mask, or already cached by an earlier test
    CHECK(logo_document(true) == expected);  // from the cache
    CHECK(pdf::detail::image_stream_cache_size() == after);
    CHECK(!pdf::detail::deflate_image_streams(nullptr));
}
