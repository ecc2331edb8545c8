#pragma once
// Measures a laid-out document the way a careful typesetter would look at it: how far justification
// stretched the word spaces, and what the page breaks did to paragraphs, headings and the closing.
// The bounds below are the ones docs/layout.md promises; tests hold the sample letters and a long synthetic
// letter to them, and tools/typeset_report prints the figures for any document.
#include <cstddef>
#include <string>

#include "layout/laid_out_document.hpp"

namespace raadsstuk::layout {

// Word space width over its natural width, on justified lines that are not the last of their paragraph.
// See docs/layout.md, "Measured typesetting", for why these values.
inline constexpr double kMeanSpaceScaleBound = 1.20;   // on average at most 20 % wider than natural
inline constexpr double kTypicalSpaceScaleBound = 1.90;  // 95 % of the lines at most 90 % wider
inline constexpr double kWorstSpaceScaleBound = 3.50;  // no line's spaces more than 250 % wider (see the docs)
inline constexpr double kLooseSpaceScale = 1.60;       // a line this loose is counted as a loose line

struct TypesettingReport {
    std::size_t pages = 0;
    std::size_t text_lines = 0;        // lines of paragraphs and list items (not headings, not the closing)
    std::size_t justified_lines = 0;   // of those, the lines set to the full width with 1 or more spaces
    double mean_space_scale = 1;       // over the justified lines
    double typical_space_scale = 1;    // the 95th percentile
    double worst_space_scale = 1;
    double least_space_scale = 1;      // the most shrunk line
    std::size_t loose_lines = 0;       // justified lines with spaces wider than kLooseSpaceScale
    std::size_t worst_page = 0;        // 1-based page of the widest-spaced line (0: no justified line)
    std::size_t hyphenated_lines = 0;
    std::size_t longest_hyphen_run = 0;  // hyphenated lines in a row within a paragraph
    std::size_t hyphen_at_page_end = 0;  // pages whose last text line ends in an added hyphen
    std::size_t orphans = 0;  // the first line of a paragraph of 2 or more lines alone at the foot of a page
    std::size_t widows = 0;   // the last line of a paragraph of 2 or more lines alone at the top of a page
    std::size_t headings_at_page_foot = 0;  // a heading with nothing of its section after it on its page
    bool closing_split = false;             // the closing (greeting to small print) spans two pages
    bool within_bounds() const;              // every count zero and the space scales within the bounds
};

TypesettingReport measure_typesetting(const LaidOutDocument& doc);

// The report as a few aligned "name: value" lines, for people.
std::string describe(const TypesettingReport& report);

}  // namespace raadsstuk::layout
