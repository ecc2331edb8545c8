// Dictionary entries written as text (pdf/literal_entries.hpp), a font's /W array and /CIDToGIDMap made by
// cid_font_entries, save to the bytes of libharu's own arrays and names.
#include <catch2/catch.hpp>

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pdf/embedded_font.hpp"
#include "pdf/hpdf_document.hpp"
#include "pdf/hpdf_streams.hpp"
#include "pdf/literal_entries.hpp"
#include "saved_document.hpp"

namespace pdf = raadsstuk::pdf;
using pdf::detail::HpdfDocument;
using pdf::test::saved_by_libharu;
using pdf::test::saved_to_string;

TEST_CASE("literal entries: a font's /W array as text saves as libharu's arrays of numbers", "[literal-entries]") {
    // 5,000 widths: two runs, the second from glyph 4096, as libharu's limit on array elements asks.
    for (const std::size_t n : {std::size_t{1}, std::size_t{60}, std::size_t{5000}}) {
        INFO(n << " widths");
        std::vector<int> widths;
        for (std::size_t g = 0; g < n; ++g) widths.push_back(static_cast<int>(g * 37 % 1200) - 100);

        HpdfDocument theirs;
        HPDF_Dict a = HPDF_Dict_New(theirs.get()->mmgr);
        REQUIRE(a);
        REQUIRE(HPDF_Xref_Add(theirs.get()->xref, a) == HPDF_OK);
        REQUIRE(HPDF_Dict_AddName(a, "Type", "Font") == HPDF_OK);
        HPDF_Array w = HPDF_Array_New(theirs.get()->mmgr);
        REQUIRE(HPDF_Dict_Add(a, "W", w) == HPDF_OK);
        HPDF_Array run = nullptr;
        for (std::size_t g = 0; g < n; ++g) {
            if (g % 4096 == 0) {
                run = HPDF_Array_New(theirs.get()->mmgr);
                REQUIRE(HPDF_Array_AddNumber(w, static_cast<HPDF_INT32>(g)) == HPDF_OK);
                REQUIRE(HPDF_Array_Add(w, run) == HPDF_OK);
            }
            REQUIRE(HPDF_Array_AddNumber(run, widths[g]) == HPDF_OK);
        }
        REQUIRE(HPDF_Dict_AddName(a, "CIDToGIDMap", "Identity") == HPDF_OK);
        const std::string expected = saved_by_libharu(theirs);

        HpdfDocument ours;
        HPDF_Dict b = HPDF_Dict_New(ours.get()->mmgr);
        REQUIRE(b);
        REQUIRE(HPDF_Xref_Add(ours.get()->xref, b) == HPDF_OK);
        REQUIRE(HPDF_Dict_AddName(b, "Type", "Font") == HPDF_OK);
        auto text = std::make_shared<const std::string>(pdf::detail::cid_font_entries(widths));
        REQUIRE(pdf::detail::add_literal_entries(b, text, *text));
        CHECK(!pdf::detail::add_literal_entries(b, text, *text));  // one write hook per dictionary
        text.reset();
        CHECK(saved_to_string(ours) == expected);
    }
}
