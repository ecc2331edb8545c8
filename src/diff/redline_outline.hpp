#pragma once
// What both redlines (html_redline, pdf_redline) show, in order, before either formats it: the sections'
// region names, headings and paragraphs as runs of equal, deleted and inserted words, and the signatories
// (after the closing) and attachments as whole values. The two renderers differ only in markup.
#include <string>
#include <vector>

#include "diff/document_diff.hpp"

namespace raadsstuk::diff {

// Consecutive words of one kind. A changed paragraph break with no word of its kind around it is the one
// word kParagraphMark, so that a reviewer sees that paragraphs were joined or split.
struct RedlineRun {
    Change change = Change::equal;
    std::vector<std::string> words;  // as in the text, not escaped
    bool paragraph_mark() const;
};
inline constexpr std::string_view kParagraphMark = "\xc2\xb6";  // ¶

std::vector<RedlineRun> redline_runs(const Pieces& pieces);

struct RedlineBlock {
    enum class Kind { region, heading, paragraph, values };
    Kind kind = Kind::paragraph;
    std::string name;               // region: the region ("tekst", "slot"); values: "ondertekening" or "bijlagen"
    int level = 0;                  // heading: 2 to 4
    std::vector<RedlineRun> runs;   // heading, paragraph
    bool list_item = false;         // paragraph: it starts with a list marker ("-", "1.", "a)")
    Pieces values;                  // values: one value per piece, deleted, inserted or equal as a whole
};

// The blocks of the diff's text in reading order: each region where it starts, its headings and paragraphs,
// the signatories before the first region after "slot" (or at the end), then the attachments.
std::vector<RedlineBlock> redline_outline(const DocumentDiff& diff);

}  // namespace raadsstuk::diff
