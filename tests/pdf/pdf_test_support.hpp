#pragma once
// Helpers for the PDF tests: the fixture letter, a temporary directory, and running poppler/qpdf tools.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "layout/lay_out.hpp"
#include "pdf/write_pdf.hpp"

namespace raadsstuk::pdf::test {

inline std::filesystem::path source_dir() { return RAADSSTUK_SOURCE_DIR; }

inline std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void write_file(const std::filesystem::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary);
    out << bytes;
}

// A directory under the system temp dir, removed with everything in it when the object goes.
class TempDir {
public:
    TempDir() {
        std::random_device rd;
        path_ = std::filesystem::temp_directory_path() / ("raadsstuk-pdf-test-" + std::to_string(rd()));
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

struct CommandResult {
    int status = -1;
    std::string output;
};

// Runs a shell command and captures stdout.
inline CommandResult run(const std::string& command) {
    CommandResult r;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return r;
    char buf[4096];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.output.append(buf, n);
    const int status = pclose(pipe);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

inline std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

// The font lines of `pdffonts FILE` (its two header lines left out), one per font.
inline std::vector<std::string> pdffonts_lines(const std::filesystem::path& pdf) {
    std::istringstream listing(run("pdffonts " + quoted(pdf) + " 2>&1").output);
    std::vector<std::string> lines;
    std::string line;
    for (int i = 0; std::getline(listing, line); ++i)
        if (i >= 2 && !line.empty()) lines.push_back(line);
    return lines;
}

inline model::HouseStyle voorschoten_style() {
    model::HouseStyle s;
    s.font = {"LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
              "LiberationSans-BoldItalic.ttf"};
    s.primary = {0, 94, 133};
    s.accent = {105, 118, 130};
    s.text = {33, 33, 33};
    s.letterhead = {"Leidseweg 25", "Postbus 393", "2250 AJ  Voorschoten", "T 14 071", "www.voorschoten.nl"};
    s.logo = "logo.png";
    return s;
}

inline layout::LayoutRequest fixture_request(const std::string& markdown) {
    layout::LayoutRequest r;
    r.markdown = markdown;
    r.style = voorschoten_style();
    r.gemeente_name = "Voorschoten";
    r.style_dir = source_dir() / "tests/pdf/fixtures";
    r.info.title = "Stand van zaken omklappen sociaal domein naar de Leidse regio";
    r.info.author = "Gemeente Voorschoten";
    r.info.subject = "Z-22-123456";
    r.info.keywords = "raadsinformatiebrief, sociaal domein, Leidse regio";
    r.info.kind_label = "Raadsinformatiebrief";
    r.info.date = {2022, 9, 13};
    r.source_name = "brieven/omklappen-sociaal-domein.json";
    return r;
}

inline std::string fixture_markdown() { return read_file(source_dir() / "tests/pdf/fixtures/omklappen-sociaal-domein.md"); }

struct Built {
    layout::LaidOutDocument document;
    std::optional<std::string> pdf;
    diag::Diagnostics diagnostics;
};

inline Built build(const layout::LayoutRequest& request) {
    Built b;
    model::Environment env;
    b.document = layout::lay_out(request, layout::FontLibrary::shared(), env, b.diagnostics);
    b.pdf = write_pdf(b.document, b.diagnostics);
    return b;
}

}  // namespace raadsstuk::pdf::test
