#pragma once
// Sets a paragraph of styled spans into lines: words are measured with the FontSet, broken into lines by
// the total-fit line breaker, and placed as TextRuns. Justified lines distribute the extra space over the
// word spaces (PDF word spacing on CP1252 runs), never over letters; the last line and lines before a
// hard break are ragged.
//
// Break opportunities: spaces; positions that a Hyphenator returns (a hyphen is added when a line breaks
// there; the last word of a paragraph is never hyphenated); only in a token wider than half of the line (a
// URL, a long reference) after '/', '.', '_', ':', '?', '&', '=' at a cost, and after '-' only in one wider
// than the line; and in a token wider than the line as a last resort between any two characters, so that no
// line runs into the margin. A break after a '/' or '-' costs search and copy (text extraction puts a line
// break there or drops the hyphen), which is why shorter tokens never break there.
#include <functional>
#include <string_view>
#include <vector>

#include "layout/font_set.hpp"
#include "layout/hyphenation.hpp"
#include "layout/laid_out_document.hpp"
#include "layout/letter_blocks.hpp"

namespace raadsstuk::layout {

enum class TextAlign { justify, left, center, right };

// Returns the byte offsets inside `word` (UTF-8) where the word may be hyphenated. lay_out plugs in the Dutch
// patterns (hyphenation.hpp); tests plug in their own.
using Hyphenator = std::function<std::vector<std::size_t>(std::string_view word)>;

struct ParagraphStyle {
    double width = 400;      // line width in points
    double size = 10;        // font size
    double leading = 13.5;   // distance between baselines
    model::Color color;
    model::Color link_color;
    bool bold = false;       // base style; spans add bold/italic on top
    bool italic = false;
    TextAlign align = TextAlign::justify;
    const Hyphenator* hyphenator = nullptr;
    // When set with a hyphenator that gives this dictionary's points (lay_out's Dutch one), the points are taken
    // from it directly, into a buffer that is reused (the same points, without a vector per word).
    const Hyphenation* hyphenation = nullptr;
    // What the hyphenator's points depend on (lay_out: its Hyphenation dictionary, which lives as long as the
    // process). A paragraph with a hyphenator but without this is never taken from the paragraph cache.
    const void* hyphenation_identity = nullptr;
};

struct SetLine {
    std::vector<PageItem> items;   // baseline at y = 0, x from 0 (the caller translates)
    std::vector<LinkArea> links;
    double width = 0;              // right edge of the last glyph
    bool hyphenated = false;       // ends in a hyphen the breaker added
    bool justified = false;        // its word spaces were stretched or shrunk to fill the line
    int spaces = 0;                // word spaces on the line
    double space_scale = 1;        // a word space's width over its natural width (the one furthest from 1)
};

struct SetParagraph {
    std::vector<SetLine> lines;
    double leading = 0;
    double baseline = 0;  // from the top of a line box to its baseline
    double height() const { return leading * static_cast<double>(lines.size()); }
};

// A paragraph that comes back (the same spans, style and house faces) is copied from a cache per thread
// instead of set again, to the same result and the same fonts registered in the same order
// (paragraph_cache.cpp).
SetParagraph set_paragraph(const Spans& spans, const ParagraphStyle& style, FontSet& fonts);
// The same, always set (the cache stands in for this).
SetParagraph set_paragraph_uncached(const Spans& spans, const ParagraphStyle& style, FontSet& fonts);

// Moves items and links by (dx, dy).
void translate(PageItem& item, double dx, double dy);
void translate(std::vector<PageItem>& items, double dx, double dy);
void translate(std::vector<LinkArea>& links, double dx, double dy);

}  // namespace raadsstuk::layout
