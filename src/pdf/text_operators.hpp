#pragma once
// Content-stream text written by raadsstuk (PDF 32000-1, 9.4): numbers in a fixed, locale-free form and
// text as two-byte glyph codes of an embedded subset (Identity-H), shown with TJ so that extra space after
// each U+0020 (justification) is an adjustment in the array: the Tw operator applies to one-byte code 32
// only and does nothing with two-byte codes.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "pdf/font_subset.hpp"

namespace raadsstuk::pdf::detail {

// `v` with at most `decimals` decimals, without trailing zeros or a "-0": 12.5, 0.333, 100.
void append_number(std::string& out, double v, int decimals = 3);

// "[(\0\3\0\4) -250 (\0\5)] TJ\n" for the UTF-8 text: each character's subset glyph as two bytes, high
// byte first, in a literal string (half the bytes of hex digits, to deflate and to read), with `(`, `)`,
// `\` and CR escaped; after each U+0020 the TJ adjustment `space_adjust` (thousandths of the font size,
// negative moves right) when it is not 0. A character without a glyph in the subset is drawn as glyph 0.
void append_show_text(std::string& out, const FontSubset& subset, std::string_view utf8, double space_adjust);

// The glyph codes of U+0000..U+007F in a subset as append_show_text writes them (two bytes, escaped: at
// most four), made once per subset so that most characters are a table look-up.
struct AsciiCodes {
    std::array<std::array<char, 4>, 128> bytes{};
    std::array<std::uint8_t, 128> length{};
};
AsciiCodes ascii_codes(const FontSubset& subset);

// The same text as above, with the subset's ASCII codes from ascii_codes(subset).
void append_show_text(std::string& out, const FontSubset& subset, const AsciiCodes& ascii, std::string_view utf8,
                      double space_adjust);

}  // namespace raadsstuk::pdf::detail
