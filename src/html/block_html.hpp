#pragma once
// Blocks and inline text of the document tree as HTML elements: paragraphs, headings, lists, tables,
// quotes, code and rules; bold, italic, struck-through text, links and hard line breaks. All text is
// escaped; a link is written only for a safe address (RS510 otherwise).
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "regions/letter_blocks.hpp"

namespace raadsstuk::html::detail {

struct Writer {
    std::string& out;
    diag::Diagnostics& diagnostics;
    const std::string& source;
    bool h1_written = false;  // the document has one h1: the title; later level-1 headings become h2
};

// http, https and mailto addresses, and relative ones (no scheme); not javascript:, data:, file:, ...
bool is_safe_link(const std::string& url);

void write_spans(const regions::Spans& spans, Writer& w, int line);
void write_block(const regions::Block& b, Writer& w);
void write_blocks(const std::vector<regions::Block>& blocks, Writer& w);

// The content of a list item or a definition: a single paragraph inline, other content as blocks.
void write_flow(const std::vector<regions::Block>& blocks, Writer& w);

}  // namespace raadsstuk::html::detail
