#include "render/render_voorstel.hpp"

#include "render/markdown_body.hpp"
#include "render/render_brief.hpp"
#include "render/voorstel_view.hpp"

namespace raadsstuk::render {
std::optional<RenderedVoorstel> render_voorstel(const TemplateSet& set, const model::ResolvedVoorstel& resolved,
                                                diag::Diagnostics& out) {
    const model::Raadsvoorstel& p = resolved.voorstel;
    const Template* proposal = select_template(set, p.template_name, p.source_file, "/sjabloon", out);
    const Template* decision = select_template(set, p.decision_template_name, p.source_file, "/sjabloon_besluit", out);
    if (!proposal || !decision) return std::nullopt;
    const Value view = make_voorstel_view(resolved);
    const auto proposal_md = proposal->render(view, set, out);
    const auto decision_md = decision->render(view, set, out);
    if (!proposal_md || !decision_md) return std::nullopt;
    return RenderedVoorstel{normalise_markdown(*proposal_md), normalise_markdown(*decision_md)};
}

}  // namespace raadsstuk::render
