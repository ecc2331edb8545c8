#pragma once
// The document tree the layout lays out: the regions of blocks that regions::parse_regions makes of the
// rendered Markdown (src/regions/, shared with the HTML rendering). The layout uses them under its own names.
#include "regions/letter_blocks.hpp"

namespace raadsstuk::layout {

using regions::Block;
using regions::CellAlign;
using regions::plain_text;
using regions::Region;
using regions::Span;
using regions::Spans;
using regions::SpanStyle;

}  // namespace raadsstuk::layout
