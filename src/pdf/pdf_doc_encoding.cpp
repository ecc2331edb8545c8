#include "pdf/pdf_doc_encoding.hpp"

#include <vector>

#include "layout/utf8.hpp"

namespace raadsstuk::pdf::detail {
namespace {

struct Mapping {
    char32_t code_point;
    unsigned char byte;
};

constexpr Mapping kSpecial[] = {
    {0x2022, 0x80}, {0x2020, 0x81}, {0x2021, 0x82}, {0x2026, 0x83}, {0x2014, 0x84}, {0x2013, 0x85},
    {0x0192, 0x86}, {0x2044, 0x87}, {0x2039, 0x88}, {0x203A, 0x89}, {0x2212, 0x8A}, {0x2030, 0x8B},
    {0x201E, 0x8C}, {0x201C, 0x8D}, {0x201D, 0x8E}, {0x2018, 0x8F}, {0x2019, 0x90}, {0x201A, 0x91},
    {0x2122, 0x92}, {0xFB01, 0x93}, {0xFB02, 0x94}, {0x0141, 0x95}, {0x0152, 0x96}, {0x0160, 0x97},
    {0x0178, 0x98}, {0x017D, 0x99}, {0x0131, 0x9A}, {0x0142, 0x9B}, {0x0153, 0x9C}, {0x0161, 0x9D},
    {0x017E, 0x9E}, {0x20AC, 0xA0},
};

std::vector<char32_t> stored_characters(std::string_view utf8) {
    std::vector<char32_t> out;
    for (char32_t c : layout::decode_utf8(utf8)) {
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
        if (c < 0x20 || (c >= 0x7F && c < 0xA0)) continue;  // C0 and C1 controls: not text
        out.push_back(c);
    }
    return out;
}

std::optional<char> pdf_doc_byte(char32_t c) {
    if ((c >= 0x20 && c < 0x7F) || (c >= 0xA1 && c <= 0xFF && c != 0xAD)) return static_cast<char>(c);
    for (const auto& m : kSpecial)
        if (m.code_point == c) return static_cast<char>(m.byte);
    return std::nullopt;
}

void append_utf16be(std::string& out, char32_t c) {
    const auto unit = [&](unsigned v) {
        out += static_cast<char>(v >> 8);
        out += static_cast<char>(v & 0xFF);
    };
    if (c < 0x10000) {
        unit(static_cast<unsigned>(c));
    } else {
        const unsigned v = static_cast<unsigned>(c) - 0x10000;
        unit(0xD800 | (v >> 10));
        unit(0xDC00 | (v & 0x3FF));
    }
}

}  // namespace

std::string text_string_text(std::string_view utf8) {
    std::string out;
    for (char32_t c : stored_characters(utf8)) layout::append_utf8(out, c);
    return out;
}

std::optional<std::string> to_pdf_doc_encoding(std::string_view utf8) {
    std::string out;
    for (char32_t c : stored_characters(utf8)) {
        const auto byte = pdf_doc_byte(c);
        if (!byte) return std::nullopt;
        out += *byte;
    }
    return out;
}

std::string to_pdf_text_string(std::string_view utf8) {
    auto single = to_pdf_doc_encoding(utf8);
    // "þÿ" at the start would read as a byte order mark.
    if (single && single->rfind("\xFE\xFF", 0) != 0) return *single;
    std::string out = "\xFE\xFF";
    for (char32_t c : stored_characters(utf8)) append_utf16be(out, c);
    return out;
}

}  // namespace raadsstuk::pdf::detail
