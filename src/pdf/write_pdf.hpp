#pragma once
// The output stage: a laid-out document -> PDF/A-2b bytes, with libharu (docs/archive.md).
//
// Embeds every font of doc.fonts as a subset of raadsstuk's own under a Type0/Identity-H font with a
// ToUnicode CMap (embedded_font.hpp; house faces and fallback font alike) and writes the text itself
// (text_operators.hpp), compresses all streams, sets the document information (title, author, subject, keywords, creation
// and modification date = the letter's date) and repeats it in XMP metadata with the PDF/A
// identification and the language, adds an sRGB output intent and /Lang, and derives the file /ID from
// the file's own bytes: the same document gives byte-identical bytes. URI links become printable link
// annotations, outline entries bookmarks.
//
// Returns nullopt when the sRGB profile cannot be read (RS503), a font cannot be subset (RS520) or libharu
// reports an error (RS502, with libharu's error number), and never throws for document content.
#include <filesystem>
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "layout/laid_out_document.hpp"
#include "pdf/srgb_profile.hpp"

namespace raadsstuk::pdf {

struct PdfSettings {
    std::filesystem::path srgb_profile = kDefaultSrgbProfile;  // the output intent's ICC profile
    std::string language = "nl-NL";                           // catalog /Lang and dc:language
};

std::optional<std::string> write_pdf(const layout::LaidOutDocument& doc, const PdfSettings& settings,
                                     diag::Diagnostics& out);
std::optional<std::string> write_pdf(const layout::LaidOutDocument& doc, diag::Diagnostics& out);

}  // namespace raadsstuk::pdf
