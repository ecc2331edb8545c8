#pragma once
// ToUnicode CMaps (PDF 32000-1, 9.10.3): which characters the codes of a font's strings stand for, so that
// text can be copied, searched and read aloud.
//
// Every font raadsstuk embeds is a Type0 font with Identity-H whose two-byte codes are the glyph ids of its
// subset (embedded_font.hpp); the CMap maps each to the one character that glyph was made for.
#include <map>
#include <string>

namespace raadsstuk::pdf::detail {

// code -> character. One bfchar entry per code, at most 100 per block as the CMap format requires.
// code_bytes is 1 (codes 00..FF) or 2 (0000..FFFF). Characters above U+FFFF are written as surrogate pairs.
std::string to_unicode_cmap(const std::map<unsigned, char32_t>& codes, int code_bytes);

}  // namespace raadsstuk::pdf::detail
