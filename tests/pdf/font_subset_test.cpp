// The TrueType subsets that the PDF embeds (pdf/font_subset.hpp): they parse back with our own reader, keep
// the metrics and outlines of the glyphs they keep, and carry the components of composite glyphs.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string_view>

#include "layout/font_library.hpp"
#include "pdf/embedded_font.hpp"
#include "pdf/font_subset.hpp"
#include "pdf/text_operators.hpp"

using namespace raadsstuk;

namespace {

std::shared_ptr<const layout::TrueTypeFont> system_font(const std::string& name) {
    model::Environment env;
    auto path = layout::FontLibrary::shared().find(name, env);
    REQUIRE(path);
    auto font = layout::FontLibrary::shared().load(*path);
    REQUIRE(font);
    return font;
}

std::uint16_t u16(std::string_view d, std::size_t o) {
    return static_cast<std::uint16_t>((static_cast<unsigned char>(d[o]) << 8) | static_cast<unsigned char>(d[o + 1]));
}
std::uint32_t u32(std::string_view d, std::size_t o) { return (std::uint32_t{u16(d, o)} << 16) | u16(d, o + 2); }

// The outline bytes of a glyph: its loca range in glyf.
std::string_view glyph_bytes(const layout::TrueTypeFont& f, std::uint16_t g) {
    const bool long_loca = u16(f.table("head"), 50) != 0;
    const std::string_view loca = f.table("loca"), glyf = f.table("glyf");
    const std::uint32_t from = long_loca ? u32(loca, 4u * g) : 2u * u16(loca, 2u * g);
    const std::uint32_t to = long_loca ? u32(loca, 4u * g + 4) : 2u * u16(loca, 2u * g + 2);
    return glyf.substr(from, to - from);
}

std::uint32_t sum32(std::string_view d) {
    std::uint32_t s = 0;
    for (std::size_t i = 0; i + 4 <= d.size(); i += 4) s += u32(d, i);
    return s;
}

}  // namespace

TEST_CASE("font subset: parses back, one glyph per character in order, metrics as in the original", "[font-subset]") {
    const auto font = system_font("LiberationSans-Regular.ttf");
    const std::set<char32_t> chars{U' ', U'\u00A0', U'a', U'b', U'c', U'W', U'ë', U'€', U'\u2019'};
    std::string error;
    const auto subset = pdf::detail::subset_font(*font, chars, &error);
    REQUIRE(subset);
    INFO(error);
    const auto parsed = layout::TrueTypeFont::parse(subset->program, &error);
    REQUIRE(parsed);
    CHECK(parsed->units_per_em() == font->units_per_em());
    CHECK(parsed->ascender() == font->ascender());
    CHECK(parsed->descender() == font->descender());
    // .notdef + one glyph per character, each character with its own glyph (space and no-break space too).
    CHECK(subset->characters.size() == chars.size());
    CHECK(parsed->glyph_count() >= static_cast<int>(chars.size()) + 1);
    std::uint16_t expected = 1;
    for (char32_t c : chars) {
        INFO("U+" << std::hex << static_cast<unsigned>(c));
        CHECK(subset->glyph_of(c) == expected);
        CHECK(parsed->glyph_id(c) == expected);
        CHECK(subset->source_glyphs[expected] == font->glyph_id(c));
        CHECK(parsed->advance_width_of(c) == font->advance_width_of(c));
        ++expected;
    }
    CHECK(subset->glyph_of(U'z') == 0);
    CHECK(parsed->advance_width(0) == font->advance_width(0));
    // The outline of a simple glyph is kept point for point: the same header (bounding box) and, after the
    // emptied instructions, the same flags and coordinates at the end.
    const std::string_view before = glyph_bytes(*font, font->glyph_id(U'a'));
    const std::string_view after = glyph_bytes(*parsed, subset->glyph_of(U'a'));
    CHECK(after.substr(0, 10) == before.substr(0, 10));
    const std::size_t contours = u16(before, 0);
    CHECK(u16(after, 10 + 2 * contours) == 0);  // no instructions
    const std::size_t before_instructions = u16(before, 10 + 2 * contours);
    const std::string_view rest_before = before.substr(12 + 2 * contours + before_instructions);
    const std::string_view rest_after = after.substr(12 + 2 * contours);
    CHECK(rest_after.substr(0, rest_before.size()) == rest_before.substr(0, rest_after.size()));
    CHECK(after.size() < before.size());
    // The space has no outline.
    CHECK(glyph_bytes(*parsed, subset->glyph_of(U' ')).empty());
}

TEST_CASE("font subset: table checksums and the whole-file checksum are right, tables 4-byte aligned", "[font-subset]") {
    const auto font = system_font("LiberationSans-Bold.ttf");
    const auto subset = pdf::detail::subset_font(*font, {U'R', U'a', U'd', U'e', U'n'});
    REQUIRE(subset);
    const std::string& p = subset->program;
    REQUIRE(p.size() % 4 == 0);
    const std::uint16_t tables = u16(p, 4);
    CHECK(tables == 8);
    std::string previous;
    for (std::uint16_t i = 0; i < tables; ++i) {
        const std::size_t rec = 12 + 16u * i;
        const std::string tag = p.substr(rec, 4);
        INFO(tag);
        CHECK(tag > previous);  // sorted
        previous = tag;
        const std::uint32_t offset = u32(p, rec + 8), length = u32(p, rec + 12);
        CHECK(offset % 4 == 0);
        REQUIRE(offset + length <= p.size());
        std::string data = p.substr(offset, (length + 3) / 4 * 4);
        if (tag == "head") data.replace(8, 4, 4, '\0');
        CHECK(sum32(data) == u32(p, rec + 4));
    }
    CHECK(sum32(p) == 0xB1B0AFBAu);  // what checkSumAdjustment makes of the whole file
}

TEST_CASE("font subset: the components of a composite glyph are kept and renumbered", "[font-subset]") {
    const auto font = system_font("DejaVuSans.ttf");
    // In DejaVu Sans, "ë" is a composite glyph of "e" and the diaeresis.
    const std::string_view original = glyph_bytes(*font, font->glyph_id(U'ë'));
    REQUIRE(static_cast<std::int16_t>(u16(original, 0)) < 0);
    const auto subset = pdf::detail::subset_font(*font, {U'ë'});
    REQUIRE(subset);
    const auto parsed = layout::TrueTypeFont::parse(subset->program);
    REQUIRE(parsed);
    // .notdef, ë, and its components after it.
    REQUIRE(subset->source_glyphs.size() >= 3);
    CHECK(parsed->glyph_count() == static_cast<int>(subset->source_glyphs.size()));
    const std::string_view composite = glyph_bytes(*parsed, 1);
    REQUIRE(static_cast<std::int16_t>(u16(composite, 0)) < 0);
    std::size_t at = 10;
    std::uint16_t flags = 0;
    int components = 0;
    do {
        flags = u16(composite, at);
        const std::uint16_t component = u16(composite, at + 2);
        INFO("component " << components);
        REQUIRE(component < subset->source_glyphs.size());
        CHECK(component >= 2);
        CHECK(!glyph_bytes(*parsed, component).empty());  // its outline is there
        CHECK(glyph_bytes(*parsed, component).substr(0, 10) ==
              glyph_bytes(*font, subset->source_glyphs[component]).substr(0, 10));
        CHECK((flags & 0x0100) == 0);  // instructions dropped
        at += 4 + ((flags & 1) ? 4 : 2) + ((flags & 8) ? 2 : (flags & 0x40) ? 4 : (flags & 0x80) ? 8 : 0);
        ++components;
    } while (flags & 0x20);
    CHECK(components == 2);
    CHECK(parsed->advance_width(1) == font->advance_width_of(U'ë'));
}

TEST_CASE("font subset: characters beyond U+FFFF get a format 12 cmap", "[font-subset]") {
    const auto font = system_font("DejaVuSans.ttf");
    const std::set<char32_t> chars{U'A', U'\u27A2', U'\U0001D538'};  // A, ➢, double-struck A
    for (char32_t c : chars) REQUIRE(font->has_glyph(c));
    const auto subset = pdf::detail::subset_font(*font, chars);
    REQUIRE(subset);
    const auto parsed = layout::TrueTypeFont::parse(subset->program);
    REQUIRE(parsed);
    CHECK(parsed->glyph_id(U'A') == 1);
    CHECK(parsed->glyph_id(U'\u27A2') == 2);
    CHECK(parsed->glyph_id(U'\U0001D538') == 3);
    CHECK(parsed->advance_width_of(U'\U0001D538') == font->advance_width_of(U'\U0001D538'));
}

TEST_CASE("font subset: the tag is six capitals from the face and its characters", "[font-subset]") {
    const std::string a = pdf::detail::subset_tag("LiberationSans", {U'a', U'b'});
    CHECK(a.size() == 6);
    for (char c : a) CHECK((c >= 'A' && c <= 'Z'));
    CHECK(pdf::detail::subset_tag("LiberationSans", {U'a', U'b'}) == a);
    CHECK(pdf::detail::subset_tag("LiberationSans", {U'a', U'c'}) != a);
    CHECK(pdf::detail::subset_tag("LiberationSans-Bold", {U'a', U'b'}) != a);
}

TEST_CASE("text operators: glyph codes as two bytes, word spacing as TJ adjustments after each space", "[font-subset]") {
    using namespace std::string_literals;
    const auto font = system_font("LiberationSans-Regular.ttf");
    const auto subset = pdf::detail::subset_font(*font, {U' ', U'a', U'b'});
    REQUIRE(subset);
    std::string out;
    pdf::detail::append_show_text(out, *subset, "ab ba", 0);
    CHECK(out == "[(\0\2\0\3\0\1\0\3\0\2)] TJ\n"s);
    out.clear();
    pdf::detail::append_show_text(out, *subset, "a b a", -123.4567);
    CHECK(out == "[(\0\2\0\1) -123.457 (\0\3\0\1) -123.457 (\0\2)] TJ\n"s);
    out.clear();
    pdf::detail::append_show_text(out, *subset, "a ", -50);
    CHECK(out == "[(\0\2\0\1) -50] TJ\n"s);
    out.clear();
    for (double v : {12.5, 0.0, -0.0001, 100.0, 595.276, -3.14159}) {
        pdf::detail::append_number(out, v);
        out += ' ';
    }
    CHECK(out == "12.5 0 0 100 595.276 -3.142 ");
}

TEST_CASE("text operators: a glyph code byte that is a string delimiter or CR is escaped", "[font-subset]") {
    // Glyphs are numbered in the order of the characters: with U+0021..U+007E in the subset, '-' is glyph
    // 13 (CR), 'H' 40 '(', 'I' 41 ')' and '|' 92 '\\'. Unescaped, a reader would end the string early or
    // read CR as LF, and draw other glyphs than these.
    using namespace std::string_literals;
    const auto font = system_font("LiberationSans-Regular.ttf");
    std::set<char32_t> chars;
    for (char32_t c = 0x21; c <= 0x7E; ++c) chars.insert(c);
    const auto subset = pdf::detail::subset_font(*font, chars);
    REQUIRE(subset);
    REQUIRE(subset->glyph_of(U'-') == 13);
    REQUIRE(subset->glyph_of(U'H') == 40);
    REQUIRE(subset->glyph_of(U'I') == 41);
    REQUIRE(subset->glyph_of(U'|') == 92);
    std::string out;
    pdf::detail::append_show_text(out, *subset, "-HI|!", 0);
    CHECK(out == "[(\0\\r\0\\(\0\\)\0\\\\\0\1)] TJ\n"s);
}

TEST_CASE("text operators: ASCII codes from the subset's table, other characters looked up, both in one run", "[font-subset]") {
    // Glyphs in the order of the characters: a 1, b 2, é 3; x is not in the subset and is drawn as glyph 0.
    using namespace std::string_literals;
    const auto font = system_font("LiberationSans-Regular.ttf");
    const auto subset = pdf::detail::subset_font(*font, {U'a', U'b', U'\u00E9'});
    REQUIRE(subset);
    const pdf::detail::AsciiCodes ascii = pdf::detail::ascii_codes(*subset);
    std::string out;
    pdf::detail::append_show_text(out, *subset, ascii, "a\u00E9bx\u00E9", 0);
    CHECK(out == "[(\0\1\0\3\0\2\0\0\0\3)] TJ\n"s);
    CHECK(std::string(ascii.bytes[U'b'].data(), ascii.length[U'b']) == "\0\2"s);
    CHECK(ascii.length[U'x'] == 2);
}

TEST_CASE("font subset: a damaged font file gives a reason or a subset that parses, never a crash", "[font-subset]") {
    // A gemeente's font directory may hold any file. Damaged copies of a real font (bytes overwritten,
    // files cut short) that the reader still accepts must subset cleanly or be refused with a reason;
    // the sanitizer build runs this too.
    model::Environment env;
    const auto path = layout::FontLibrary::shared().find("LiberationSans-Regular.ttf", env);
    REQUIRE(path);
    std::ifstream in(*path, std::ios::binary);
    const std::string original((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::uint32_t state = 12345;
    const auto next = [&] { return state = state * 1103515245u + 12345u, state >> 8; };
    int accepted = 0, refused = 0;
    for (int round = 0; round < 120; ++round) {
        std::string bytes = original;
        for (int i = 0, n = 1 + static_cast<int>(next() % 300); i < n; ++i) bytes[next() % bytes.size()] = static_cast<char>(next());
        if (round % 5 == 0) bytes.resize(next() % bytes.size());
        const auto font = layout::TrueTypeFont::parse(bytes);
        if (!font) continue;
        std::set<char32_t> chars{U' ', U'a', U'ë', U'€'};
        for (int i = 0; i < 60; ++i) chars.insert(static_cast<char32_t>(0x20 + next() % 0x2000));
        std::string error;
        const auto subset = pdf::detail::subset_font(*font, chars, &error);
        INFO("round " << round);
        if (!subset) {
            CHECK(!error.empty());
            ++refused;
            continue;
        }
        const auto back = layout::TrueTypeFont::parse(subset->program);
        REQUIRE(back);
        CHECK(back->glyph_count() == static_cast<int>(subset->source_glyphs.size()));
        ++accepted;
    }
    CHECK(accepted + refused > 60);  // most damaged copies still pass the reader
    CHECK(accepted > 10);
}
