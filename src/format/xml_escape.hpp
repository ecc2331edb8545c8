#pragma once
// Escaping text for XML and HTML: & < > " ' become &amp; &lt; &gt; &quot; &#39;, so any text is safe as
// element content and inside a quoted attribute value, in the HTML rendering, the redlines and the PDF's XMP
// metadata alike.
#include <string>
#include <string_view>

namespace raadsstuk::format {

std::string escape_xml(std::string_view text);

}  // namespace raadsstuk::format
