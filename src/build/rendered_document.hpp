#pragma once
// A document loaded, resolved (with its house style version) and rendered to Markdown with its template
// version: the part of the pipeline that building a document and diffing two of its versions share.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "build/build_context.hpp"
#include "diag/diagnostic.hpp"
#include "model/raadsinformatiebrief.hpp"
#include "model/raadsvoorstel.hpp"
#include "model/resolved_brief.hpp"
#include "model/resolved_voorstel.hpp"
#include "render/render_voorstel.hpp"

namespace raadsstuk::build {

struct RenderedBrief {
    model::ResolvedBrief resolved;  // resolved.gemeente.style is the house style version the letter uses
    std::string markdown;
};

struct RenderedProposal {
    model::ResolvedVoorstel resolved;
    render::RenderedVoorstel markdown;  // the proposal and its ontwerp-raadsbesluit
};

// The letter or proposal in json_text (file_name as the user gave it, for diagnostics), whose gemeente is
// looked up under data_root through the context. Nothing on any error; all of them go to `out`.
std::optional<RenderedBrief> render_brief_document(std::string_view json_text, const std::string& file_name,
                                                   const std::filesystem::path& data_root, BuildContext& context,
                                                   diag::Diagnostics& out);
std::optional<RenderedProposal> render_proposal_document(std::string_view json_text, const std::string& file_name,
                                                         const std::filesystem::path& data_root,
                                                         BuildContext& context, diag::Diagnostics& out);

// The same from a document already loaded (the checks loaded it: register_root.hpp, LoadedDocument).
std::optional<RenderedBrief> render_loaded_brief(const model::Raadsinformatiebrief& brief, const std::string& file_name,
                                                 const std::filesystem::path& data_root, BuildContext& context,
                                                 diag::Diagnostics& out);
std::optional<RenderedProposal> render_loaded_proposal(const model::Raadsvoorstel& voorstel,
                                                       const std::string& file_name,
                                                       const std::filesystem::path& data_root, BuildContext& context,
                                                       diag::Diagnostics& out);

}  // namespace raadsstuk::build
