#pragma once
// The output stage: a laid-out document -> PDF bytes, with libharu.
//
// Embeds every font of doc.fonts (CP1252 for the house fonts, UTF-8 for the fallback font), compresses
// all streams, sets the document information (title, author, subject, keywords, creation and
// modification date = the letter's date) and writes no /ID: the same document gives byte-identical
// bytes. URI links become link annotations, outline entries bookmarks.
//
// Returns nullopt when libharu reports an error (RS502, with libharu's error number) and never throws for
// document content.
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "layout/laid_out_document.hpp"

namespace raadsstuk::pdf {

std::optional<std::string> write_pdf(const layout::LaidOutDocument& doc, diag::Diagnostics& out);

}  // namespace raadsstuk::pdf
