#pragma once
// The accessible HTML rendering of a document, written beside its PDF (docs/html.md): the same rendered
// Markdown, regions and house style as the PDF's layout, through html::render_html.
#include <string>

#include "diag/diagnostic.hpp"
#include "layout/layout_request.hpp"
#include "regions/letter_blocks.hpp"

namespace raadsstuk::build {

// Call after the layout of the same request and regions (regions::parse_regions of request.markdown)
// succeeded: the region parse (RS401, RS405) and the layout (RS404 for the logo) have reported their findings
// already, so only the HTML stage's own ones (RS51x) are added.
std::string html_of(const layout::LayoutRequest& request, std::vector<regions::Region> regions, diag::Diagnostics& ds);

}  // namespace raadsstuk::build
