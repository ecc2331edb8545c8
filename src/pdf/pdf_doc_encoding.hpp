#pragma once
// Text strings of the PDF (document information, outline titles; PDF 32000-1, 7.9.2.2): PDFDocEncoding
// when every character has a byte there, else UTF-16BE with a byte order mark, so that no character becomes
// '?'. Tabs and line breaks become spaces and other control characters are dropped; text_string_text() is
// the text as it is stored, for the XMP metadata that must repeat the document information exactly.
#include <optional>
#include <string>
#include <string_view>

namespace raadsstuk::pdf::detail {

// The UTF-8 text as a PDF text string holds it: control characters replaced or dropped.
std::string text_string_text(std::string_view utf8);

// The bytes of the PDF text string: PDFDocEncoding, or FE FF and UTF-16BE.
std::string to_pdf_text_string(std::string_view utf8);

// PDFDocEncoding bytes of text_string_text(utf8); nullopt when a character has no byte there.
std::optional<std::string> to_pdf_doc_encoding(std::string_view utf8);

}  // namespace raadsstuk::pdf::detail
