#pragma once
// Renders a resolved raadsinformatiebrief to Markdown with its template.
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "model/resolved_brief.hpp"
#include "render/template.hpp"

namespace raadsstuk::render {

// The template the letter asks for ("sjabloon", default "raadsinformatiebrief"); RS301 at /sjabloon if the
// set has no such template.
const Template* select_template(const TemplateSet& set, const model::Raadsinformatiebrief& brief,
                                diag::Diagnostics& out);
// The template `name` of the set, or nullptr and RS301 at file:pointer (with the templates there are).
const Template* select_template(const TemplateSet& set, const std::string& name, const std::string& file,
                                const std::string& pointer, diag::Diagnostics& out);

// The letter as Markdown: make_brief_view, the "status" partial for a "[[status]]" body block, the template,
// then normalise_markdown. All problems go to `out` (RS303 also when the body has "[[status]]" but the letter
// has no status; RS304 when the status partial is missing); nullopt on any error.
std::optional<std::string> render_brief(const Template& tmpl, const TemplateSet& set,
                                        const model::ResolvedBrief& brief, diag::Diagnostics& out);

}  // namespace raadsstuk::render
