#include "format/xml_escape.hpp"

namespace raadsstuk::format {

std::string escape_xml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;  // &apos; is not HTML 4; this is both XML and every HTML
            default: out += c; break;
        }
    }
    return out;
}

}  // namespace raadsstuk::format
