// raadsstuk diff on a known pair of drafts (tests/diff/fixtures/data/documenten/2024/): concept 2 changes
// "april" into "mei", the date a week later, the burgemeester for the loco-burgemeester, and adds a
// paragraph. The text output must be exactly the reviewed golden file; the redlines must show the same.
#include <catch2/catch.hpp>

#include <fstream>

#include <nlohmann/json.hpp>

#include "../cli/process.hpp"

namespace fs = std::filesystem;
using namespace rs_test;

namespace {

const std::string kDir = "tests/diff/fixtures/data/documenten/2024/";
const std::string kOld = kDir + "2024-03-12-speeltuin-concept-1.json";
const std::string kNew = kDir + "2024-03-12-speeltuin-concept-2.json";

// Standard output only (the redline message goes to standard error).
ProcessResult diff_stdout(const std::string& args) {
    return run("(" + shell_quote(RAADSSTUK_BINARY) + " diff " + args + " 2>/dev/null)");
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t p = text.find(what); p != std::string::npos; p = text.find(what, p + what.size())) ++n;
    return n;
}

}  // namespace

TEST_CASE("diff of two drafts prints exactly the reviewed golden text and exits 1") {
    const ProcessResult r = diff_stdout("--kleur=nooit " + kOld + " " + kNew);
    CHECK(r.exit_code == 1);
    CHECK(r.output == read_file("tests/diff/expected/speeltuin.diff.txt"));
}

TEST_CASE("diff of a draft with itself prints nothing and exits 0") {
    const ProcessResult r = raadsstuk("diff " + kOld + " " + kOld);
    CHECK(r.exit_code == 0);
    CHECK(r.output.empty());
}

TEST_CASE("diff of generated Markdown gives the same text as diff of the data files") {
    ScratchDir out;
    const ProcessResult build =
        raadsstuk("build --quiet --out " + shell_quote(out.path().string()) + " " + kOld + " " + kNew);
    INFO(build.output);
    REQUIRE(build.exit_code == 0);
    const std::string old_md = (out.path() / "documenten/2024/2024-03-12-speeltuin-concept-1.md").string();
    const std::string new_md = (out.path() / "documenten/2024/2024-03-12-speeltuin-concept-2.md").string();
    const ProcessResult from_md = diff_stdout("--kleur=nooit " + shell_quote(old_md) + " " + shell_quote(new_md));
    const ProcessResult from_json = diff_stdout("--kleur=nooit " + kOld + " " + kNew);
    CHECK(from_md.exit_code == 1);
    // the same, apart from the two names in the header
    const auto body = [](const std::string& s) { return s.substr(s.find("@@")); };
    CHECK(body(from_md.output) == body(from_json.output));
}

TEST_CASE("colours: red struck and green underlined with --kleur=altijd, none when not a terminal") {
    const ProcessResult coloured = diff_stdout("--kleur=altijd " + kOld + " " + kNew);
    CHECK(coloured.output.find("\x1b[31;9mapril\x1b[0m") != std::string::npos);
    CHECK(coloured.output.find("\x1b[32;4mmei\x1b[0m") != std::string::npos);
    CHECK(coloured.output.find("[-") == std::string::npos);
    const ProcessResult piped = diff_stdout(kOld + " " + kNew);  // auto, and stdout is a pipe here
    CHECK(piped.output.find('\x1b') == std::string::npos);
    CHECK(piped.output.find("[-april-] {+mei+}") != std::string::npos);
}

TEST_CASE("the HTML redline has the deleted and inserted words and the metadata list") {
    ScratchDir out;
    const fs::path html = out.path() / "redline.html";
    const ProcessResult r = raadsstuk("diff --kleur=nooit --redline " + shell_quote(html.string()) + " " + kOld + " " + kNew);
    INFO(r.output);
    CHECK(r.exit_code == 1);
    REQUIRE(fs::exists(html));
    const std::string page = read_file(html);
    CHECK(page.find("<html lang=\"nl\">") != std::string::npos);
    CHECK(page.find("<del>april</del> <ins>mei</ins>") != std::string::npos);
    CHECK(page.find("<ins>Tijdens de werkzaamheden is de speeltuin afgesloten. Omwonenden krijgen vooraf een "
                    "brief.</ins>") != std::string::npos);
    // the metadata box: date and signatory changes, old and new
    const auto box = page.substr(page.find("class=\"kenmerken\""), page.find("</section>") - page.find("class=\"kenmerken\""));
    CHECK(box.find("<th>Datum</th><td><del>12</del> <ins>19</ins> maart 2024</td>") != std::string::npos);
    CHECK(box.find("<del>drs. B. Bakker, burgemeester</del>") != std::string::npos);
    CHECK(box.find("<ins>C. de Vries, loco-burgemeester</ins>") != std::string::npos);
    // unchanged text as in the letter, once
    CHECK(count(page, "De kosten worden geraamd op € 85.000") == 1);
    CHECK(page.find("<link") == std::string::npos);  // self-contained
    CHECK(page.find("<script") == std::string::npos);
}

TEST_CASE("the PDF redline holds both the deleted and the inserted words and passes qpdf --check") {
    ScratchDir out;
    const fs::path pdf = out.path() / "redline.pdf";
    const ProcessResult r = raadsstuk("diff --kleur=nooit --redline " + shell_quote(pdf.string()) + " " + kOld + " " + kNew);
    INFO(r.output);
    CHECK(r.exit_code == 1);
    REQUIRE(fs::exists(pdf));
    const std::string text = normalize_space(pdftotext(pdf));
    CHECK(text.find("worden in april mei verwijderd") != std::string::npos);
    CHECK(text.find("Tijdens de werkzaamheden is de speeltuin afgesloten.") != std::string::npos);
    CHECK(text.find("C. de Vries, loco-burgemeester") != std::string::npos);
    CHECK(text.find("De kosten worden geraamd op € 85.000") != std::string::npos);
    const ProcessResult check = run("qpdf --check " + shell_quote(pdf.string()));
    INFO(check.output);
    CHECK(check.exit_code == 0);
    // the same input gives the same bytes
    const fs::path again = out.path() / "again.pdf";
    raadsstuk("diff --redline " + shell_quote(again.string()) + " " + kOld + " " + kNew);
    CHECK(read_file(again) == read_file(pdf));
}

TEST_CASE("a side from git is read with git show and rendered with the working tree's gemeente") {
    ScratchDir repo;
    const fs::path root = repo.path();
    fs::copy("tests/diff/fixtures/data", root / "data", fs::copy_options::recursive);
    fs::copy("templates", root / "templates", fs::copy_options::recursive);
    const std::string git = "cd " + shell_quote(root.string()) + " && git -c user.name=test -c user.email=test@example.org -c commit.gpgsign=false ";
    const std::string doc = "data/documenten/2024/2024-03-12-speeltuin-concept-1.json";
    REQUIRE(run(git + "init -q . && " + git + "add . && " + git + "commit -q -m een").exit_code == 0);
    fs::copy_file(root / "data/documenten/2024/2024-03-12-speeltuin-concept-2.json", root / doc,
                  fs::copy_options::overwrite_existing);
    const std::string binary = shell_quote(RAADSSTUK_BINARY);
    const ProcessResult r = run("cd " + shell_quote(root.string()) + " && " + binary + " diff --kleur=nooit HEAD:" + doc + " " + doc + " 2>&1");
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("[-april-] {+mei+}") != std::string::npos);

    SECTION("an unknown revision is a Dutch error RS702 and exit 2") {
        const ProcessResult bad = run("cd " + shell_quote(root.string()) + " && " + binary + " diff nietbestaand:" + doc + " " + doc);
        CHECK(bad.exit_code == 2);
        CHECK(bad.output.find("fout RS702: git kan 'nietbestaand:" + doc + "' niet tonen") != std::string::npos);
    }
}

TEST_CASE("wrong invocations exit 2 with a Dutch message, missing sides are RS701") {
    CHECK(raadsstuk("diff " + kOld).exit_code == 2);
    const ProcessResult format = raadsstuk("diff --redline x.docx " + kOld + " " + kNew);
    CHECK(format.exit_code == 2);
    CHECK(format.output.find("--redline verwacht een bestand dat eindigt op .html of .pdf") != std::string::npos);
    const ProcessResult colour = raadsstuk("diff --kleur=soms " + kOld + " " + kNew);
    CHECK(colour.exit_code == 2);
    CHECK(colour.output.find("onbekende waarde 'soms' voor --kleur") != std::string::npos);
    const ProcessResult missing = raadsstuk("diff bestaat-niet.json " + kNew);
    CHECK(missing.exit_code == 2);
    CHECK(missing.output.find("bestaat-niet.json: fout RS701: bestand bestaat niet en is geen REVISIE:PAD") !=
          std::string::npos);
    const ProcessResult kind = raadsstuk("diff tests/cli/reference/README.md tests/diff/fixtures/data/gemeenten/proefdorp.json");
    CHECK(kind.exit_code == 2);
    CHECK(kind.output.find("fout RS705") != std::string::npos);
}

TEST_CASE("diff help is Dutch and names the exit codes") {
    const ProcessResult r = raadsstuk("help diff");
    CHECK(r.exit_code == 0);
    CHECK(r.output.find("Gebruik: raadsstuk diff") != std::string::npos);
    CHECK(r.output.find("0 als de versies gelijk zijn, 1 als ze verschillen") != std::string::npos);
}

TEST_CASE("two raadsvoorstellen are compared as proposal and decision, the rows both forms repeat once") {
    const std::string a = "data/documenten/2020/2020-09-22-omklappen-werk-en-inkomen.json";
    const std::string b = "data/documenten/2023/2023-09-12-krediet-openbare-verlichting-wassenaar.json";
    CHECK(raadsstuk("diff " + a + " " + a).exit_code == 0);
    const ProcessResult r = diff_stdout("--kleur=nooit " + a + " " + b);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("\nZaaknummer: [-Z/20/0047053/205698-] {+Z-23-18815+}\n") != std::string::npos);
    CHECK(r.output.find("\nSoort voorstel: [-Adviesnota-] {+Kredietvoorstel+}\n") != std::string::npos);
}

TEST_CASE("the PDF redline is set in the house style version the documents use, not the gemeente's current one") {
    // The gemeente moved to a new house style (versie 2, another address in the letterhead); both drafts
    // record huisstijlversie 1, the style kept in eerdere_huisstijlen.
    ScratchDir dir;
    fs::copy("tests/diff/fixtures/data", dir.path() / "data", fs::copy_options::recursive);
    const fs::path gemeente_file = dir.path() / "data/gemeenten/proefdorp.json";
    nlohmann::json gemeente = nlohmann::json::parse(read_file(gemeente_file));
    nlohmann::json earlier = gemeente["huisstijl"];
    earlier["versie"] = 1;
    gemeente["huisstijl"]["versie"] = 2;
    gemeente["huisstijl"]["briefhoofd"] = {"Raadhuisplein 2", "9999 AA Proefdorp"};
    gemeente["eerdere_huisstijlen"] = nlohmann::json::array({earlier});
    std::ofstream(gemeente_file) << gemeente.dump(2);
    std::vector<std::string> sides;
    for (const char* name : {"2024-03-12-speeltuin-concept-1.json", "2024-03-12-speeltuin-concept-2.json"}) {
        const fs::path file = dir.path() / "data/documenten/2024" / name;
        nlohmann::json doc = nlohmann::json::parse(read_file(file));
        doc["huisstijlversie"] = 1;
        std::ofstream(file) << doc.dump(2);
        sides.push_back(shell_quote(file.string()));
    }
    const fs::path pdf = dir.path() / "redline.pdf";
    const ProcessResult r = raadsstuk("diff --redline " + shell_quote(pdf.string()) + " " + sides[0] + " " + sides[1]);
    INFO(r.output);
    REQUIRE(fs::exists(pdf));
    const std::string text = normalize_space(pdftotext(pdf));
    CHECK(text.find("Dorpsstraat 1") != std::string::npos);
    CHECK(text.find("Raadhuisplein 2") == std::string::npos);
}
