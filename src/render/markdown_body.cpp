#include "render/markdown_body.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace raadsstuk::render {
namespace {

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t from = 0;
    while (true) {
        const std::size_t nl = text.find('\n', from);
        if (nl == std::string_view::npos) {
            lines.push_back(text.substr(from));
            break;
        }
        lines.push_back(text.substr(from, nl - from));
        from = nl + 1;
    }
    return lines;
}

std::size_t leading_spaces(std::string_view line) {
    std::size_t n = 0;
    while (n < line.size() && (line[n] == ' ' || line[n] == '\t')) ++n;
    return n;
}

bool is_blank(std::string_view line) { return leading_spaces(line) == line.size(); }

// A code fence opener/closer: up to 3 spaces, then ``` or ~~~.
bool is_fence(std::string_view line) {
    const std::size_t n = leading_spaces(line);
    if (n > 3) return false;
    line.remove_prefix(n);
    return line.substr(0, 3) == "```" || line.substr(0, 3) == "~~~";
}

// A GFM table delimiter row such as "| --- | :---: |" or "---|---".
bool is_table_delimiter_row(std::string_view line) {
    if (line.find('|') == std::string_view::npos) return false;
    bool dash = false;
    for (char c : line) {
        if (c == '-') dash = true;
        else if (c != '|' && c != ':' && c != ' ' && c != '\t') return false;
    }
    return dash;
}

// Length of the list marker plus following spaces if `line` (after its indentation) is a list item, else 0.
std::size_t list_item_prefix(std::string_view line) {
    const std::size_t indent = leading_spaces(line);
    std::string_view rest = line.substr(indent);
    std::size_t marker = 0;
    if (!rest.empty() && (rest[0] == '-' || rest[0] == '+' || rest[0] == '*')) {
        marker = 1;
    } else {
        std::size_t d = 0;
        while (d < rest.size() && is_digit(rest[d])) ++d;
        if (d >= 1 && d <= 9 && d < rest.size() && (rest[d] == '.' || rest[d] == ')')) marker = d + 1;
    }
    if (marker == 0 || marker >= rest.size() || rest[marker] != ' ') return 0;
    std::size_t spaces = 0;
    while (marker + spaces < rest.size() && rest[marker + spaces] == ' ') ++spaces;
    if (spaces > 4) spaces = 1;  // then the content is indented code; the content offset is marker + 1
    return indent + marker + spaces;
}

// Would a line starting with `text` begin an ordered list item ("1. ", "12) ", "3.")?
bool starts_ordered_list_marker(std::string_view text) {
    std::size_t d = 0;
    while (d < text.size() && is_digit(text[d])) ++d;
    if (d < 1 || d > 9 || d >= text.size() || (text[d] != '.' && text[d] != ')')) return false;
    return d + 1 == text.size() || text[d + 1] == ' ' || text[d + 1] == '\t';
}

// Upper-case letter (ASCII or Latin-1 range in UTF-8: À..Þ except ×) or digit at the start of `s`?
bool starts_upper_or_digit(std::string_view s) {
    if (s.empty()) return false;
    const char c = s[0];
    if ((c >= 'A' && c <= 'Z') || is_digit(c)) return true;
    if (s.size() >= 2 && static_cast<unsigned char>(c) == 0xC3) {
        const auto d = static_cast<unsigned char>(s[1]);
        return d >= 0x80 && d <= 0x9E && d != 0x97;
    }
    return false;
}

// Length of a closing character (bracket, quote, emphasis) at the start of s, or 0.
std::size_t closer_length(std::string_view s) {
    if (s.empty()) return 0;
    if (s[0] == ')' || s[0] == '"' || s[0] == '\'' || s[0] == '*' || s[0] == '_') return 1;
    if (s.substr(0, 3) == "\xE2\x80\x99" || s.substr(0, 3) == "\xE2\x80\x9D") return 3;  // ’ ”
    return 0;
}

// Length of an opening character (bracket, quote, emphasis) at the start of s, or 0.
std::size_t opener_length(std::string_view s) {
    if (s.empty()) return 0;
    if (s[0] == '(' || s[0] == '"' || s[0] == '\'' || s[0] == '*' || s[0] == '_') return 1;
    if (s.substr(0, 3) == "\xE2\x80\x98" || s.substr(0, 3) == "\xE2\x80\x9C") return 3;  // ‘ “
    return 0;
}

// Abbreviations after which a '.' does not end a sentence (lower case, without the final '.').
// Abbreviations made of single letters with dots (a.s., o.a., m.b.t., t.a.v., i.v.m., e.d., d.w.z.) and
// initials (A., J.P.) are recognised by their form and need not be listed.
constexpr std::array<std::string_view, 50> kAbbreviations = {
    "jl",   "bijv", "drs",  "mr",   "dr",    "ir",   "ing",  "prof", "nr",   "etc",
    "enz",  "ca",   "incl", "excl", "resp",  "zgn",  "evt",  "vgl",  "blz",  "art",
    "lid",  "mevr", "dhr",  "mw",   "hr",    "st",   "jr",   "sr",   "bc",   "ds",
    "jan",  "feb",  "mrt",  "apr",  "jun",   "jul",  "aug",  "sep",  "sept", "okt",
    "nov",  "dec",  "tel",  "mln",  "mld",   "min",  "max",  "gem",  "vs",   "nl",
};

}  // namespace

bool is_abbreviation(std::string_view token) {
    // Strip openers that may precede the word: "(bijv", "‘o.a".
    while (std::size_t n = opener_length(token)) token.remove_prefix(n);
    if (token.empty()) return false;
    // Single letters separated by dots: "A", "a.s", "m.b.t", "J.P".
    bool form = true;
    for (std::size_t i = 0; i < token.size(); ++i) {
        const bool letter_place = i % 2 == 0;
        if (letter_place ? !is_ascii_alpha(token[i]) : token[i] != '.') {
            form = false;
            break;
        }
    }
    if (form && token.size() % 2 == 1) return true;
    std::string lower(token);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return std::find(kAbbreviations.begin(), kAbbreviations.end(), lower) != kAbbreviations.end();
}

std::string break_sentences(std::string_view line, std::string_view continuation_indent) {
    std::string out;
    out.reserve(line.size() + 16);
    std::size_t word_start = 0;  // start of the current word in `line`
    std::size_t i = 0;
    while (i < line.size()) {
        const char c = line[i];
        if (c == ' ') word_start = i + 1;
        if (c != '.' && c != '?' && c != '!') {
            // The run up to the next space or punctuation at once.
            std::size_t run = i + 1;
            while (run < line.size() && line[run] != ' ' && line[run] != '.' && line[run] != '?' && line[run] != '!') ++run;
            out.append(line.substr(i, run - i));
            i = run;
            continue;
        }
        // Punctuation, closers, then a run of spaces, then maybe openers and an upper-case letter or digit.
        std::size_t j = i + 1;
        while (std::size_t n = closer_length(line.substr(j))) j += n;
        std::size_t k = j;
        while (k < line.size() && line[k] == ' ') ++k;
        bool do_break = k > j && k < line.size();
        if (do_break) {
            std::size_t m = k;
            while (std::size_t n = opener_length(line.substr(m))) m += n;
            do_break = starts_upper_or_digit(line.substr(m));
        }
        if (do_break && starts_ordered_list_marker(line.substr(k))) do_break = false;
        if (do_break && c == '.' && is_abbreviation(line.substr(word_start, i - word_start))) do_break = false;
        // A '.' inside a word ("1.000", "www.x.nl") is never followed by a space here, so it cannot break.
        out.append(line.substr(i, j - i));
        if (do_break) {
            out += '\n';
            out += continuation_indent;
            i = k;
            word_start = k;
        } else {
            i = j;
        }
    }
    return out;
}

std::string neutralise_html(std::string_view md) {
    std::string out;
    out.reserve(md.size() + 8);
    const auto lines = split_lines(md);
    bool in_fence = false;
    // Inline pass state: inside a code span opened by a run of `code_ticks` backticks.
    std::size_t code_ticks = 0;
    for (std::size_t li = 0; li < lines.size(); ++li) {
        const std::string_view line = lines[li];
        if (li > 0) out += '\n';
        if (is_fence(line)) {
            in_fence = !in_fence;
            out += line;
            continue;
        }
        if (in_fence) {
            out += line;
            continue;
        }
        if (is_blank(line)) code_ticks = 0;  // a code span does not cross a blank line
        for (std::size_t i = 0; i < line.size(); ++i) {
            const char c = line[i];
            if (c != '\\' && c != '`' && c != '<') {
                // The run of characters this pass leaves alone, at once.
                std::size_t run = i + 1;
                while (run < line.size() && line[run] != '\\' && line[run] != '`' && line[run] != '<') ++run;
                out.append(line.substr(i, run - i));
                i = run - 1;
                continue;
            }
            if (c == '\\' && code_ticks == 0 && i + 1 < line.size()) {
                out += c;
                out += line[++i];
                continue;
            }
            if (c == '`') {
                std::size_t n = 0;
                while (i + n < line.size() && line[i + n] == '`') ++n;
                if (code_ticks == 0) {
                    // Opens a code span only if a run of exactly n backticks follows in this block.
                    std::string_view rest = md.substr(static_cast<std::size_t>(line.data() - md.data()) + i + n);
                    bool closes = false;
                    for (std::size_t p = 0; p < rest.size();) {
                        if (rest[p] != '`') {
                            if (rest[p] == '\n' && p + 1 < rest.size() && rest[p + 1] == '\n') break;
                            ++p;
                            continue;
                        }
                        std::size_t r = 0;
                        while (p + r < rest.size() && rest[p + r] == '`') ++r;
                        if (r == n) {
                            closes = true;
                            break;
                        }
                        p += r;
                    }
                    if (closes) code_ticks = n;
                } else if (n == code_ticks) {
                    code_ticks = 0;
                }
                out.append(line.substr(i, n));
                i += n - 1;
                continue;
            }
            if (c == '<' && code_ticks == 0 && i + 1 < line.size()) {
                const char d = line[i + 1];
                if (is_ascii_alpha(d) || d == '/' || d == '!' || d == '?') out += '\\';
            }
            out += c;
        }
    }
    return out;
}

std::string prepare_body_block(std::string_view block) {
    // Drop control characters (not tab, not newline), normalise line ends.
    std::string clean;
    clean.reserve(block.size());
    const bool has_control = std::any_of(block.begin(), block.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && c != '\n' && c != '\t') || u == 0x7F;
    });
    if (!has_control) clean = block;  // nearly always: nothing to drop or normalise
    for (std::size_t i = 0; has_control && i < block.size(); ++i) {
        const auto u = static_cast<unsigned char>(block[i]);
        if (block[i] == '\r') {
            if (i + 1 < block.size() && block[i + 1] == '\n') continue;
            clean += '\n';
            continue;
        }
        if ((u < 0x20 && block[i] != '\n' && block[i] != '\t') || u == 0x7F) continue;
        clean += block[i];
    }

    auto lines = split_lines(clean);
    // Indented code (every non-blank line indented by 4+ spaces or a tab): leave it entirely alone.
    bool all_indented = true, any = false;
    for (auto l : lines) {
        if (is_blank(l)) continue;
        any = true;
        if (!(l.substr(0, 4) == "    " || (!l.empty() && l[0] == '\t'))) all_indented = false;
    }
    const bool indented_code = any && all_indented;

    std::string safe = indented_code ? clean : neutralise_html(clean);
    lines = split_lines(safe);
    const bool table = std::any_of(lines.begin(), lines.end(), [](std::string_view l) {
        return is_table_delimiter_row(l) || l.substr(leading_spaces(l), 1) == "|";
    });

    std::vector<std::string> result;
    bool in_fence = false;
    std::string item_indent;  // content indentation of the list item we are in, if any
    for (std::size_t li = 0; li < lines.size(); ++li) {
        std::string_view line = lines[li];
        if (is_fence(line)) {
            in_fence = !in_fence;
            result.emplace_back(line);
            continue;
        }
        if (in_fence || indented_code) {
            result.emplace_back(line);
            continue;
        }
        // Trailing white space; two or more spaces before a following line is a hard line break.
        std::size_t end = line.size();
        while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t')) --end;
        const bool hard_break = line.size() - end >= 2 && line.substr(end).find('\t') == std::string_view::npos &&
                                li + 1 < lines.size() && !is_blank(lines[li + 1]);
        line = line.substr(0, end);
        if (line.empty()) {
            item_indent.clear();
            result.emplace_back();
            continue;
        }
        const std::size_t indent = leading_spaces(line);
        const std::string_view rest = line.substr(indent);
        std::string processed;
        const bool heading = indent <= 3 && !rest.empty() && rest[0] == '#';
        const bool quote = indent <= 3 && !rest.empty() && rest[0] == '>';
        if (table || heading || quote) {
            processed = std::string(line);
        } else if (const std::size_t prefix = list_item_prefix(line)) {
            item_indent.assign(prefix, ' ');
            processed = std::string(line.substr(0, prefix)) + break_sentences(line.substr(prefix), item_indent);
        } else {
            const std::string own_indent(line.substr(0, indent));
            const std::string& cont = indent == 0 && !item_indent.empty() ? item_indent : own_indent;
            processed = own_indent + break_sentences(rest, cont);
        }
        if (hard_break && !table && !heading) processed += '\\';
        result.push_back(std::move(processed));
    }

    // Join, without leading/trailing blank lines and without runs of blank lines (outside fences).
    std::string out;
    bool previous_blank = true;
    in_fence = false;
    for (const auto& l : result) {
        if (is_fence(l)) in_fence = !in_fence;
        const bool blank = !in_fence && is_blank(l);
        if (blank && previous_blank) continue;
        out += l;
        out += '\n';
        previous_blank = blank;
    }
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

std::string normalise_markdown(std::string_view md) {
    std::string out;
    out.reserve(md.size() + 1);
    bool previous_blank = true;  // drops blank lines at the start
    for (std::string_view line : split_lines(md)) {
        std::size_t end = line.size();
        while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t' || line[end - 1] == '\r')) --end;
        line = line.substr(0, end);
        const bool blank = line.empty();
        if (blank && previous_blank) continue;
        out += line;
        out += '\n';
        previous_blank = blank;
    }
    while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
    if (out.empty()) out = "\n";
    return out;
}

}  // namespace raadsstuk::render
