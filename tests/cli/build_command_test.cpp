// The build command as a user meets it: help, exit codes, output paths, failures that leave nothing behind,
// deterministic bytes, and the PDF checks (fonts embedded, qpdf clean, document info).
#include <catch2/catch.hpp>

#include <cmark-gfm.h>

#include "batch_support.hpp"
#include "process.hpp"

namespace fs = std::filesystem;
using namespace rs_test;

namespace {

// A data tree in a scratch directory: the repository's gemeenten plus the documents a test writes.
fs::path make_data_tree(const ScratchDir& dir) {
    const fs::path data = dir.path() / "data";
    fs::create_directories(data / "gemeenten");
    for (const auto& e : fs::directory_iterator("data/gemeenten"))
        fs::copy(e.path(), data / "gemeenten" / e.path().filename(), fs::copy_options::recursive);
    return data;
}

std::vector<fs::path> files_under(const fs::path& dir) {
    std::vector<fs::path> files;
    if (!fs::exists(dir)) return files;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file()) files.push_back(fs::relative(e.path(), dir));
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

TEST_CASE("help and version") {
    auto help = raadsstuk("--help");
    CHECK(help.exit_code == 0);
    CHECK(help.output.find("raadsstuk build [--out MAP]") != std::string::npos);
    auto build_help = raadsstuk("build --help");
    CHECK(build_help.exit_code == 0);
    CHECK(build_help.output.find("--out MAP") != std::string::npos);
    CHECK(raadsstuk("help build").output == build_help.output);
    auto version = raadsstuk("--version");
    CHECK(version.exit_code == 0);
    CHECK(version.output.rfind("raadsstuk ", 0) == 0);
}

TEST_CASE("a wrong command line exits with 2 and says why") {
    auto none = raadsstuk("");
    CHECK(none.exit_code == 2);
    auto unknown = raadsstuk("bouw data");
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.output.find("onbekende opdracht 'bouw'") != std::string::npos);
    auto option = raadsstuk("build --snel data");
    CHECK(option.exit_code == 2);
    CHECK(option.output.find("onbekende optie '--snel'") != std::string::npos);
    auto no_paths = raadsstuk("build");
    CHECK(no_paths.exit_code == 2);
    auto missing = raadsstuk("build --quiet --out /tmp/raadsstuk-never-written does/not/exist");
    CHECK(missing.exit_code == 1);
    CHECK(missing.output.find("does/not/exist: fout RS601: bestand of map bestaat niet") != std::string::npos);
}

TEST_CASE("outputs mirror the input path under the output directory") {
    ScratchDir dir;
    const fs::path data = make_data_tree(dir);
    write_file(data / "documenten/2021/brief-a.json", batch_letter("2021-06-01", "Eerste brief"));
    write_file(data / "documenten/2021/maart/brief-b.json", batch_letter("2021-03-02", "Tweede brief"));
    const fs::path out = dir.path() / "uit";
    auto r = raadsstuk("build --out " + shell_quote(out.string()) + " " + shell_quote(data.string()));
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK(files_under(out) == std::vector<fs::path>{"documenten/2021/brief-a.html", "documenten/2021/brief-a.md",
                                                     "documenten/2021/brief-a.pdf", "documenten/2021/maart/brief-b.html",
                                                     "documenten/2021/maart/brief-b.md",
                                                     "documenten/2021/maart/brief-b.pdf",
                                                     "raadsstuk-manifest.json"});
    CHECK(r.output.find("2 gebouwd, 0 mislukt") != std::string::npos);
    CHECK(r.output.find("[1/2] gebouwd") != std::string::npos);
}

TEST_CASE("a bad document is reported with file and pointer and does not stop the others") {
    ScratchDir dir;
    const fs::path data = make_data_tree(dir);
    write_file(data / "documenten/goed.json", batch_letter("2021-06-01", "Goede brief"));
    write_file(data / "documenten/fout.json", batch_letter("2021-02-29", "Foute brief"));
    const fs::path out = dir.path() / "uit";
    auto r = raadsstuk("build --out " + shell_quote(out.string()) + " " + shell_quote(data.string()));
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("documenten/fout.json:/datum: fout RS006:") != std::string::npos);
    CHECK(r.output.find("1 gebouwd, 1 mislukt") != std::string::npos);
    // The good one is complete; of the bad one there is nothing, not even a temporary file.
    CHECK(files_under(out) == std::vector<fs::path>{"documenten/goed.html", "documenten/goed.md", "documenten/goed.pdf",
                                                    "raadsstuk-manifest.json"});
}

TEST_CASE("an unwritable output directory fails cleanly") {
    // Tests may run as root, who may write anywhere; a directory below a regular file nobody can create.
    ScratchDir dir;
    const fs::path data = make_data_tree(dir);
    write_file(data / "documenten/brief.json", batch_letter("2021-06-01", "Brief"));
    write_file(dir.path() / "bestand", "geen map");
    const fs::path out = dir.path() / "bestand" / "uit";
    auto r = raadsstuk("build --out " + shell_quote(out.string()) + " " + shell_quote(data.string()));
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("fout RS501: uitvoerbestand kan niet worden geschreven") != std::string::npos);
    CHECK(r.output.find("0 gebouwd, 1 mislukt") != std::string::npos);
}

TEST_CASE("the same input gives byte-identical Markdown and PDF") {
    ScratchDir a, b;
    auto ra = raadsstuk("build --quiet --out " + shell_quote(a.path().string()) + " data");
    auto rb = raadsstuk("build --quiet --out " + shell_quote(b.path().string()) + " data");
    REQUIRE(ra.exit_code == 0);
    REQUIRE(rb.exit_code == 0);
    const auto files = files_under(a.path());
    REQUIRE(files == files_under(b.path()));
    REQUIRE(files.size() >= 6);
    for (const auto& f : files) {
        INFO(f);
        CHECK(read_file(a.path() / f) == read_file(b.path() / f));
        // No machine paths inside.
        CHECK(read_file(a.path() / f).find(a.path().string()) == std::string::npos);
    }
}

TEST_CASE("the PDFs embed every font, pass qpdf and carry the document info") {
    ScratchDir out;
    REQUIRE(raadsstuk("build --quiet --out " + shell_quote(out.path().string()) + " data").exit_code == 0);
    for (const auto& f : files_under(out.path())) {
        if (f.extension() != ".pdf") continue;
        const fs::path pdf = out.path() / f;
        INFO(f);
        const auto check = run("qpdf --check " + shell_quote(pdf.string()));
        CHECK(check.exit_code == 0);
        const auto fonts = run("pdffonts " + shell_quote(pdf.string()));
        REQUIRE(fonts.exit_code == 0);
        std::istringstream lines(fonts.output);
        std::string line;
        int font_rows = 0;
        while (std::getline(lines, line)) {
            if (line.rfind("name", 0) == 0 || line.rfind("----", 0) == 0) continue;
            ++font_rows;
            // columns: name type encoding emb sub uni object ID; "emb" must be yes
            CHECK(line.find(" yes ") != std::string::npos);
        }
        CHECK(font_rows >= 2);
        const auto info = run("pdfinfo " + shell_quote(pdf.string()));
        CHECK(info.output.find("Title:") != std::string::npos);
        CHECK(info.output.find("Author:          Gemeente ") != std::string::npos);
        CHECK(info.output.find("Subject:         Z") != std::string::npos);
        CHECK(info.output.find("Page size:       595.276 x 841.89 pts (A4)") != std::string::npos);
        const std::string text = pdftotext(pdf);
        CHECK(text.find("pagina 1 van ") != std::string::npos);
        const std::string stem = f.stem().string();
        const bool letter = !stem.ends_with("-voorstel") && !stem.ends_with("-besluit");
        if (letter) CHECK(text.find("Deze brief is digitaal vastgesteld.") != std::string::npos);
    }
}

TEST_CASE("data is inserted as text: markup and template syntax in a value come out literally") {
    ScratchDir dir;
    const fs::path data = make_data_tree(dir);
    const std::string tricky = R"({{ naam }} *ster* # kop | pijp <script>alert(1)</script> 1. _x_)";
    std::string json = batch_letter("2021-06-01", "X");
    json.replace(json.find("\"X\""), 3, "\"" + tricky + "\"");
    write_file(data / "documenten/brief.json", json);
    const fs::path out = dir.path() / "uit";
    auto r = raadsstuk("build --quiet --out " + shell_quote(out.string()) + " " + shell_quote(data.string()));
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    const std::string md = read_file(out / "documenten/brief.md");
    // Rendered by a Markdown processor that lets raw HTML through, the value is still plain text.
    char* html = cmark_markdown_to_html(md.data(), md.size(), CMARK_OPT_UNSAFE);
    const std::string rendered(html);
    free(html);
    INFO(md);
    CHECK(rendered.find("<script>") == std::string::npos);
    CHECK(rendered.find("<em>") == std::string::npos);
    CHECK(rendered.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(rendered.find("{{ naam }} *ster* # kop | pijp") != std::string::npos);
    // The PDF shows the value as typed.
    CHECK(normalize_space(pdftotext(out / "documenten/brief.pdf")).find(tricky) != std::string::npos);
}
