#include "pdf/font_description.hpp"

#include <cmath>
#include <string_view>

namespace raadsstuk::pdf::detail {
namespace {

std::uint16_t u16(std::string_view d, std::size_t o) {
    return static_cast<std::uint16_t>((static_cast<unsigned char>(d[o]) << 8) | static_cast<unsigned char>(d[o + 1]));
}
std::int16_t s16(std::string_view d, std::size_t o) { return static_cast<std::int16_t>(u16(d, o)); }

bool name_character(unsigned char c) {
    // Regular characters (not white-space, not a delimiter), printable ASCII.
    return c > 0x20 && c < 0x7F && std::string_view("()<>[]{}/%#").find(static_cast<char>(c)) == std::string_view::npos;
}

// Name ID 6 (PostScript name) from the name table: Windows (UTF-16BE) or Macintosh (Roman) records.
std::string postscript_name(std::string_view name) {
    if (name.size() < 6) return {};
    const std::uint16_t count = u16(name, 2), storage = u16(name, 4);
    std::string mac, windows;
    for (std::uint16_t i = 0; i < count; ++i) {
        const std::size_t rec = 6 + std::size_t{i} * 12;
        if (rec + 12 > name.size()) break;
        const std::uint16_t platform = u16(name, rec), id = u16(name, rec + 6), length = u16(name, rec + 8);
        const std::size_t at = std::size_t{storage} + u16(name, rec + 10);
        if (id != 6 || at + length > name.size()) continue;
        const std::string_view text = name.substr(at, length);
        if (platform == 3 && windows.empty())
            for (std::size_t k = 1; k < text.size(); k += 2) {
                if (text[k - 1] == 0 && name_character(static_cast<unsigned char>(text[k]))) windows += text[k];
            }
        if (platform == 1 && mac.empty())
            for (char c : text)
                if (name_character(static_cast<unsigned char>(c))) mac += c;
    }
    return windows.empty() ? mac : windows;
}

}  // namespace

int pdf_width(const layout::TrueTypeFont& font, std::uint16_t glyph) {
    return static_cast<int>(std::lround(font.advance_width(glyph) * 1000.0 / font.units_per_em()));
}

FontDescription describe_font(const layout::TrueTypeFont& font) {
    FontDescription d;
    const double scale = 1000.0 / font.units_per_em();
    const auto scaled = [&](int v) { return static_cast<int>(std::lround(v * scale)); };
    d.postscript_name = postscript_name(font.table("name"));
    if (d.postscript_name.empty()) d.postscript_name = "Font";
    const std::string_view head = font.table("head");
    if (head.size() >= 54)
        d.bbox = {scaled(s16(head, 36)), scaled(s16(head, 38)), scaled(s16(head, 40)), scaled(s16(head, 42))};
    d.ascent = scaled(font.ascender());
    d.descent = scaled(font.descender());
    d.cap_height = d.ascent;
    int weight = 400;
    const std::string_view os2 = font.table("OS/2");
    if (os2.size() >= 6) weight = u16(os2, 4);
    if (os2.size() >= 90 && u16(os2, 0) >= 2 && s16(os2, 88) > 0) d.cap_height = scaled(s16(os2, 88));
    const std::string_view post = font.table("post");
    bool fixed = false;
    if (post.size() >= 16) {
        const auto angle = static_cast<std::int32_t>((std::uint32_t{u16(post, 4)} << 16) | u16(post, 6));
        d.italic_angle = std::round(angle / 65536.0 * 10) / 10;
        fixed = (std::uint32_t{u16(post, 12)} << 16 | u16(post, 14)) != 0;
    }
    // No stem width in TrueType: the usual estimate from the weight class.
    d.stem_v = 50 + static_cast<int>(std::lround(weight * weight / 4444.0));
    d.flags = 4 | (fixed ? 1 : 0) | (d.italic_angle != 0 ? 64 : 0);
    return d;
}

}  // namespace raadsstuk::pdf::detail
