#pragma once
// Windows-1252, the single-byte encoding used for the house fonts in the PDF. It holds every Dutch letter
// and the typographic characters a letter uses (€ ‘ ’ “ ” • – —). Shared by layout (to decide which
// characters need the fallback font) and pdf (to encode the text).
#include <optional>
#include <string>
#include <string_view>

namespace raadsstuk::layout {

// The CP1252 byte for a code point, or nullopt when CP1252 has no such character.
std::optional<unsigned char> to_cp1252(char32_t code_point);
// Converts UTF-8 to CP1252; characters outside CP1252 become '?'. Layout never hands such characters to a
// CP1252 font, so a '?' in the output means a layout bug.
std::string utf8_to_cp1252(std::string_view utf8);

}  // namespace raadsstuk::layout
