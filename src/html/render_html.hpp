#pragma once
// The HTML stage: the document tree of a letter + house style -> one self-contained, accessible HTML file
// (docs/html.md). It is the letter's second rendering beside the PDF, over the same tree
// (regions::parse_regions), and the one that can be published on a website: libharu cannot tag a PDF.
//
//   diag::Diagnostics ds;
//   html::HtmlRequest request{regions::parse_regions(markdown, file, ds), style, "Voorschoten", ...};
//   std::string page = html::render_html(request, ds);
//
// lang="nl", one h1, the kenmerken as a <dl>, real lists and tables, the status per domain as a table
// with the status as text, inline CSS in the house colours and fonts, @page A4 for printing; no scripts,
// no external requests, no time of writing: the same request gives the same bytes.
// Diagnostics: RS510 (a link with an unsafe address is written as text).
#include <string>

#include "diag/diagnostic.hpp"
#include "html/html_request.hpp"

namespace raadsstuk::html {

std::string render_html(const HtmlRequest& request, diag::Diagnostics& out);

}  // namespace raadsstuk::html
