#pragma once
// What a PDF FontDescriptor says about a TrueType face (PDF 32000-1, 9.8): its PostScript name, bounding
// box, italic angle, ascent, descent, cap height and flags, read from the font's head, hhea, name, post and
// OS/2 tables and scaled to the PDF's 1000 units per em.
#include <array>
#include <string>

#include "layout/true_type_font.hpp"

namespace raadsstuk::pdf::detail {

struct FontDescription {
    std::string postscript_name;  // name ID 6, only the characters a PDF name may hold without escapes
    std::array<int, 4> bbox{};    // xMin yMin xMax yMax
    double italic_angle = 0;
    int ascent = 0, descent = 0, cap_height = 0, stem_v = 0;
    int flags = 0;  // FixedPitch 1, Symbolic 4, Italic 64
};

FontDescription describe_font(const layout::TrueTypeFont& font);

// Glyph width in PDF glyph space (1000 units per em), rounded to the nearest unit.
int pdf_width(const layout::TrueTypeFont& font, std::uint16_t glyph);

}  // namespace raadsstuk::pdf::detail
