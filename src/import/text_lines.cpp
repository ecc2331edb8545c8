#include "import/text_lines.hpp"

namespace raadsstuk::import {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\v'; }

}  // namespace

std::vector<TextLine> read_lines(std::string_view text) {
    if (text.substr(0, 3) == "\xef\xbb\xbf") text.remove_prefix(3);  // a byte-order mark
    std::vector<TextLine> lines;
    int number = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) eol = text.size();
        std::string_view raw = text.substr(pos, eol - pos);
        pos = eol + 1;
        TextLine line;
        line.number = ++number;
        std::size_t b = 0, e = raw.size();
        while (b < e && is_blank(raw[b])) ++b;
        while (e > b && is_blank(raw[e - 1])) --e;
        line.indented = b > 0 && b < e;
        line.page_start = raw.substr(0, b).find('\f') != std::string_view::npos;
        // U+00A0 (no-break space), which extraction gives for some spaces, as an ordinary space
        for (std::size_t k = b; k < e; ++k) {
            if (raw[k] == '\xc2' && k + 1 < e && raw[k + 1] == '\xa0') {
                line.text += ' ';
                ++k;
            } else {
                line.text += is_blank(raw[k]) ? ' ' : raw[k];
            }
        }
        while (!line.text.empty() && line.text.back() == ' ') line.text.pop_back();
        const std::size_t lead = line.text.find_first_not_of(' ');
        line.text.erase(0, lead == std::string::npos ? line.text.size() : lead);
        lines.push_back(std::move(line));
    }
    return lines;
}

std::size_t char_count(std::string_view text) {
    std::size_t n = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

}  // namespace raadsstuk::import
