#pragma once
// The file identifier (trailer /ID, required by PDF/A): the first 16 bytes of the SHA-256 of the file's own
// bytes (qpdf's --deterministic-id takes an MD5 the same way; our SHA-256 runs on the processor's SHA
// extensions, several times faster than libharu's MD5). Same content, same ID; other content, another ID;
// never the clock (libharu's PDF/A call would take the time).
//
// add_id_placeholder() puts [<00...0> <00...0>] into the trailer before saving; set_content_id() then
// replaces both strings, in place and with the same length (the xref offsets stay valid), by that hash of
// the saved bytes with the placeholder in them.
#include <hpdf.h>

#include <string>

namespace raadsstuk::pdf::detail {

bool add_id_placeholder(HPDF_Doc pdf);

// false when the saved bytes carry no placeholder.
bool set_content_id(std::string& pdf_bytes);

}  // namespace raadsstuk::pdf::detail
