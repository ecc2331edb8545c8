#include "pdf/text_operators.hpp"

#include <charconv>
#include <cmath>

#include "layout/utf8.hpp"

namespace raadsstuk::pdf::detail {

void append_number(std::string& out, double v, int decimals) {
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(v * scale) / scale;
    if (rounded == 0) rounded = 0;  // no "-0"
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, rounded, std::chars_format::fixed, decimals);
    if (ec != std::errc()) {
        out += '0';
        return;
    }
    std::string_view s(buf, static_cast<std::size_t>(end - buf));
    if (s.find('.') != std::string_view::npos) {
        while (s.back() == '0') s.remove_suffix(1);
        if (s.back() == '.') s.remove_suffix(1);
    }
    out += s;
}

void append_show_text(std::string& out, const FontSubset& subset, std::string_view utf8, double space_adjust) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    out += "[<";
    bool open = true;
    for (char32_t c : layout::decode_utf8(utf8)) {
        if (!open) {
            out += " <";
            open = true;
        }
        const std::uint16_t g = subset.glyph_of(c);
        out += kHex[g >> 12];
        out += kHex[(g >> 8) & 0xF];
        out += kHex[(g >> 4) & 0xF];
        out += kHex[g & 0xF];
        if (c == U' ' && space_adjust != 0) {
            out += "> ";
            append_number(out, space_adjust);
            open = false;
        }
    }
    if (open) out += '>';
    out += "] TJ\n";
}

}  // namespace raadsstuk::pdf::detail
