#include "diff/render_markdown.hpp"

#include "build/rendered_document.hpp"
#include "load/load.hpp"

namespace raadsstuk::diff {

std::optional<std::string> render_markdown(std::string_view text, const std::string& file_name,
                                           const std::filesystem::path& data_root, build::BuildContext& context,
                                           diag::Diagnostics& ds, std::optional<model::Gemeente>* gemeente_out,
                                           std::optional<model::Date>* date_out) {
    const auto kind = load::detect_kind(text);
    if (!kind || *kind == "raadsinformatiebrief") {
        auto rendered = build::render_brief_document(text, file_name, data_root, context, ds);  // reports a bad kind
        if (!rendered) return std::nullopt;
        if (gemeente_out) *gemeente_out = rendered->resolved.gemeente;
        if (date_out) *date_out = rendered->resolved.brief.date;
        return std::move(rendered->markdown);
    }
    if (*kind == "raadsvoorstel") {
        auto rendered = build::render_proposal_document(text, file_name, data_root, context, ds);
        if (!rendered) return std::nullopt;
        if (gemeente_out) *gemeente_out = rendered->resolved.gemeente;
        if (date_out) *date_out = rendered->resolved.voorstel.college_date;
        return rendered->markdown.proposal + "\n" + rendered->markdown.decision;
    }
    ds.push_back(diag::make("RS705", {file_name, "/soort", 0, 0},
                            "\"" + *kind + "\" is geen document dat raadsstuk kan vergelijken",
                            "vergelijk een raadsinformatiebrief of raadsvoorstel (.json) of een Markdown-bestand (.md)"));
    return std::nullopt;
}

}  // namespace raadsstuk::diff
