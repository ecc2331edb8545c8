#pragma once
// A minimal TrueType reader: just enough to measure text the way the PDF viewer will draw it (advance
// widths, no kerning: libharu does not kern either) and to know whether a font has a glyph for a character.
// Reads the tables head, hhea, maxp, hmtx and cmap (format 4 and format 12), and keeps the file's bytes so
// that the PDF stage can read any other table (glyf, loca, name, post, OS/2) to embed a subset.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace raadsstuk::layout {

class TrueTypeFont {
public:
    // Parses the bytes of a .ttf file; nullopt (and a reason in *error) when they are not a usable font.
    static std::optional<TrueTypeFont> parse(const std::string& bytes, std::string* error = nullptr);

    int units_per_em() const { return units_per_em_; }
    int ascender() const { return ascender_; }    // font units, positive
    int descender() const { return descender_; }  // font units, negative
    int glyph_count() const { return glyph_count_; }

    std::uint16_t glyph_id(char32_t code_point) const;  // 0 = .notdef (no glyph)
    bool has_glyph(char32_t code_point) const { return glyph_id(code_point) != 0; }
    int advance_width(std::uint16_t glyph) const;        // font units
    int advance_width_of(char32_t code_point) const { return advance_width(glyph_id(code_point)); }
    // Advance of a code point in points at a font size.
    double advance(char32_t code_point, double size) const {
        return advance_width_of(code_point) * size / units_per_em_;
    }

    // The bytes of a table ("glyf", "OS/2"), empty when the font has none. Valid as long as this font (or
    // a copy of it) lives: copies share the file's bytes.
    std::string_view table(std::string_view tag) const;

private:
    struct Group {
        char32_t first, last;
        std::uint32_t first_glyph;
    };
    int units_per_em_ = 1000;
    int ascender_ = 0;
    int descender_ = 0;
    int glyph_count_ = 0;
    std::vector<std::uint16_t> advances_;   // per hmetric
    std::vector<std::uint16_t> bmp_;         // code point < 0x10000 -> glyph
    std::vector<Group> supplementary_;       // sorted groups for code points >= 0x10000
    std::shared_ptr<const std::string> bytes_;  // the whole file
    std::map<std::string, std::pair<std::uint32_t, std::uint32_t>, std::less<>> tables_;  // tag -> offset, length
};

}  // namespace raadsstuk::layout
