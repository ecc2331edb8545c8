#pragma once
// PDFDocEncoding for text strings in the document information and the outline. libharu writes these
// strings byte for byte; CP1252 bytes would show the wrong quotes and euro sign, and UTF-16 cannot pass its
// NUL-terminated API. Characters outside PDFDocEncoding become '?'.
#include <string>
#include <string_view>

namespace raadsstuk::pdf::detail {

std::string to_pdf_doc_encoding(std::string_view utf8);

}  // namespace raadsstuk::pdf::detail
