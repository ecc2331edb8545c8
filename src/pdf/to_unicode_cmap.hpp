#pragma once
// ToUnicode CMaps (PDF 32000-1, 9.10.3): which characters the codes of a font's strings stand for, so that
// text can be copied, searched and read aloud.
//
// Two kinds of font need one. The house fonts are simple TrueType fonts with one-byte CP1252 codes. The
// fallback font is libharu's UTF-8 Type0 font, written with Identity-H: its two-byte codes are the
// characters' own code points (its CIDToGIDMap picks the glyph). For that font libharu writes a malformed
// embedded CMap (a one-byte "<00>" range start in begincidrange) and no ToUnicode at all, and extraction
// depends on readers' guesses.
#include <map>
#include <string>

namespace raadsstuk::pdf::detail {

// code -> character. One bfchar entry per code, at most 100 per block as the CMap format requires.
// code_bytes is 1 (codes 00..FF) or 2 (0000..FFFF). Characters above U+FFFF are written as surrogate pairs.
std::string to_unicode_cmap(const std::map<unsigned, char32_t>& codes, int code_bytes);

}  // namespace raadsstuk::pdf::detail
