#include <catch2/catch.hpp>

#include "layout/font_library.hpp"
#include "font_fixture.hpp"
#include "layout/font_set.hpp"

using namespace raadsstuk;
using namespace raadsstuk::layout;

namespace {

using Fixture = test::DefaultFonts;

// Plain letters, Dutch letters, CP1252's extras, a character only the fallback font has (➢), one that no font
// has (U+4E00), invisible ones that are dropped (soft hyphen, zero-width space), a tab, and bytes that are not
// UTF-8.
const std::string kMixed = "Zorgcontinu\u00efteit \u20ac 5,\u2019 \u27a2 punt\u00ad \u4e00\u200b\ten \xc3(\xff z";

}  // namespace

TEST_CASE("fonts: shape_into gives the pieces of shape, to the last bit of their widths", "[fonts]") {
    Fixture f;
    for (const FontStyle style : {FontStyle::regular, FontStyle::bold, FontStyle::italic, FontStyle::bold_italic}) {
        for (const std::string& text : {std::string("samenwerkingsovereenkomst"), kMixed, std::string("\u27a2\u27a2x")}) {
            INFO(text);
            const std::vector<ShapedPiece> pieces = f.fonts.shape(text, style, 10.5);
            std::string drawn = "before";  // shape_into appends
            std::vector<ShapedRange> ranges(1);
            f.fonts.shape_into(text, style, 10.5, drawn, ranges);
            REQUIRE(ranges.size() == pieces.size() + 1);
            double sum = 0;
            for (std::size_t k = 0; k < pieces.size(); ++k) {
                const ShapedRange& r = ranges[k + 1];
                CHECK(r.font == pieces[k].font);
                CHECK(drawn.substr(r.begin, r.end - r.begin) == pieces[k].text);
                CHECK(r.width == pieces[k].width);
                sum += pieces[k].width;
            }
            CHECK(drawn.substr(0, 6) == "before");
            CHECK(f.fonts.width(text, style, 10.5) == sum);
        }
    }
    // Every missing character reported once, however often it was measured.
    std::size_t missing = 0;
    for (const auto& d : f.out) missing += d.code == "RS403";
    CHECK(missing == 1);
}

TEST_CASE("fonts: a Latin-1 character's width does not depend on what was measured before", "[fonts]") {
    Fixture first, second;
    // The second set sees the text after every other character in other styles and sizes; the widths agree.
    for (const FontStyle style : {FontStyle::bold, FontStyle::italic})
        (void)second.fonts.width("\u00e9\u00eb\u00ef\u00f6 ABC abc \t", style, 7);
    CHECK(first.fonts.width("caf\u00e9 na\u00efef", FontStyle::regular, 10) ==
          second.fonts.width("caf\u00e9 na\u00efef", FontStyle::regular, 10));
    CHECK(first.fonts.width("\t", FontStyle::regular, 10) == first.fonts.width(" ", FontStyle::regular, 10));
}
