#include "diff/render_markdown.hpp"

#include "load/load.hpp"
#include "render/render_brief.hpp"
#include "render/render_voorstel.hpp"
#include "resolve/resolve.hpp"

namespace raadsstuk::diff {
namespace {

const model::Gemeente* gemeente_of(const std::filesystem::path& data_root, const std::string& id,
                                   const std::string& file_name, build::BuildContext& context, diag::Diagnostics& ds) {
    const auto path = load::locate_gemeente(data_root, id, file_name, ds);
    return path ? context.gemeente(*path, ds) : nullptr;
}

}  // namespace

std::optional<std::string> render_markdown(std::string_view text, const std::string& file_name,
                                           const std::filesystem::path& data_root, build::BuildContext& context,
                                           diag::Diagnostics& ds, const model::Gemeente** gemeente_out,
                                           std::optional<model::Date>* date_out) {
    const auto kind = load::detect_kind(text);
    if (!kind || *kind == "raadsinformatiebrief") {
        const auto brief = load::load_raadsinformatiebrief(text, file_name, ds);  // reports a bad kind
        if (!brief) return std::nullopt;
        const model::Gemeente* gemeente = gemeente_of(data_root, brief->gemeente, file_name, context, ds);
        if (!gemeente) return std::nullopt;
        if (gemeente_out) *gemeente_out = gemeente;
        if (date_out) *date_out = brief->date;
        const auto resolved = resolve::resolve_brief(*brief, *gemeente, ds);
        if (!resolved || diag::has_errors(ds)) return std::nullopt;
        const render::TemplateSet* templates =
            render::select_version(context.templates(), brief->template_version, file_name, ds);
        if (!templates) return std::nullopt;
        const render::Template* tmpl = render::select_template(*templates, resolved->brief, ds);
        if (!tmpl) return std::nullopt;
        auto markdown = render::render_brief(*tmpl, *templates, *resolved, ds);
        if (!markdown || diag::has_errors(ds)) return std::nullopt;
        return markdown;
    }
    if (*kind == "raadsvoorstel") {
        const auto voorstel = load::load_raadsvoorstel(text, file_name, ds);
        if (!voorstel) return std::nullopt;
        const model::Gemeente* gemeente = gemeente_of(data_root, voorstel->gemeente, file_name, context, ds);
        if (!gemeente) return std::nullopt;
        if (gemeente_out) *gemeente_out = gemeente;
        if (date_out) *date_out = voorstel->college_date;
        const auto resolved = resolve::resolve_voorstel(*voorstel, *gemeente, ds);
        if (!resolved || diag::has_errors(ds)) return std::nullopt;
        const render::TemplateSet* templates =
            render::select_version(context.templates(), voorstel->template_version, file_name, ds);
        if (!templates) return std::nullopt;
        auto markdown = render::render_voorstel(*templates, *resolved, ds);
        if (!markdown || diag::has_errors(ds)) return std::nullopt;
        return markdown->proposal + "\n" + markdown->decision;
    }
    ds.push_back(diag::make("RS705", {file_name, "/soort", 0, 0},
                            "\"" + *kind + "\" is geen document dat raadsstuk kan vergelijken",
                            "vergelijk een raadsinformatiebrief of raadsvoorstel (.json) of een Markdown-bestand (.md)"));
    return std::nullopt;
}

}  // namespace raadsstuk::diff
