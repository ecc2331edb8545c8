#include "pdf/to_unicode_cmap.hpp"

#include <algorithm>

namespace raadsstuk::pdf::detail {
namespace {

// `value` as `digits` upper-case hex digits (the lowest ones), as printf's %0*X writes a value that fits.
void append_hex(std::string& out, unsigned value, int digits) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    char buf[8];
    for (int i = digits - 1; i >= 0; --i, value >>= 4) buf[i] = kHex[value & 0xF];
    out.append(buf, static_cast<std::size_t>(digits));
}

std::string hex(unsigned value, int digits) {
    std::string out;
    append_hex(out, value, digits);
    return out;
}

void append_utf16_hex(std::string& out, char32_t c) {
    if (c < 0x10000) {
        append_hex(out, static_cast<unsigned>(c), 4);
        return;
    }
    const unsigned v = static_cast<unsigned>(c) - 0x10000;
    append_hex(out, 0xD800 | (v >> 10), 4);
    append_hex(out, 0xDC00 | (v & 0x3FF), 4);
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
    out.reserve(out.size() + 20 * codes.size() + 128);
    std::size_t in_block = 0;
    std::size_t left = 0;
    for (const auto& [code, c] : codes)
        if (code <= last) ++left;
    for (const auto& [code, c] : codes) {
        if (code > last) continue;
        if (in_block == 0) out += std::to_string(std::min<std::size_t>(left, 100)) + " beginbfchar\n";
        out += '<';
        append_hex(out, code, digits);
        out += "> <";
        append_utf16_hex(out, c);
        out += ">\n";
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
