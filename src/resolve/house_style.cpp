// The house style a document is laid out with: the version it records (huisstijlversie), or the gemeente's
// current one.
#include "resolve/resolve.hpp"

namespace raadsstuk::resolve {

std::optional<model::HouseStyle> house_style_for(const model::Gemeente& gemeente, std::optional<int> version,
                                                 const std::string& document_file, diag::Diagnostics& out) {
    if (!version || *version == gemeente.style.version) return gemeente.style;
    for (const auto& style : gemeente.earlier_styles)
        if (style.version == *version) return style;
    std::string available = std::to_string(gemeente.style.version) + " (de huidige)";
    for (const auto& style : gemeente.earlier_styles) available += ", " + std::to_string(style.version);
    out.push_back(diag::make("RS104", {document_file, "/huisstijlversie", 0, 0},
                             "huisstijlversie " + std::to_string(*version) + " bestaat niet in het gemeentebestand " +
                                 gemeente.source_file,
                             "beschikbare versies: " + available + "; eerdere huisstijlen staan in "
                             "\"eerdere_huisstijlen\" van het gemeentebestand"));
    return std::nullopt;
}

}  // namespace raadsstuk::resolve
