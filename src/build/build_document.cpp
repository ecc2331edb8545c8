#include "build/build_document.hpp"

#include "build/html_output.hpp"
#include "build/output_file.hpp"
#include "build/rendered_document.hpp"
#include "layout/lay_out.hpp"
#include "load/load.hpp"
#include "pdf/write_pdf.hpp"
#include "regions/parse_regions.hpp"

namespace raadsstuk::build {
namespace {

layout::LayoutRequest layout_request(const model::Gemeente& gemeente, const std::string& source_file,
                                     std::string markdown) {
    layout::LayoutRequest request;
    request.markdown = std::move(markdown);
    request.style = gemeente.style;
    request.gemeente_name = gemeente.name;
    request.style_dir = std::filesystem::path(gemeente.source_file).parent_path();
    request.info.author = "Gemeente " + gemeente.name;
    request.source_name = source_file;
    request.style_source = gemeente.source_file;  // hardening: RS402/RS404 point into the gemeente file
    return request;
}

// A document's PDF, and the regions it was laid out from, for its HTML.
struct Typeset {
    std::string pdf;
    std::vector<regions::Region> regions;
};

// Markdown -> regions -> laid-out pages -> PDF bytes; nothing on any error. The regions are parsed once,
// here, for the PDF and the HTML.
std::optional<Typeset> typeset(const layout::LayoutRequest& request, BuildContext& context, diag::Diagnostics& ds) {
    Typeset t;
    t.regions = regions::parse_regions(request.markdown, request.source_name, ds);
    const layout::LaidOutDocument pages =
        layout::lay_out(request, t.regions, context.fonts(), context.environment(), ds);
    if (diag::has_errors(ds)) return std::nullopt;
    auto pdf = pdf::write_pdf(pages, ds);
    if (!pdf || diag::has_errors(ds)) return std::nullopt;
    t.pdf = std::move(*pdf);
    return t;
}

using Outputs = std::vector<std::pair<std::filesystem::path, std::string>>;

// The rendered letter (nothing when rendering it failed) -> its outputs.
std::optional<Outputs> build_brief(const DocumentSource& source, std::optional<RenderedBrief> rendered,
                                   const std::string& file_name, const std::filesystem::path& out_dir,
                                   BuildContext& context, diag::Diagnostics& ds) {
    if (!rendered) return std::nullopt;
    const model::Raadsinformatiebrief& brief = rendered->resolved.brief;

    layout::LayoutRequest request = layout_request(rendered->resolved.gemeente, file_name, rendered->markdown);
    request.info.title = brief.subject;
    request.info.subject = brief.zaaknummer;
    request.info.keywords = "raadsinformatiebrief, " + brief.zaaknummer +
                            (brief.documentnummer.empty() ? "" : ", " + brief.documentnummer);
    request.info.kind_label = "Raadsinformatiebrief";
    request.info.date = brief.date;
    auto typeset_brief = typeset(request, context, ds);
    if (!typeset_brief) return std::nullopt;
    return Outputs{{output_path(out_dir, source, ".md"), std::move(rendered->markdown)},
                   {output_path(out_dir, source, ".pdf"), std::move(typeset_brief->pdf)},
                   {output_path(out_dir, source, ".html"), html_of(request, std::move(typeset_brief->regions), ds)}};
}

// A raadsvoorstel gives two documents: x-voorstel and x-besluit (the ontwerp-raadsbesluit), written together.
std::optional<Outputs> build_voorstel(const DocumentSource& source, std::optional<RenderedProposal> rendered,
                                      const std::string& file_name, const std::filesystem::path& out_dir,
                                      BuildContext& context, diag::Diagnostics& ds) {
    if (!rendered) return std::nullopt;
    const model::Raadsvoorstel& voorstel = rendered->resolved.voorstel;
    auto& markdown = rendered->markdown;

    const std::string keywords = "raadsvoorstel, " + voorstel.zaaknummer;
    layout::LayoutRequest proposal = layout_request(rendered->resolved.gemeente, file_name, markdown.proposal);
    proposal.info.title = voorstel.subject;
    proposal.info.subject = voorstel.zaaknummer;
    proposal.info.keywords = keywords;
    proposal.info.kind_label = "Raadsvoorstel";
    proposal.info.date = voorstel.college_date;
    layout::LayoutRequest decision = layout_request(rendered->resolved.gemeente, file_name, markdown.decision);
    decision.info.title = "Ontwerp-raadsbesluit: " + voorstel.subject;
    decision.info.subject = voorstel.zaaknummer;
    decision.info.keywords = keywords + ", ontwerp-raadsbesluit";
    decision.info.kind_label = "Ontwerp-raadsbesluit";
    decision.info.date = voorstel.college_date;  // drafted with the proposal; the raad decides later
    auto proposal_set = typeset(proposal, context, ds);
    auto decision_set = proposal_set ? typeset(decision, context, ds) : std::nullopt;
    if (!proposal_set || !decision_set) return std::nullopt;
    return Outputs{{output_path(out_dir, source, "-voorstel.md"), std::move(markdown.proposal)},
                   {output_path(out_dir, source, "-voorstel.pdf"), std::move(proposal_set->pdf)},
                   {output_path(out_dir, source, "-voorstel.html"), html_of(proposal, std::move(proposal_set->regions), ds)},
                   {output_path(out_dir, source, "-besluit.md"), std::move(markdown.decision)},
                   {output_path(out_dir, source, "-besluit.pdf"), std::move(decision_set->pdf)},
                   {output_path(out_dir, source, "-besluit.html"), html_of(decision, std::move(decision_set->regions), ds)}};
}

// Load -> resolve -> render -> lay out -> PDF, all in memory; nothing on any error.
std::optional<Outputs> run_pipeline(const DocumentSource& source, const std::filesystem::path& out_dir,
                                    BuildContext& context, DocumentOutcome& outcome, LoadedDocument* loaded) {
    auto& ds = outcome.diagnostics;
    const std::string file_name = source.file.generic_string();
    // The document as its checks loaded it, with what loading it found: its JSON is not parsed again.
    if (loaded && loaded->has_document() && loaded->file_name == file_name) {
        ds = std::move(loaded->diagnostics);
        if (loaded->brief)
            return build_brief(source, render_loaded_brief(*loaded->brief, file_name, source.data_root, context, ds),
                               file_name, out_dir, context, ds);
        return build_voorstel(source,
                              render_loaded_proposal(*loaded->voorstel, file_name, source.data_root, context, ds),
                              file_name, out_dir, context, ds);
    }
    const auto text = load::read_file(source.file, ds);
    if (!text) return std::nullopt;
    const auto kind = load::detect_kind(*text);
    std::optional<Outputs> outputs;
    if (!kind || *kind == "raadsinformatiebrief") {
        // The loader reports a bad kind.
        outputs = build_brief(source, render_brief_document(*text, file_name, source.data_root, context, ds), file_name,
                              out_dir, context, ds);
    } else if (*kind == "raadsvoorstel") {
        outputs = build_voorstel(source, render_proposal_document(*text, file_name, source.data_root, context, ds),
                                 file_name, out_dir, context, ds);
    } else {
        ds.push_back(diag::make("RS604", {file_name, "/soort", 0, 0},
                                "\"" + *kind + "\" is geen soort document die raadsstuk bouwt",
                                "gebruik \"soort\": \"raadsinformatiebrief\" of \"raadsvoorstel\""));
        return std::nullopt;
    }
    return outputs;
}

}  // namespace

GeneratedDocument generate_document(const DocumentSource& source, const std::filesystem::path& out_dir,
                                    BuildContext& context, LoadedDocument* loaded) {
    GeneratedDocument generated;
    generated.outcome.source = source;
    if (auto outputs = run_pipeline(source, out_dir, context, generated.outcome, loaded)) {
        generated.files = std::move(*outputs);
        generated.outcome.built = true;
    }
    return generated;
}

bool write_generated(GeneratedDocument& generated) {
    auto& outcome = generated.outcome;
    std::vector<std::pair<std::filesystem::path, std::string_view>> files(generated.files.begin(), generated.files.end());
    outcome.built = outcome.built && write_files_atomically(files, outcome.diagnostics);
    if (outcome.built)
        for (const auto& [path, bytes] : generated.files) outcome.outputs.push_back(path);
    return outcome.built;
}

DocumentOutcome build_document(const DocumentSource& source, const std::filesystem::path& out_dir,
                               BuildContext& context) {
    GeneratedDocument generated = generate_document(source, out_dir, context);
    write_generated(generated);
    return std::move(generated.outcome);
}

}  // namespace raadsstuk::build
