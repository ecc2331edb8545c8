#pragma once
// Renders a resolved raadsvoorstel to Markdown: the proposal and the ontwerp-raadsbesluit, each with its own
// template and the same view (make_voorstel_view), so both print the same beslispunten.
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "model/resolved_voorstel.hpp"
#include "render/template.hpp"

namespace raadsstuk::render {

struct RenderedVoorstel {
    std::string proposal;  // Markdown of the raadsvoorstel
    std::string decision;  // Markdown of the ontwerp-raadsbesluit
};

// The templates the data asks for ("sjabloon", default "raadsvoorstel"; "sjabloon_besluit", default
// "raadsbesluit"): RS301 at /sjabloon or /sjabloon_besluit when the set has no such template. Both rendered
// and normalised; nullopt on any error (all are reported).
std::optional<RenderedVoorstel> render_voorstel(const TemplateSet& set, const model::ResolvedVoorstel& voorstel,
                                                diag::Diagnostics& out);

}  // namespace raadsstuk::render
