#include "pdf/text_operators.hpp"

#include <charconv>
#include <cmath>
#include <cstring>

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
// 7.3.4.2). At most four bytes are written at `p`; returns the end.
char* put_code(char* p, std::uint16_t glyph) {
    for (const unsigned char b : {static_cast<unsigned char>(glyph >> 8), static_cast<unsigned char>(glyph & 0xFF)}) {
        if (b == '(' || b == ')' || b == '\\') {
            *p++ = '\\';
            *p++ = static_cast<char>(b);
        } else if (b == '\r') {
            *p++ = '\\';
            *p++ = 'r';
        } else {
            *p++ = static_cast<char>(b);
        }
    }
    return p;
}

char* put(char* p, std::string_view s) {
    for (const char c : s) *p++ = c;
    return p;
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

AsciiCodes ascii_codes(const FontSubset& subset) {
    AsciiCodes codes;
    for (char32_t c = 0; c < 128; ++c) {
        std::array<char, 4>& bytes = codes.bytes[c];
        codes.length[c] = static_cast<std::uint8_t>(put_code(bytes.data(), subset.glyph_of(c)) - bytes.data());
    }
    return codes;
}

void append_show_text(std::string& out, const FontSubset& subset, std::string_view utf8, double space_adjust) {
    append_show_text(out, subset, ascii_codes(subset), utf8, space_adjust);
}

void append_show_text(std::string& out, const FontSubset& subset, const AsciiCodes& ascii, std::string_view utf8,
                      double space_adjust) {
    std::string adjust;  // ") -250" after each space, when there is an adjustment
    if (space_adjust != 0) {
        adjust = ") ";
        append_number(adjust, space_adjust);
    }
    // Written in place into room for the longest result: every byte of UTF-8 a character of its own, each
    // code escaped in both bytes, opening a string and followed by the adjustment.
    const std::size_t start = out.size();
    out.resize(start + 2 + utf8.size() * (2 + 4 + adjust.size()) + 6);
    char* p = put(out.data() + start, "[(");
    bool open = true;
    for (std::size_t at = 0; at < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[at]);
        char32_t c = lead;
        if (lead < 0x80) {
            ++at;
        } else {
            const layout::DecodedChar d = layout::decode_utf8_at(utf8, at);
            at += d.length;
            c = d.code_point;
        }
        if (!open) {
            p = put(p, " (");
            open = true;
        }
        if (c < 0x80) {
            std::memcpy(p, ascii.bytes[c].data(), 4);  // room for four is always there
            p += ascii.length[c];
        } else {
            p = put_code(p, subset.glyph_of(c));
        }
        if (c == U' ' && !adjust.empty()) {
            p = put(p, adjust);
            open = false;
        }
    }
    p = put(p, open ? ")] TJ\n" : "] TJ\n");
    out.resize(static_cast<std::size_t>(p - out.data()));
}

}  // namespace raadsstuk::pdf::detail
