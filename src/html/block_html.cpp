#include "html/block_html.hpp"

#include <algorithm>
#include <cctype>

#include "format/xml_escape.hpp"

namespace raadsstuk::html::detail {
namespace {

using regions::Block;
using regions::CellAlign;
using regions::Span;
using regions::Spans;

void write_styled(const Span& s, Writer& w) {
    if (s.hard_break) {
        w.out += "<br>\n";
        return;
    }
    if (s.style.bold) w.out += "<strong>";
    if (s.style.italic) w.out += "<em>";
    if (s.style.strike) w.out += "<del>";
    w.out += format::escape_xml(s.text);
    if (s.style.strike) w.out += "</del>";
    if (s.style.italic) w.out += "</em>";
    if (s.style.bold) w.out += "</strong>";
}

// "a. " at the start of every item: sub-clauses written as bullets that carry their letter (as the PDF
// layout reads them).
bool is_lettered(const Block& b) {
    if (b.ordered || b.items.empty()) return false;
    for (const auto& item : b.items) {
        if (item.empty() || item[0].kind != Block::Kind::paragraph || item[0].text.empty()) return false;
        const std::string& t = item[0].text[0].text;
        if (t.size() < 3 || t[0] < 'a' || t[0] > 'z' || t[1] != '.' || t[2] != ' ') return false;
    }
    return true;
}

const char* align_class(CellAlign a) {
    switch (a) {
        case CellAlign::center: return " class=\"midden\"";
        case CellAlign::right: return " class=\"rechts\"";
        default: return "";
    }
}

void write_table(const Block& b, Writer& w) {
    w.out += "<table>\n";
    auto align = [&](std::size_t c) { return c < b.align.size() ? align_class(b.align[c]) : ""; };
    if (!b.rows.empty()) {
        w.out += "<thead>\n<tr>";
        for (std::size_t c = 0; c < b.rows[0].size(); ++c) {
            w.out += std::string("<th scope=\"col\"") + align(c) + ">";
            write_spans(b.rows[0][c], w, b.line);
            w.out += "</th>";
        }
        w.out += "</tr>\n</thead>\n";
    }
    if (b.rows.size() > 1) {
        w.out += "<tbody>\n";
        for (std::size_t r = 1; r < b.rows.size(); ++r) {
            w.out += "<tr>";
            for (std::size_t c = 0; c < b.rows[r].size(); ++c) {
                w.out += std::string("<td") + align(c) + ">";
                write_spans(b.rows[r][c], w, b.line);
                w.out += "</td>";
            }
            w.out += "</tr>\n";
        }
        w.out += "</tbody>\n";
    }
    w.out += "</table>\n";
}

void write_list(const Block& b, Writer& w) {
    const bool lettered = is_lettered(b);
    std::string open = b.ordered || lettered ? "<ol" : "<ul";
    if (lettered) open += " class=\"letters\"";
    if (b.ordered && b.start != 1) open += " start=\"" + std::to_string(b.start) + "\"";
    w.out += open + ">\n";
    for (const auto& item : b.items) {
        w.out += "<li>";
        write_flow(item, w);
        w.out += "</li>\n";
    }
    w.out += b.ordered || lettered ? "</ol>\n" : "</ul>\n";
}

}  // namespace

bool is_safe_link(const std::string& url) {
    // A scheme is letters, digits, + - . up to the first ':' before any '/', '?' or '#'.
    const auto colon = url.find(':');
    const auto delimiter = url.find_first_of("/?#");
    if (colon == std::string::npos || (delimiter != std::string::npos && delimiter < colon)) return true;
    std::string scheme = url.substr(0, colon);
    for (char& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel";
}

void write_spans(const Spans& spans, Writer& w, int line) {
    for (std::size_t i = 0; i < spans.size();) {
        const std::string& link = spans[i].style.link;
        std::size_t end = i + 1;
        while (end < spans.size() && spans[end].style.link == link) ++end;
        const bool linked = !link.empty() && is_safe_link(link);
        if (!link.empty() && !linked)
            w.diagnostics.push_back(diag::make(
                "RS510", {w.source, "", 0, 0},
                "de link naar '" + link + "' is in de HTML als gewone tekst opgenomen: dit soort adres is niet veilig "
                    "(regel " + std::to_string(line) + " van de opgemaakte Markdown)",
                "gebruik een adres dat begint met https://, http:// of mailto:"));
        if (linked) w.out += "<a href=\"" + format::escape_xml(link) + "\">";
        for (std::size_t k = i; k < end; ++k) write_styled(spans[k], w);
        if (linked) w.out += "</a>";
        i = end;
    }
}

void write_block(const Block& b, Writer& w) {
    switch (b.kind) {
        case Block::Kind::paragraph:
            w.out += "<p>";
            write_spans(b.text, w, b.line);
            w.out += "</p>\n";
            break;
        case Block::Kind::heading: {
            int level = std::clamp(b.level, 1, 6);
            if (level == 1 && w.h1_written) level = 2;
            if (level == 1) w.h1_written = true;
            const std::string tag = "h" + std::to_string(level);
            w.out += "<" + tag + ">";
            write_spans(b.text, w, b.line);
            w.out += "</" + tag + ">\n";
            break;
        }
        case Block::Kind::list: write_list(b, w); break;
        case Block::Kind::table: write_table(b, w); break;
        case Block::Kind::quote:
            w.out += "<blockquote>\n";
            write_blocks(b.children, w);
            w.out += "</blockquote>\n";
            break;
        case Block::Kind::code:
            w.out += "<pre><code>";
            for (const auto& s : b.text) w.out += s.hard_break ? "\n" : format::escape_xml(s.text);
            w.out += "</code></pre>\n";
            break;
        case Block::Kind::rule: w.out += "<hr>\n"; break;
    }
}

void write_blocks(const std::vector<Block>& blocks, Writer& w) {
    for (const auto& b : blocks) write_block(b, w);
}

void write_flow(const std::vector<Block>& blocks, Writer& w) {
    if (blocks.size() == 1 && blocks[0].kind == Block::Kind::paragraph) {
        write_spans(blocks[0].text, w, blocks[0].line);
        return;
    }
    // A paragraph followed by a nested list stays inline too: "1. Besluit ... \n   a. ..." reads as one item.
    std::size_t first = 0;
    if (!blocks.empty() && blocks[0].kind == Block::Kind::paragraph) {
        write_spans(blocks[0].text, w, blocks[0].line);
        w.out += "\n";
        first = 1;
    }
    for (std::size_t i = first; i < blocks.size(); ++i) write_block(blocks[i], w);
}

}  // namespace raadsstuk::html::detail
