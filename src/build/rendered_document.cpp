#include "build/rendered_document.hpp"

#include "load/load.hpp"
#include "render/render_brief.hpp"
#include "resolve/resolve.hpp"

namespace raadsstuk::build {
namespace {

// The gemeente a document names, loaded once per build.
const model::Gemeente* gemeente_of(const std::filesystem::path& data_root, const std::string& id,
                                   const std::string& file_name, BuildContext& context, diag::Diagnostics& ds) {
    const auto path = load::locate_gemeente(data_root, id, file_name, ds);
    return path ? context.gemeente(*path, ds) : nullptr;
}

}  // namespace

std::optional<RenderedBrief> render_brief_document(std::string_view json_text, const std::string& file_name,
                                                   const std::filesystem::path& data_root, BuildContext& context,
                                                   diag::Diagnostics& ds) {
    const auto brief = load::load_raadsinformatiebrief(json_text, file_name, ds);
    if (!brief) return std::nullopt;
    return render_loaded_brief(*brief, file_name, data_root, context, ds);
}

std::optional<RenderedBrief> render_loaded_brief(const model::Raadsinformatiebrief& brief, const std::string& file_name,
                                                 const std::filesystem::path& data_root, BuildContext& context,
                                                 diag::Diagnostics& ds) {
    const model::Gemeente* gemeente = gemeente_of(data_root, brief.gemeente, file_name, context, ds);
    if (!gemeente) return std::nullopt;
    auto resolved = resolve::resolve_brief(brief, *gemeente, ds);
    if (!resolved || diag::has_errors(ds)) return std::nullopt;
    const render::TemplateSet* templates =
        render::select_version(context.templates(), brief.template_version, file_name, ds);
    if (!templates) return std::nullopt;
    const render::Template* tmpl = render::select_template(*templates, resolved->brief, ds);
    if (!tmpl) return std::nullopt;
    auto markdown = render::render_brief(*tmpl, *templates, *resolved, ds);
    if (!markdown || diag::has_errors(ds)) return std::nullopt;
    return RenderedBrief{std::move(*resolved), std::move(*markdown)};
}

std::optional<RenderedProposal> render_proposal_document(std::string_view json_text, const std::string& file_name,
                                                         const std::filesystem::path& data_root,
                                                         BuildContext& context, diag::Diagnostics& ds) {
    const auto voorstel = load::load_raadsvoorstel(json_text, file_name, ds);
    if (!voorstel) return std::nullopt;
    return render_loaded_proposal(*voorstel, file_name, data_root, context, ds);
}

std::optional<RenderedProposal> render_loaded_proposal(const model::Raadsvoorstel& voorstel, const std::string& file_name,
                                                       const std::filesystem::path& data_root, BuildContext& context,
                                                       diag::Diagnostics& ds) {
    const model::Gemeente* gemeente = gemeente_of(data_root, voorstel.gemeente, file_name, context, ds);
    if (!gemeente) return std::nullopt;
    auto resolved = resolve::resolve_voorstel(voorstel, *gemeente, ds);
    if (!resolved || diag::has_errors(ds)) return std::nullopt;
    const render::TemplateSet* templates =
        render::select_version(context.templates(), voorstel.template_version, file_name, ds);
    if (!templates) return std::nullopt;
    auto markdown = render::render_voorstel(*templates, *resolved, ds);
    if (!markdown || diag::has_errors(ds)) return std::nullopt;
    return RenderedProposal{std::move(*resolved), std::move(*markdown)};
}

}  // namespace raadsstuk::build
