#pragma once
// The rendered Markdown as the layout sees it: regions (split by <!-- raadsstuk:NAME --> markers) of
// blocks of styled text. Plain values, independent of cmark.
#include <string>
#include <vector>

namespace raadsstuk::regions {

struct SpanStyle {
    bool bold = false;
    bool italic = false;
    bool strike = false;
    std::string link;  // URI, empty = no link
    bool operator==(const SpanStyle&) const = default;
};

// A piece of inline text with one style. A hard line break is a span of its own with hard_break set.
struct Span {
    std::string text;  // UTF-8; soft line breaks are already spaces
    SpanStyle style;
    bool hard_break = false;
};

using Spans = std::vector<Span>;

enum class CellAlign { none, left, center, right };

struct Block {
    enum class Kind { paragraph, heading, list, table, quote, code, rule };
    Kind kind = Kind::paragraph;
    int line = 0;  // 1-based line in the rendered Markdown

    Spans text;          // paragraph, heading, code (lines joined by hard breaks)
    int level = 0;       // heading level 1..6

    bool ordered = false;                  // list
    int start = 1;                         // first number of an ordered list
    std::vector<std::vector<Block>> items; // list items

    std::vector<std::vector<Spans>> rows;  // table: rows[0] is the header row
    std::vector<CellAlign> align;          // table: per column

    std::vector<Block> children;           // quote
};

struct Region {
    std::string name;  // "kenmerken", "tekst", "status", "slot", "ondertekening", "voet", "bijlagen"
    int line = 0;      // line of the marker (0 for content before the first marker)
    std::vector<Block> blocks;
};

// Concatenated text of spans (for labels and tests).
std::string plain_text(const Spans& spans);

}  // namespace raadsstuk::regions
