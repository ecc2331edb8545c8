#include "pdf/to_unicode_cmap.hpp"

#include <algorithm>
#include <cstdio>

namespace raadsstuk::pdf::detail {
namespace {

std::string hex(unsigned value, int digits) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%0*X", digits, value);
    return buf;
}

std::string utf16_hex(char32_t c) {
    if (c < 0x10000) return hex(static_cast<unsigned>(c), 4);
    const unsigned v = static_cast<unsigned>(c) - 0x10000;
    return hex(0xD800 | (v >> 10), 4) + hex(0xDC00 | (v & 0x3FF), 4);
}

}  // namespace

std::string to_unicode_cmap(const std::map<unsigned, char32_t>& codes, int code_bytes) {
    const int digits = 2 * code_bytes;
    const unsigned last = code_bytes == 1 ? 0xFF : 0xFFFF;
    std::string out =
        "/CIDInit /ProcSet findresource begin\n"
        "12 dict begin\n"
        "begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n"
        "/CMapType 2 def\n"
        "1 begincodespacerange\n<" +
        hex(0, digits) + "> <" + hex(last, digits) + ">\nendcodespacerange\n";
    std::size_t in_block = 0;
    std::size_t left = 0;
    for (const auto& [code, c] : codes)
        if (code <= last) ++left;
    for (const auto& [code, c] : codes) {
        if (code > last) continue;
        if (in_block == 0) out += std::to_string(std::min<std::size_t>(left, 100)) + " beginbfchar\n";
        out += "<" + hex(code, digits) + "> <" + utf16_hex(c) + ">\n";
        --left;
        if (++in_block == 100 || left == 0) {
            out += "endbfchar\n";
            in_block = 0;
        }
    }
    out +=
        "endcmap\n"
        "CMapName currentdict /CMap defineresource pop\n"
        "end\n"
        "end\n";
    return out;
}

}  // namespace raadsstuk::pdf::detail
