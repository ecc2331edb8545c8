#include "format/markdown_escape.hpp"

namespace raadsstuk::format {
namespace {

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_hex(char c) { return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
// A letter or digit for the purpose of CommonMark's flanking rules: ASCII alphanumerics and any byte of a
// non-ASCII character (Dutch text has no non-ASCII punctuation next to '_' worth caring about).
bool is_wordish(char c) {
    return is_ascii_alpha(c) || is_ascii_digit(c) || static_cast<unsigned char>(c) >= 0x80;
}

// Collapses line breaks and tabs into spaces, drops control characters and trims.
std::string normalise_whitespace(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    bool pending_break = false;  // inside a run of white space that contains a line break
    for (char c : in) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\n' || c == '\r') {
            while (!out.empty() && out.back() == ' ') out.pop_back();
            pending_break = true;
            continue;
        }
        if (c == ' ' || c == '\t') {
            if (!pending_break) out += ' ';
            continue;
        }
        if (u < 0x20 || u == 0x7F) continue;
        if (pending_break) {
            if (!out.empty()) out += ' ';
            pending_break = false;
        }
        out += c;
    }
    std::size_t begin = 0;
    while (begin < out.size() && out[begin] == ' ') ++begin;
    std::size_t end = out.size();
    while (end > begin && out[end - 1] == ' ') --end;
    return out.substr(begin, end - begin);
}

// True if s[i] == '&' starts an HTML entity or numeric character reference.
bool starts_entity(const std::string& s, std::size_t i) {
    std::size_t j = i + 1;
    if (j < s.size() && s[j] == '#') {
        ++j;
        std::size_t n = 0;
        if (j < s.size() && (s[j] == 'x' || s[j] == 'X')) {
            ++j;
            while (j < s.size() && is_hex(s[j])) ++j, ++n;
            if (n < 1 || n > 6) return false;
        } else {
            while (j < s.size() && is_ascii_digit(s[j])) ++j, ++n;
            if (n < 1 || n > 7) return false;
        }
    } else {
        std::size_t n = 0;
        if (j >= s.size() || !is_ascii_alpha(s[j])) return false;
        while (j < s.size() && (is_ascii_alpha(s[j]) || is_ascii_digit(s[j]))) ++j, ++n;
        if (n > 32) return false;
    }
    return j < s.size() && s[j] == ';';
}

}  // namespace

std::string escape_markdown_text(std::string_view text) {
    const std::string s = normalise_whitespace(text);
    std::string out;
    out.reserve(s.size() + s.size() / 8 + 2);

    // An ordered-list marker at the start: 1-9 digits, then '.' or ')', then a space or the end.
    std::size_t list_marker_at = std::string::npos;
    {
        std::size_t d = 0;
        while (d < s.size() && is_ascii_digit(s[d])) ++d;
        if (d >= 1 && d <= 9 && d < s.size() && (s[d] == '.' || s[d] == ')') &&
            (d + 1 == s.size() || s[d + 1] == ' '))
            list_marker_at = d;
    }

    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const char prev = i > 0 ? s[i - 1] : '\0';
        const char next = i + 1 < s.size() ? s[i + 1] : '\0';
        bool escape = false;
        switch (c) {
            case '\\': case '`': case '[': case ']': case '<': case '|': case '~': case '{': case '}':
                escape = true;
                break;
            case '*':
                escape = !(prev == ' ' && next == ' ');
                break;
            case '_':
                escape = !((is_wordish(prev) && is_wordish(next)) || (prev == ' ' && next == ' '));
                break;
            case '&':
                escape = starts_entity(s, i);
                break;
            case '#': case '>': case '-': case '+': case '=':
                escape = i == 0;
                break;
            case '.': case ')':
                escape = i == list_marker_at;
                break;
            default:
                break;
        }
        if (escape) out += '\\';
        out += c;
    }
    return out;
}

}  // namespace raadsstuk::format
