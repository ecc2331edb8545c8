// Fuzz target: rendered Markdown -> lay_out -> write_pdf. The input is the Markdown a template could give
// (region markers, tables, lists, long words, any UTF-8 or none), laid out in the default house style
// with the system fonts and the Dutch hyphenation patterns, and written as PDF when the layout has no
// errors. Faults must be diagnostics (RS4xx, RS5xx): never a crash, a hang or an exception.
#include <cstddef>
#include <cstdint>
#include <string>

#include "layout/lay_out.hpp"
#include "pdf/write_pdf.hpp"

using namespace raadsstuk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > 64 * 1024) return 0;  // large bodies are a hostile-corpus case (tests/hostile), not a fuzz one
    static const model::Environment env;
    layout::LayoutRequest request;
    request.markdown.assign(reinterpret_cast<const char*>(data), size);
    request.gemeente_name = "Voorschoten";
    request.info.title = "Fuzz";
    request.info.kind_label = "Raadsinformatiebrief";
    request.source_name = "data/documenten/2021/fuzz.json";
    diag::Diagnostics out;
    const layout::LaidOutDocument doc = layout::lay_out(request, layout::FontLibrary::shared(), env, out);
    if (!diag::has_errors(out)) (void)pdf::write_pdf(doc, out);
    return 0;
}
