#include "pdf/text_operators.hpp"

#include <charconv>
#include <cmath>

#include "layout/utf8.hpp"

namespace raadsstuk::pdf::detail {

namespace {

// append_number by way of the decimal text of the double, for what the integer path cannot take.
void append_number_text(std::string& out, double v, int decimals) {
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

// The two bytes of a glyph code, high byte first, inside a literal string: the three delimiters escaped,
// and CR too, which a reader would otherwise take for an end of line and turn into LF (PDF 32000-1,
// 7.3.4.2).
void append_code(std::string& out, std::uint16_t glyph) {
    char buf[4];
    std::size_t n = 0;
    for (const unsigned char b : {static_cast<unsigned char>(glyph >> 8), static_cast<unsigned char>(glyph & 0xFF)}) {
        if (b == '(' || b == ')' || b == '\\') {
            buf[n++] = '\\';
            buf[n++] = static_cast<char>(b);
        } else if (b == '\r') {
            buf[n++] = '\\';
            buf[n++] = 'r';
        } else {
            buf[n++] = static_cast<char>(b);
        }
    }
    out.append(buf, n);
}

}  // namespace

// Every coordinate of a page goes through here. The value rounded to `decimals` decimals is an integer
// number of units (1/1000 for 3 decimals); written as such it is the same text as the double's, without
// formatting a double.
void append_number(std::string& out, double v, int decimals) {
    static constexpr long long kScale[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
    if (decimals < 0 || decimals > 6 || !std::isfinite(v) ||
        std::fabs(v) >= 1e15 / static_cast<double>(kScale[decimals])) {
        append_number_text(out, v, decimals);
        return;
    }
    const long long scale = kScale[decimals];
    long long units = std::llround(v * static_cast<double>(scale));
    if (units == 0) {
        out += '0';
        return;
    }
    char buf[32];
    char* p = buf;
    if (units < 0) {
        *p++ = '-';
        units = -units;
    }
    p = std::to_chars(p, buf + sizeof buf, units / scale).ptr;
    long long fraction = units % scale;
    if (fraction != 0) {
        int digits = decimals;
        while (fraction % 10 == 0) fraction /= 10, --digits;
        *p++ = '.';
        char* end = p + digits;
        for (char* q = end; q > p; fraction /= 10) *--q = static_cast<char>('0' + fraction % 10);
        p = end;
    }
    out.append(buf, static_cast<std::size_t>(p - buf));
}

void append_show_text(std::string& out, const FontSubset& subset, std::string_view utf8, double space_adjust) {
    out += "[(";
    bool open = true;
    for (std::size_t at = 0; at < utf8.size();) {
        const layout::DecodedChar d = layout::decode_utf8_at(utf8, at);
        const char32_t c = d.code_point;
        at += d.length;
        if (!open) {
            out += " (";
            open = true;
        }
        append_code(out, subset.glyph_of(c));
        if (c == U' ' && space_adjust != 0) {
            out += ") ";
            append_number(out, space_adjust);
            open = false;
        }
    }
    if (open) out += ')';
    out += "] TJ\n";
}

}  // namespace raadsstuk::pdf::detail
