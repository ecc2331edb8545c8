#include "render/render_brief.hpp"

#include "render/brief_view.hpp"
#include "render/markdown_body.hpp"

namespace raadsstuk::render {

const Template* select_template(const TemplateSet& set, const std::string& name, const std::string& file,
                                const std::string& pointer, diag::Diagnostics& out) {
    if (const Template* t = set.find_template(name)) return t;
    std::string available;
    for (const auto& [n, t] : set.templates()) available += (available.empty() ? "" : ", ") + n;
    out.push_back(diag::make("RS301", {file, pointer, 0, 0}, "sjabloon '" + name + "' bestaat niet",
                             available.empty() ? std::string("er zijn geen sjablonen geladen")
                                               : "beschikbare sjablonen: " + available));
    return nullptr;
}

const Template* select_template(const TemplateSet& set, const model::Raadsinformatiebrief& brief,
                                diag::Diagnostics& out) {
    return select_template(set, brief.template_name, brief.source_file, "/sjabloon", out);
}

std::optional<std::string> render_brief(const Template& tmpl, const TemplateSet& set,
                                        const model::ResolvedBrief& resolved, diag::Diagnostics& out) {
    const model::Raadsinformatiebrief& b = resolved.brief;
    bool ok = true;
    std::string status_md;
    for (std::size_t i = 0; i < b.body.size(); ++i) {
        if (!is_status_placeholder(b.body[i])) continue;
        const diag::Location where{b.source_file, "/tekst/" + std::to_string(i), 0, 0};
        if (!b.status) {
            out.push_back(diag::make("RS303", where,
                                     "de tekst vraagt om de statustabel ([[status]]), maar de brief heeft geen 'status'",
                                     "voeg \"status\" toe aan de brief of haal [[status]] uit de tekst"));
            ok = false;
            break;
        }
        const Template* partial = set.find_partial("status");
        if (!partial) {
            out.push_back(diag::make("RS304", where,
                                     "partial 'status' bestaat niet; die is nodig voor [[status]] in de tekst",
                                     "partials staan in partials/NAAM.md in de map van de sjabloonversie (templates/vN)"));
            ok = false;
            break;
        }
        const auto rendered = partial->render(make_brief_view(resolved), set, out);
        if (!rendered) ok = false;
        else status_md = *rendered;
        break;  // rendered once, placed at every "[[status]]"
    }
    const Value view = make_brief_view(resolved, status_md);
    const auto markdown = tmpl.render(view, set, out);
    if (!markdown || !ok) return std::nullopt;
    return normalise_markdown(*markdown);
}

}  // namespace raadsstuk::render
