#pragma once
// Minimal UTF-8 decoding and encoding. Invalid bytes decode to U+FFFD, one per byte, so that nothing is
// silently swallowed (libharu's own UTF-8 path drops the byte after an invalid one).
#include <string>
#include <string_view>
#include <vector>

namespace raadsstuk::layout {

struct DecodedChar {
    char32_t code_point;
    std::size_t offset;  // byte offset of the first byte in the input
    std::size_t length;  // number of bytes
};

// Decodes the character that starts at `offset` (which must be < text.size()). ASCII is decoded inline (it is
// nearly all of the text); anything else by decode_utf8_multibyte.
DecodedChar decode_utf8_multibyte(std::string_view text, std::size_t offset);
inline DecodedChar decode_utf8_at(std::string_view text, std::size_t offset) {
    const auto lead = static_cast<unsigned char>(text[offset]);
    if (lead < 0x80) return {lead, offset, 1};
    return decode_utf8_multibyte(text, offset);
}
std::vector<char32_t> decode_utf8(std::string_view text);
void append_utf8(std::string& out, char32_t code_point);
// "U+00EB" (at least four hex digits).
std::string code_point_label(char32_t code_point);

}  // namespace raadsstuk::layout
