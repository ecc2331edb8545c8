#pragma once
// The parts of PDF/A-2b that libharu 2.3.0 does not write, added through its object API (hpdf_objects.h)
// instead of a parse-and-rewrite round trip: libharu's own PDF/A call knows only PDF/A-1, copies the
// document information into XMP without XML escaping and adds a clock-based /ID. Each function returns
// false when libharu refuses an object; the caller then reports libharu's error (RS502).
#include <hpdf.h>

#include <map>
#include <memory>
#include <string>

#include "pdf/srgb_profile.hpp"

namespace raadsstuk::pdf::detail {

// dict[key] = the PDF text string of `utf8` (PDFDocEncoding, or UTF-16BE written as a hex string).
bool set_text_string(HPDF_Dict dict, const char* key, const std::string& utf8);

// The catalog's /Metadata: the XMP packet, unfiltered (PDF/A forbids a Filter on it).
bool add_metadata(HPDF_Doc pdf, const std::string& xmp);

// The catalog's /OutputIntents: one GTS_PDFA1 intent with the sRGB profile embedded (compressed).
bool add_srgb_output_intent(HPDF_Doc pdf, const std::shared_ptr<const IccProfile>& profile);

// The catalog's /Lang.
bool set_language(HPDF_Doc pdf, const std::string& language);

// /F 4 (Print): PDF/A wants every annotation printed as seen.
bool mark_printable(HPDF_Annotation annotation);

// A PNG image's alpha channel, which libharu stores uncompressed (25 KB for a 160 x 160 logo), compressed.
bool compress_soft_mask(HPDF_Image image);

}  // namespace raadsstuk::pdf::detail
