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

// Decodes the character that starts at `offset` (which must be < text.size()).
DecodedChar decode_utf8_at(std::string_view text, std::size_t offset);
std::vector<char32_t> decode_utf8(std::string_view text);
void append_utf8(std::string& out, char32_t code_point);
// "U+00EB" (at least four hex digits).
std::string code_point_label(char32_t code_point);

}  // namespace raadsstuk::layout
