#pragma once
// A data: URI for embedding a file in the HTML itself (the logo), so that the HTML is one self-contained file.
#include <string>
#include <string_view>

namespace raadsstuk::html {

std::string base64(std::string_view bytes);
std::string data_uri(std::string_view media_type, std::string_view bytes);  // "data:image/png;base64,..."

}  // namespace raadsstuk::html
