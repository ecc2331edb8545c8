#include "layout/cp1252.hpp"

#include "layout/utf8.hpp"

namespace raadsstuk::layout {
namespace {

// Code points of 0x80..0x9F; 0 = undefined in CP1252.
constexpr char32_t kHighControls[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

}  // namespace

std::optional<unsigned char> to_cp1252(char32_t cp) {
    if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) return static_cast<unsigned char>(cp);
    if (cp == 0) return std::nullopt;
    for (int i = 0; i < 32; ++i)
        if (kHighControls[i] == cp) return static_cast<unsigned char>(0x80 + i);
    return std::nullopt;
}

std::string utf8_to_cp1252(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        const DecodedChar c = decode_utf8_at(utf8, i);
        const auto b = to_cp1252(c.code_point);
        out += b ? static_cast<char>(*b) : '?';
        i += c.length;
    }
    return out;
}

}  // namespace raadsstuk::layout
