#pragma once
// Parses the rendered Markdown (cmark-gfm with the table, strikethrough and autolink extensions) and splits
// it into regions at the <!-- raadsstuk:NAME --> markers. Content before the first marker belongs to
// "tekst". Reports RS405 for an unknown region name and RS401 for Markdown the PDF layout does not support
// (raw HTML, images); the location is the source file, the line that of the rendered Markdown.
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "regions/letter_blocks.hpp"

namespace raadsstuk::regions {

bool is_known_region(std::string_view name);
std::vector<Region> parse_regions(const std::string& markdown, const std::string& source_name, diag::Diagnostics& out);

}  // namespace raadsstuk::regions
