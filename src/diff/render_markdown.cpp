#include "diff/render_markdown.hpp"

#include "build/rendered_document.hpp"
#include "load/load.hpp"

namespace raadsstuk::diff {

std::optional<std::string> render_markdown(std::string_view text, const std::string& file_name,
                                           const std::filesystem::path& data_root, build::BuildContext& context,
                                           diag::Diagnostics& ds, const model::Gemeente** gemeente_out,
                                           std::optional<model::Date>* date_out) {
    // The gemeente as the context holds it (the house style the redline is set in).
    const auto held_gemeente = [&](const std::string& id) {
        diag::Diagnostics already_reported;  // the render step reported the gemeente's problems
        const auto path = load::locate_gemeente(data_root, id, file_name, already_reported);
        return path ? context.gemeente(*path, already_reported) : nullptr;
    };
    const auto kind = load::detect_kind(text);
    if (!kind || *kind == "raadsinformatiebrief") {
        auto rendered = build::render_brief_document(text, file_name, data_root, context, ds);  // reports a bad kind
        if (!rendered) return std::nullopt;
        if (gemeente_out) *gemeente_out = held_gemeente(rendered->resolved.brief.gemeente);
        if (date_out) *date_out = rendered->resolved.brief.date;
        return std::move(rendered->markdown);
    }
    if (*kind == "raadsvoorstel") {
        auto rendered = build::render_proposal_document(text, file_name, data_root, context, ds);
        if (!rendered) return std::nullopt;
        if (gemeente_out) *gemeente_out = held_gemeente(rendered->resolved.voorstel.gemeente);
        if (date_out) *date_out = rendered->resolved.voorstel.college_date;
        return rendered->markdown.proposal + "\n" + rendered->markdown.decision;
    }
    ds.push_back(diag::make("RS705", {file_name, "/soort", 0, 0},
                            "\"" + *kind + "\" is geen document dat raadsstuk kan vergelijken",
                            "vergelijk een raadsinformatiebrief of raadsvoorstel (.json) of een Markdown-bestand (.md)"));
    return std::nullopt;
}

}  // namespace raadsstuk::diff
