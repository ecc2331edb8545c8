#pragma once
// Escaping text for HTML: & < > " ' become character references, so any text is safe both as element
// content and inside a quoted attribute value.
#include <string>
#include <string_view>

namespace raadsstuk::html {

std::string escape(std::string_view text);

}  // namespace raadsstuk::html
