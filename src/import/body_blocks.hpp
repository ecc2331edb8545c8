#pragma once
// The body of a letter from its extracted lines: lines joined into paragraphs, headings and lists, the
// blocks of a data file's "tekst" (docs/data.md).
//
// PDF extraction breaks every line at the margin and puts blank lines in odd places (page and column
// breaks fall mid-sentence), so a blank line alone does not end a paragraph. A block ends after a line
// that ends a sentence (. ? ! : ;) and is followed by a blank line, is clearly shorter than a full line,
// or is followed by an indented line. A single question on its own ("Wat is de stand van zaken?") is a
// heading. A line starting with "- ", "• " or "1. " starts a list item; the items of one list are one block.
// A word broken at the line end with a hyphen is joined: the hyphen stays before a capital ("Leidschendam-
// Voorburg") and before "en"/"of" ("uit- en toetreding"), and goes only when the Dutch hyphenation patterns
// allow a break at that place in the joined word; otherwise it stays and the place is marked as uncertain.
#include <string>
#include <vector>

#include "import/text_lines.hpp"
#include "layout/hyphenation.hpp"

namespace raadsstuk::import {

struct Doubt {
    int line = 0;
    std::string reason;  // Dutch
};

struct BodyBlock {
    std::string text;  // "## Kop", "- a\n- b", or a paragraph on one line
    int first_line = 0;
    std::vector<Doubt> doubts;  // places where the text may not be what the letter said
};

// `hyphenation` may be null: then every line-end hyphen before a lower-case word stays, marked uncertain.
std::vector<BodyBlock> body_blocks(const std::vector<TextLine>& lines, const layout::Hyphenation* hyphenation);

}  // namespace raadsstuk::import
