#include "build/build_document.hpp"

#include "build/output_file.hpp"
#include "layout/lay_out.hpp"
#include "load/load.hpp"
#include "pdf/write_pdf.hpp"
#include "render/render_brief.hpp"
#include "resolve/resolve.hpp"

namespace raadsstuk::build {
namespace {

layout::LayoutRequest layout_request(const model::ResolvedBrief& letter, std::string markdown) {
    layout::LayoutRequest request;
    request.markdown = std::move(markdown);
    request.style = letter.gemeente.style;
    request.gemeente_name = letter.gemeente.name;
    request.style_dir = std::filesystem::path(letter.gemeente.source_file).parent_path();
    request.info.title = letter.brief.subject;
    request.info.author = "Gemeente " + letter.gemeente.name;
    request.info.subject = letter.brief.zaaknummer;
    request.info.keywords = "raadsinformatiebrief, " + letter.brief.zaaknummer + ", " + letter.brief.documentnummer;
    request.info.kind_label = "Raadsinformatiebrief";
    request.info.date = letter.brief.date;
    request.source_name = letter.brief.source_file;
    return request;
}

// Load -> resolve -> render -> lay out -> PDF, all in memory; the files are written only when all succeeded.
bool run_pipeline(const DocumentSource& source, const std::filesystem::path& out_dir, BuildContext& context,
                  DocumentOutcome& outcome) {
    auto& ds = outcome.diagnostics;
    const std::string file_name = source.file.generic_string();
    const auto text = load::read_file(source.file, ds);
    if (!text) return false;
    const auto kind = load::detect_kind(*text);
    if (kind && *kind != "raadsinformatiebrief") {
        ds.push_back(diag::make("RS604", {file_name, "/soort", 0, 0},
                                "\"" + *kind + "\" is geen soort document die raadsstuk bouwt",
                                "gebruik \"soort\": \"raadsinformatiebrief\""));
        return false;
    }
    const auto brief = load::load_raadsinformatiebrief(*text, file_name, ds);
    if (!brief) return false;
    const auto gemeente_path = load::locate_gemeente(source.data_root, *brief, ds);
    if (!gemeente_path) return false;
    const model::Gemeente* gemeente = context.gemeente(*gemeente_path, ds);
    if (!gemeente) return false;
    const auto resolved = resolve::resolve_brief(*brief, *gemeente, ds);
    if (!resolved || diag::has_errors(ds)) return false;

    const render::Template* tmpl = render::select_template(context.templates(), resolved->brief, ds);
    if (!tmpl) return false;
    auto markdown = render::render_brief(*tmpl, context.templates(), *resolved, ds);
    if (!markdown || diag::has_errors(ds)) return false;

    const layout::LaidOutDocument pages =
        layout::lay_out(layout_request(*resolved, *markdown), context.fonts(), context.environment(), ds);
    if (diag::has_errors(ds)) return false;
    const auto pdf = pdf::write_pdf(pages, ds);
    if (!pdf || diag::has_errors(ds)) return false;

    const auto md_path = output_path(out_dir, source, ".md");
    const auto pdf_path = output_path(out_dir, source, ".pdf");
    if (!write_files_atomically({{md_path, *markdown}, {pdf_path, *pdf}}, ds)) return false;
    outcome.outputs = {md_path, pdf_path};
    return true;
}

}  // namespace

DocumentOutcome build_document(const DocumentSource& source, const std::filesystem::path& out_dir,
                               BuildContext& context) {
    DocumentOutcome outcome;
    outcome.source = source;
    outcome.built = run_pipeline(source, out_dir, context, outcome);
    return outcome;
}

}  // namespace raadsstuk::build
