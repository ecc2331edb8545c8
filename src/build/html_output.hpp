#pragma once
// The accessible HTML rendering of a document, written beside its PDF (docs/html.md): the same rendered
// Markdown and house style as the PDF's layout request, through regions::parse_regions and html::render_html.
#include <string>

#include "diag/diagnostic.hpp"
#include "layout/layout_request.hpp"

namespace raadsstuk::build {

// Call after the layout of the same request succeeded: the layout has reported the findings of the region
// parse (RS401, RS405) and of the logo (RS404) already, so only the HTML stage's own ones (RS51x) are added.
std::string html_of(const layout::LayoutRequest& request, diag::Diagnostics& ds);

}  // namespace raadsstuk::build
