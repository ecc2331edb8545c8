#pragma once
// The redline as a PDF, through the layout and PDF stages: the changed metadata in the form on top, then
// the text of the new document with the deleted words struck through in red (and set in italics) and the
// inserted words underlined in green (and set in bold). The house style is the one the new document uses
// (its gemeente's, in the version of its huisstijlversie) when it is a data file, otherwise a plain one
// (Liberation Sans).
#include <optional>
#include <string>

#include "build/build_context.hpp"
#include "diag/diagnostic.hpp"
#include "diff/document_diff.hpp"
#include "diff/html_redline.hpp"
#include "layout/laid_out_document.hpp"
#include "model/date.hpp"
#include "model/gemeente.hpp"

namespace raadsstuk::diff {

// The redline as Markdown for the layout stage: deleted words as [~~*so*~~](#rs-del), inserted words as
// [**so**](#rs-ins); colour_redline turns these marked links into coloured words.
std::string redline_markdown(const DocumentDiff& diff, const RedlineNames& names);

// Recolours the words of the marked links (red and struck, green and underlined) and removes the links.
void colour_redline(layout::LaidOutDocument& doc);

// PDF bytes, or nothing with the layout's and PDF writer's diagnostics in `out`. `date` becomes the PDF's
// date (the new document's date), so the same input gives the same bytes.
std::optional<std::string> pdf_redline(const DocumentDiff& diff, const RedlineNames& names,
                                       const model::Gemeente* gemeente, const model::Date& date,
                                       build::BuildContext& context, diag::Diagnostics& out);

}  // namespace raadsstuk::diff
