#pragma once
// A TrueType subsetter: from a font held in memory, a new TrueType file with only the glyphs of the given
// characters, renumbered compactly, for embedding in a PDF (FontFile2 of a CIDFontType2 font).
//
// The subset's glyph 0 is the original .notdef; glyph i (1..n) draws characters[i - 1], the characters in
// ascending order, so that the PDF's two-byte codes (CID = glyph id, /CIDToGIDMap /Identity) follow from the
// character alone. Two characters that share a glyph in the original (U+0020 and U+00A0) get a copy each,
// which keeps the ToUnicode map exact. The components of composite glyphs follow after the characters'
// glyphs. Hinting is dropped (no cvt/fpgm/prep, glyph instructions removed): PDF viewers rasterise
// without it, and it is a third of a face's bytes.
//
// Tables written: cmap (format 4, plus format 12 for characters above U+FFFF), glyf, head, hhea, hmtx,
// loca, maxp, post (format 3), each 4-byte aligned with its checksum, and head.checkSumAdjustment.
#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "layout/true_type_font.hpp"

namespace raadsstuk::pdf::detail {

struct FontSubset {
    std::string program;                       // the TrueType file
    std::vector<char32_t> characters;          // ascending; glyph i + 1 draws characters[i]
    std::vector<std::uint16_t> source_glyphs;  // subset glyph id -> glyph id in the original font

    // The subset's glyph for a character, 0 when the character is not in `characters`.
    std::uint16_t glyph_of(char32_t c) const;
    std::array<std::uint16_t, 128> ascii_glyphs{};  // glyph_of for U+0000..U+007F, looked up directly
};

// nullopt (and the reason in *error) when the font lacks glyf/loca or its tables are inconsistent, or
// when the subset would need more than 65,535 glyphs.
std::optional<FontSubset> subset_font(const layout::TrueTypeFont& font, const std::set<char32_t>& characters,
                                      std::string* error = nullptr);

}  // namespace raadsstuk::pdf::detail
