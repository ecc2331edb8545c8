#pragma once
// The layout stage: rendered Markdown + house style -> laid-out A4 pages (see laid_out_document.hpp).
//
//   layout::FontLibrary& fonts = layout::FontLibrary::shared();   // loads each font file once
//   layout::LaidOutDocument doc = layout::lay_out(request, fonts, env, diagnostics);
//   if (!diag::has_errors(diagnostics)) auto pdf = pdf::write_pdf(doc, diagnostics);
//
// The Markdown is split into regions by <!-- raadsstuk:NAME --> lines (docs/layout.md): kenmerken (title
// and metadata form on page 1 under the letterhead), tekst (justified body), status (a figure), slot,
// ondertekening and voet (kept together on one page), bijlagen.
// Diagnostics: RS401 unsupported Markdown, RS402 font missing, RS403 character without glyph, RS404 logo
// unreadable, RS405 unknown region. With a missing regular house font the result has no pages.
#include "diag/diagnostic.hpp"
#include "layout/font_library.hpp"
#include "layout/laid_out_document.hpp"
#include "layout/layout_request.hpp"
#include "model/environment.hpp"
#include "regions/letter_blocks.hpp"

namespace raadsstuk::layout {

LaidOutDocument lay_out(const LayoutRequest& request, FontLibrary& fonts, const model::Environment& env,
                        diag::Diagnostics& out);

// The same, with the regions of request.markdown already parsed (regions::parse_regions, which reports
// RS401 and RS405): the build parses them once for the PDF and the HTML.
LaidOutDocument lay_out(const LayoutRequest& request, const std::vector<regions::Region>& regions, FontLibrary& fonts,
                        const model::Environment& env, diag::Diagnostics& out);

}  // namespace raadsstuk::layout
