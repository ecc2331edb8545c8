// typeset-report: lays out generated Markdown documents the way a build does and prints how well they are set
// (word-space stretch of justified lines, hyphenation, widows, orphans, headings at a page foot, the closing).
//
//   build/tools/typeset-report --gemeente data/gemeenten/voorschoten.json output/documenten/2021/x.md ...
//
// Exit code: 0 when every document is within the bounds of layout/typesetting_report.hpp, 1 when one is not,
// 2 on a wrong invocation or unreadable input. A developer tool: its output is English.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "layout/font_library.hpp"
#include "layout/lay_out.hpp"
#include "layout/typesetting_report.hpp"
#include "load/load.hpp"
#include "pdf/write_pdf.hpp"

namespace {

using namespace raadsstuk;

constexpr const char* kUsage =
    "usage: typeset-report --gemeente GEMEENTE.json [--quiet] [--pdf DIR] DOCUMENT.md...\n"
    "Lays out each generated Markdown document with the gemeente's house style and prints its typesetting\n"
    "figures; --quiet prints one summary line per document; --pdf writes each laid-out document as\n"
    "DIR/<name>.pdf to look at. Exit 1 when a document exceeds the bounds.\n";

std::optional<std::string> slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void print_diagnostics(const diag::Diagnostics& ds) {
    for (const auto& d : ds) std::cerr << diag::format(d) << '\n';
}

}  // namespace

int main(int argc, char** argv) {
    std::string gemeente_file;
    bool quiet = false;
    std::filesystem::path pdf_dir;
    std::vector<std::string> documents;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--gemeente" && i + 1 < argc) gemeente_file = argv[++i];
        else if (a == "--quiet" || a == "-q") quiet = true;
        else if (a == "--pdf" && i + 1 < argc) pdf_dir = argv[++i];
        else if (a == "--help" || a == "-h") return std::cout << kUsage, 0;
        else if (!a.empty() && a[0] == '-') return std::cerr << kUsage, 2;
        else documents.push_back(a);
    }
    if (gemeente_file.empty() || documents.empty()) return std::cerr << kUsage, 2;

    diag::Diagnostics ds;
    const auto gemeente_text = slurp(gemeente_file);
    if (!gemeente_text) return std::cerr << "typeset-report: cannot read " << gemeente_file << '\n', 2;
    const auto gemeente = load::load_gemeente(*gemeente_text, gemeente_file, ds);
    print_diagnostics(ds);
    if (!gemeente) return 2;

    const model::Environment env;
    int status = 0;
    for (const std::string& file : documents) {
        const auto markdown = slurp(file);
        if (!markdown) {
            std::cerr << "typeset-report: cannot read " << file << '\n';
            status = 2;
            continue;
        }
        layout::LayoutRequest request;
        request.markdown = *markdown;
        request.style = gemeente->style;
        request.gemeente_name = gemeente->name;
        request.style_dir = std::filesystem::path(gemeente_file).parent_path();
        request.source_name = file;
        diag::Diagnostics layout_ds;
        const layout::LaidOutDocument doc = layout::lay_out(request, layout::FontLibrary::shared(), env, layout_ds);
        print_diagnostics(layout_ds);
        if (diag::has_errors(layout_ds)) {
            status = 2;
            continue;
        }
        if (!pdf_dir.empty()) {
            const auto pdf = pdf::write_pdf(doc, layout_ds);
            print_diagnostics(layout_ds);
            std::ofstream out(pdf_dir / std::filesystem::path(file).filename().replace_extension(".pdf"), std::ios::binary);
            if (pdf) out << *pdf;
        }
        const layout::TypesettingReport report = layout::measure_typesetting(doc);
        if (quiet) {
            char line[256];
            std::snprintf(line, sizeof line,
                          "%s: %zu pages, %zu justified lines, word space mean %+.1f %% widest %+.1f %%, "
                          "95 %% %+.1f %%, %zu widows, %zu orphans, %zu headings at foot, closing %s%s",
                          file.c_str(), report.pages, report.justified_lines, (report.mean_space_scale - 1) * 100,
                          (report.worst_space_scale - 1) * 100, (report.typical_space_scale - 1) * 100, report.widows, report.orphans,
                          report.headings_at_page_foot, report.closing_split ? "split" : "whole",
                          report.within_bounds() ? "" : "  OUT OF BOUNDS");
            std::cout << line << '\n';
        } else {
            std::cout << file << '\n' << layout::describe(report) << '\n';
        }
        if (!report.within_bounds() && status == 0) status = 1;
    }
    return status;
}
