#include <catch2/catch.hpp>

#include "layout/font_library.hpp"

using namespace raadsstuk;
using layout::FontLibrary;

namespace {

std::shared_ptr<const layout::TrueTypeFont> system_font(const std::string& name) {
    model::Environment env;
    auto path = FontLibrary::shared().find(name, env);
    REQUIRE(path);
    auto font = FontLibrary::shared().load(*path);
    REQUIRE(font);
    return font;
}

}  // namespace

TEST_CASE("TrueType reader: metrics of Liberation Sans Regular", "[ttf]") {
    const auto font = system_font("LiberationSans-Regular.ttf");
    CHECK(font->units_per_em() == 2048);
    // Liberation Sans is metric-compatible with Arial: space 569, 'a' 1139, 'W' 1933, 'i' 455 (of 2048).
    CHECK(font->advance_width_of(U' ') == 569);
    CHECK(font->advance_width_of(U'a') == 1139);
    CHECK(font->advance_width_of(U'W') == 1933);
    CHECK(font->advance_width_of(U'i') == 455);
    CHECK(font->advance(U'a', 10) == Approx(1139 * 10.0 / 2048));
    CHECK(font->ascender() > 0);
    CHECK(font->descender() < 0);
}

TEST_CASE("TrueType reader: glyph-exists test", "[ttf]") {
    const auto liberation = system_font("LiberationSans-Regular.ttf");
    const auto dejavu = system_font("DejaVuSans.ttf");
    CHECK(liberation->has_glyph(U'ë'));
    CHECK(liberation->has_glyph(U'€'));
    CHECK(liberation->has_glyph(U'\u2019'));
    CHECK_FALSE(liberation->has_glyph(U'\u27A2'));  // ➢
    CHECK(dejavu->has_glyph(U'\u27A2'));
    CHECK(dejavu->has_glyph(U'\U0001D538'));   // 𝔸, only in the format 12 cmap
    CHECK_FALSE(dejavu->has_glyph(U'\u4E00'));      // no CJK
    CHECK(liberation->glyph_id(U'ë') != liberation->glyph_id(U'e'));
}

TEST_CASE("TrueType reader: rejects what is not a TrueType font", "[ttf]") {
    std::string why;
    CHECK_FALSE(layout::TrueTypeFont::parse("not a font at all", &why));
    CHECK_FALSE(why.empty());
    CHECK_FALSE(layout::TrueTypeFont::parse(std::string(12, '\0'), &why));
}

TEST_CASE("Font library: finds fonts recursively and reads each file once", "[fonts]") {
    FontLibrary library;
    model::Environment env;
    env.font_dirs = {"/nonexistent", "/usr/share/fonts"};
    const auto path = library.find("LiberationSans-Bold.ttf", env);
    REQUIRE(path);
    CHECK(path->filename() == "LiberationSans-Bold.ttf");
    CHECK_FALSE(library.find("NoSuchFont.ttf", env));
    const auto a = library.load(*path);
    const auto b = library.load(*path);
    REQUIRE(a);
    CHECK(a == b);
    CHECK(library.files_read() == 1);
    std::string why;
    CHECK_FALSE(library.load("/nonexistent/x.ttf", &why));
    CHECK_FALSE(why.empty());
}

TEST_CASE("TrueType reader: the raw tables stay readable for the PDF stage", "[ttf]") {
    const auto font = system_font("LiberationSans-Regular.ttf");
    const std::string_view head = font->table("head");
    REQUIRE(head.size() == 54);
    // head.magicNumber 0x5F0F3CF5 at offset 12, unitsPerEm at 18.
    CHECK(static_cast<unsigned char>(head[12]) == 0x5F);
    CHECK(static_cast<unsigned char>(head[15]) == 0xF5);
    CHECK(((static_cast<unsigned char>(head[18]) << 8) | static_cast<unsigned char>(head[19])) == font->units_per_em());
    CHECK(!font->table("glyf").empty());
    CHECK(!font->table("OS/2").empty());
    CHECK(font->table("CFF ").empty());
    // A copy shares the bytes and still reads them after the original is gone.
    std::optional<layout::TrueTypeFont> copy;
    {
        layout::TrueTypeFont original = *font;
        copy = original;
    }
    CHECK(copy->table("head") == head);
}
