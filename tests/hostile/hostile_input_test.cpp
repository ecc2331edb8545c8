// The hostile-input corpus (docs/hardening.md): one case per kind of bad or odd input a user, a broken export
// or an attacker can hand the build. Each runs the real binary on a scratch data tree under a timeout and
// holds it to a clear Dutch error at the right place, or a correct document; and in every case to nothing
// written outside the output directory and no temporary or half-written file left behind.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <regex>

#include "hostile_support.hpp"

namespace fs = std::filesystem;
using namespace rs_test;
using namespace rs_hostile;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

// A failed document: exit code 1, nothing in the output directory, nothing stray.
void expect_failed_cleanly(const DataTree& tree, const ProcessResult& r) {
    CHECK(r.exit_code == 1);
    CHECK(contains(r.output, "0 gebouwd, 1 mislukt"));
    CHECK(tree.outputs().empty());
    CHECK(tree.strays().empty());
}

// The files a built letter `stem` leaves in the output directory: its .html, .md and .pdf, and the manifest.
std::vector<fs::path> letter_outputs(const fs::path& stem) {
    return {fs::path(stem.string() + ".html"), fs::path(stem.string() + ".md"), fs::path(stem.string() + ".pdf"),
            "raadsstuk-manifest.json"};
}

// A built letter: exit code 0, exactly its outputs, the PDF well-formed.
void expect_built(const DataTree& tree, const ProcessResult& r, const fs::path& stem) {
    CHECK(r.exit_code == 0);
    CHECK(tree.outputs() == letter_outputs(stem));
    CHECK(tree.strays().empty());
    CHECK(run("qpdf --check " + shell_quote((tree.out() / (stem.string() + ".pdf")).string())).exit_code == 0);
}

}  // namespace

TEST_CASE("malformed JSON is RS002 at the line and column of the fault") {
    DataTree tree;
    const fs::path file = tree.put("documenten/2021/brief.json", case_text("malformed.json"));
    const auto r = tree.build_file(file);
    INFO(r.output);
    CHECK(contains(r.output, file.string() + ":4:14: fout RS002: geen geldige JSON: onverwachte tekst tussen aanhalingstekens"));
    CHECK(contains(r.output, "ontbreekt er een komma tussen twee velden?"));
    expect_failed_cleanly(tree, r);
}

TEST_CASE("truncated JSON is RS002 at the end of the file") {
    DataTree tree;
    const fs::path file = tree.put("documenten/2021/brief.json", case_text("truncated.json"));
    const auto r = tree.build_file(file);
    INFO(r.output);
    CHECK(contains(r.output, file.string() + ":10:1: fout RS002: geen geldige JSON: het bestand houdt onverwacht op"));
    CHECK(contains(r.output, "ontbreekt er een afsluitende } of ]?"));
    expect_failed_cleanly(tree, r);
}

TEST_CASE("values of the wrong JSON type are RS003 at their pointers") {
    DataTree tree;
    const fs::path file = tree.put("documenten/2021/brief.json", case_text("wrong_types.json"));
    const auto r = tree.build_file(file);
    INFO(r.output);
    CHECK(contains(r.output, file.string() + ":/datum: fout RS003:"));
    CHECK(contains(r.output, file.string() + ":/bijlagen: fout RS003:"));
    CHECK(contains(r.output, file.string() + ":/tekst: fout RS003:"));
    expect_failed_cleanly(tree, r);
}

TEST_CASE("null where an object belongs is RS003 at its pointer, in a document and in a gemeente") {
    DataTree tree;
    const fs::path file = tree.put("documenten/2021/brief.json", case_text("null_object.json"));
    const auto r = tree.build_file(file);
    INFO(r.output);
    CHECK(contains(r.output, file.string() + ":/ondertekening/0: fout RS003:"));
    expect_failed_cleanly(tree, r);

    DataTree gemeente_tree;
    const fs::path gemeente = gemeente_tree.data() / "gemeenten/voorschoten.json";
    std::string g = read_file(gemeente);
    const auto begin = g.find("\"huisstijl\": {");
    REQUIRE(begin != std::string::npos);
    g.replace(begin, g.find("\n  }", begin) + 4 - begin, "\"huisstijl\": null");
    write_file(gemeente, g);
    const fs::path letter = gemeente_tree.put("documenten/2021/brief.json", case_text("brief.json"));
    const auto rg = gemeente_tree.build_file(letter);
    INFO(rg.output);
    CHECK(contains(rg.output, gemeente.string() + ":/huisstijl: fout RS003:"));
    expect_failed_cleanly(gemeente_tree, rg);
}

TEST_CASE("deeply nested arrays are RS016 at the bracket too deep, without exhausting the stack") {
    DataTree tree;
    const std::string nested = std::string(100000, '[') + std::string(100000, ']');
    const fs::path file = tree.put("documenten/2021/brief.json", brief_with("tekst", nested));
    const auto r = tree.build_file(file);
    INFO(r.output.substr(0, 2000));
    // The value of "tekst" starts on line 9 at column 12; the root object is level 1, so the 100th [ (column
    // 111) is level 101.
    CHECK(contains(r.output, file.string() + ":9:111: fout RS016: JSON is te diep genest"));
    expect_failed_cleanly(tree, r);
}

TEST_CASE("a 10 MB body is refused with RS018 before it is parsed") {
    DataTree tree;
    std::string paragraphs;
    const std::string sentence = "Het college heeft besloten de raad te informeren over de stand van zaken. ";
    while (paragraphs.size() < 10 * 1024 * 1024) {
        if (!paragraphs.empty()) paragraphs += ", ";
        std::string p;
        for (int i = 0; i < 20; ++i) p += sentence;
        paragraphs += "\"" + p + "\"";
    }
    const fs::path file = tree.put("documenten/2021/brief.json", brief_with("tekst", "[" + paragraphs + "]"));
    const auto r = tree.build_file(file);
    INFO(r.output.substr(0, 2000));
    CHECK(contains(r.output, file.string() + ": fout RS018: bestand is te groot"));
    expect_failed_cleanly(tree, r);
}

TEST_CASE("a 2,000-character word is set without running into the margin") {
    DataTree tree;
    std::string word;
    while (word.size() < 2000) word += "zorgcontinuiteitsgarantie";
    word.resize(2000);
    const fs::path file =
        tree.put("documenten/2021/brief.json",
                 brief_with("tekst", "[\"Wij informeren u over de " + word + " en de stand van zaken.\"]"));
    const auto r = tree.build_file(file);
    INFO(r.output);
    expect_built(tree, r, "documenten/2021/brief");
    const fs::path pdf = tree.out() / "documenten/2021/brief.pdf";
    // The whole word is in the text (put back together from its lines and hyphens).
    std::string text = pdftotext(pdf);
    text.erase(std::remove_if(text.begin(), text.end(), [](char c) { return c == '\n' || c == '-'; }), text.end());
    CHECK(contains(text, word));
    // Every word box lies inside the page's text area: 25 mm left, 20 mm right margin on A4.
    const auto boxes = run("pdftotext -bbox " + shell_quote(pdf.string()) + " -").output;
    const std::regex box_re(R"re(<word xMin="([0-9.]+)" yMin="[0-9.]+" xMax="([0-9.]+)")re");
    int words = 0;
    for (auto it = std::sregex_iterator(boxes.begin(), boxes.end(), box_re); it != std::sregex_iterator(); ++it) {
        ++words;
        CHECK(std::stod((*it)[2].str()) <= 595.28 - 20 * 72 / 25.4 + 0.5);
        CHECK(std::stod((*it)[1].str()) >= 25 * 72 / 25.4 - 0.5);
    }
    CHECK(words > 80);
}

TEST_CASE("control characters in a text are RS017 at its pointer") {
    DataTree tree;
    const fs::path file = tree.put("documenten/2021/brief.json", case_text("control_characters.json"));
    const auto r = tree.build_file(file);
    INFO(r.output);
    CHECK(contains(r.output, file.string() + ":/onderwerp: fout RS017: stuurteken U+0007 in een tekst, na 15 tekens"));
    CHECK(contains(r.output, file.string() + ":/tekst/0: fout RS017: stuurteken U+0000 in een tekst, na 16 tekens"));
    CHECK(contains(r.output, file.string() + ":/tekst/1: fout RS017: stuurteken U+0093 in een tekst, na 18 tekens"));
    CHECK(contains(r.output, "verkeerd omgezette Windows-1252-tekst"));
    expect_failed_cleanly(tree, r);
}

TEST_CASE("right-to-left and emoji text is kept in the Markdown and what the PDF cannot show is said") {
    DataTree tree;
    const fs::path file = tree.put("documenten/2021/brief.json", case_text("rtl_emoji.json"));
    const auto r = tree.build_file(file);
    INFO(r.output);
    expect_built(tree, r, "documenten/2021/brief");
    const std::string md = read_file(tree.out() / "documenten/2021/brief.md");
    CHECK(contains(md, "zegt ook שלום en مرحبا."));
    CHECK(contains(md, "positief 👍🏽 en de wethouder was blij 😀."));
    // The PDF has the Hebrew and Arabic letters (set left to right: RS420 says so), the emoji the fallback
    // font has (😀, beyond U+FFFF) and a '?' for each one no font has (RS403 says so, once per character).
    CHECK(contains(r.output, file.string() + ": waarschuwing RS420: tekst die van rechts naar links loopt"));
    CHECK(contains(r.output, file.string() + ": waarschuwing RS403: teken U+1F44D ('👍') staat in geen enkel "
                                             "lettertype en wordt als '?' getoond"));
    CHECK(contains(r.output, "RS403: teken U+1F3FD"));
    CHECK(!contains(r.output, "RS403: teken U+1F600"));
    const std::string text = normalize_space(pdftotext(tree.out() / "documenten/2021/brief.pdf"));
    for (const char* letter : {"ש", "ל", "ו", "ם", "م", "ر", "ح", "ب", "ا"}) {
        INFO(letter);
        CHECK(contains(text, letter));
    }
    CHECK(contains(text, "positief ?? en de wethouder was blij 😀."));
}

TEST_CASE("a byte-order mark and CRLF line ends give the same bytes as the plain file") {
    DataTree plain, windows;
    const fs::path a = plain.put("documenten/2021/brief.json", case_text("brief.json"));
    const fs::path b = windows.put("documenten/2021/brief.json", case_text("bom_crlf.json"));
    REQUIRE(read_file(b).substr(0, 3) == "\xEF\xBB\xBF");
    REQUIRE(contains(read_file(b), "\r\n"));
    const auto ra = plain.build_file(a);
    const auto rb = windows.build_file(b);
    INFO(ra.output);
    INFO(rb.output);
    expect_built(plain, ra, "documenten/2021/brief");
    expect_built(windows, rb, "documenten/2021/brief");
    for (const char* f : {"documenten/2021/brief.md", "documenten/2021/brief.pdf"}) {
        INFO(f);
        CHECK(read_file(windows.out() / f) == read_file(plain.out() / f));
    }
}

TEST_CASE("a zaaknummer with ../ and / in it never shapes an output path") {
    DataTree tree;
    const fs::path file =
        tree.put("documenten/2021/brief.json", brief_with("zaaknummer", "\"../../../../uit-ontsnapt/Z/21/012345\""));
    const auto r = tree.build_file(file);
    INFO(r.output);
    // The checks find the zaaknummer odd (a warning); the letter is built under its file's name only.
    CHECK(contains(r.output, file.string() + ":/zaaknummer: waarschuwing RS212:"));
    expect_built(tree, r, "documenten/2021/brief");
    CHECK(contains(read_file(tree.out() / "documenten/2021/brief.md"), "uit-ontsnapt"));
}

TEST_CASE("a file name with odd characters, or a path through .., lands inside the output directory") {
    DataTree tree;
    const std::string odd = "..brief 'a' \"b\" $(x) ;&|*?.json";
    tree.put(fs::path("documenten/2021") / odd, case_text("brief.json"));
    const auto r = tree.build(shell_quote(tree.data().string()));
    INFO(r.output);
    CHECK(r.exit_code == 0);
    const std::string stem = odd.substr(0, odd.size() - 5);
    CHECK(tree.outputs() == letter_outputs(fs::path("documenten/2021") / stem));
    CHECK(tree.strays().empty());

    // A path that climbs out of the data directory and back in is the file where it really is...
    DataTree climbing;
    climbing.put("documenten/2021/brief.json", case_text("brief.json"));
    const fs::path back_in = climbing.data() / "documenten/2021/../../../data/documenten/2021/brief.json";
    const auto rc = climbing.build_file(back_in);
    INFO(rc.output);
    CHECK(rc.exit_code == 0);
    CHECK(climbing.outputs() == letter_outputs("documenten/2021/brief"));
    CHECK(climbing.strays().empty());

    // ... and a document outside every data directory, reached through one, is RS602: nothing is built
    // beside the output directory.
    DataTree outside;
    write_file(outside.root() / "buiten.json", case_text("brief.json"));
    outside.keep("buiten.json");
    const fs::path through = outside.data() / "documenten/2021/../../../buiten.json";
    fs::create_directories(outside.data() / "documenten/2021");
    const auto ro = outside.build_file(through);
    INFO(ro.output);
    CHECK(contains(ro.output, through.string() + ": fout RS602:"));
    CHECK(ro.exit_code == 1);
    CHECK(outside.outputs().empty());
    CHECK(outside.strays().empty());
}

TEST_CASE("a missing or corrupt font is RS402 at the gemeente's lettertype") {
    for (const bool corrupt : {false, true}) {
        DataTree tree;
        const fs::path gemeente = tree.data() / "gemeenten/voorschoten.json";
        std::string g = read_file(gemeente);
        const std::string font = corrupt ? (tree.data() / "gemeenten/kapot.ttf").string() : "Bestaatniet-Vet.ttf";
        if (corrupt) write_file(tree.data() / "gemeenten/kapot.ttf", case_text("corrupt.ttf"));
        const std::string regular = "\"vet\": \"LiberationSans-Bold.ttf\"";
        REQUIRE(g.find(regular) != std::string::npos);
        g.replace(g.find(regular), regular.size(), "\"vet\": \"" + font + "\"");
        write_file(gemeente, g);
        const fs::path file = tree.put("documenten/2021/brief.json", case_text("brief.json"));
        const auto r = tree.build_file(file);
        INFO(r.output);
        CHECK(contains(r.output, gemeente.string() + ":/huisstijl/lettertype/vet: fout RS402: lettertype vet '" + font +
                                     "' kan niet worden gebruikt"));
        expect_failed_cleanly(tree, r);
    }
}

TEST_CASE("a missing font of an earlier house style is RS402 at that style's lettertype") {
    // The document records huisstijlversie 1, which the gemeente keeps in eerdere_huisstijlen with a bold
    // face that is not installed; the current style (versie 2) is fine. The error points at the earlier one.
    DataTree tree;
    const fs::path gemeente_file = tree.data() / "gemeenten/voorschoten.json";
    nlohmann::json gemeente = nlohmann::json::parse(read_file(gemeente_file));
    nlohmann::json earlier = gemeente["huisstijl"];
    earlier["versie"] = 1;
    earlier["lettertype"]["vet"] = "Bestaatniet-Vet.ttf";
    gemeente["huisstijl"]["versie"] = 2;
    gemeente["eerdere_huisstijlen"] = nlohmann::json::array({earlier});
    write_file(gemeente_file, gemeente.dump(2));
    nlohmann::json doc = nlohmann::json::parse(case_text("brief.json"));
    doc["huisstijlversie"] = 1;
    const fs::path file = tree.put("documenten/2021/brief.json", doc.dump(2));
    const auto r = tree.build_file(file);
    INFO(r.output);
    CHECK(contains(r.output, gemeente_file.string() +
                                 ":/eerdere_huisstijlen/0/lettertype/vet: fout RS402: lettertype vet 'Bestaatniet-Vet.ttf'"));
    CHECK(!contains(r.output, ":/huisstijl/lettertype"));
    expect_failed_cleanly(tree, r);
}

TEST_CASE("a missing logo is RS011 and a corrupt one RS404, at the gemeente's logo") {
    for (const bool corrupt : {false, true}) {
        DataTree tree;
        const fs::path gemeente = tree.data() / "gemeenten/voorschoten.json";
        std::string g = read_file(gemeente);
        const std::string style = "\"huisstijl\": {";
        REQUIRE(g.find(style) != std::string::npos);
        g.replace(g.find(style), style.size(), style + "\n    \"logo\": \"logo.png\",");
        write_file(gemeente, g);
        if (corrupt) write_file(tree.data() / "gemeenten/logo.png", case_text("corrupt.png"));
        const fs::path file = tree.put("documenten/2021/brief.json", case_text("brief.json"));
        const auto r = tree.build_file(file);
        INFO(r.output);
        CHECK(contains(r.output, gemeente.string() + ":/huisstijl/logo: fout " + (corrupt ? "RS404" : "RS011")));
        expect_failed_cleanly(tree, r);
    }
}

TEST_CASE("an unwritable output directory is RS501 and leaves nothing behind") {
    DataTree tree;
    const fs::path file = tree.put("documenten/2021/brief.json", case_text("brief.json"));
    fs::create_directories(tree.out());
    // The binary runs as an unprivileged user, for whom uit/ is read-only (root may write anywhere).
    std::string prefix;
    if (::geteuid() == 0) {
        fs::permissions(tree.root(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                         fs::perms::others_read | fs::perms::others_exec);
        prefix = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
    } else {
        fs::permissions(tree.out(), fs::perms::owner_read | fs::perms::owner_exec);
    }
    const auto r = tree.build(shell_quote(file.string()), prefix);
    INFO(r.output);
    CHECK(contains(r.output, (tree.out() / "documenten").string()));
    CHECK(contains(r.output, "fout RS501: uitvoerbestand kan niet worden geschreven: geen schrijfrechten in de map"));
    expect_failed_cleanly(tree, r);
    fs::permissions(tree.out(), fs::perms::owner_all);

    // A target name taken by a directory: neither file of the letter is replaced, not even the first.
    DataTree taken;
    const fs::path letter = taken.put("documenten/2021/brief.json", case_text("brief.json"));
    write_file(taken.out() / "documenten/2021/brief.md", "oud\n");
    fs::create_directories(taken.out() / "documenten/2021/brief.pdf");
    const auto rt = taken.build_file(letter);
    INFO(rt.output);
    CHECK(rt.exit_code == 1);
    CHECK(contains(rt.output, (taken.out() / "documenten/2021/brief.pdf").string() +
                                  ": fout RS501: uitvoerbestand kan niet worden geschreven: er staat een map met die naam"));
    CHECK(read_file(taken.out() / "documenten/2021/brief.md") == "oud\n");
    CHECK(taken.strays().empty());
    CHECK(files_under(taken.out()) == std::vector<fs::path>{"documenten/2021/brief.md"});
}
