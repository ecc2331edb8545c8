// Template and house-style versions as an archive relies on them: a released template version never changes
// (the lock file pins every byte), and a document renders with the template version and the house style
// version it records, even when newer ones exist.
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "process.hpp"

namespace fs = std::filesystem;
using namespace rs_test;

namespace {

// "hash  v1/x.md" lines of templates/VERSIONS.sha256, by path.
std::map<std::string, std::string> lock_file() {
    std::map<std::string, std::string> pinned;
    std::istringstream in(read_file("templates/VERSIONS.sha256"));
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        REQUIRE(line.size() > 66);
        pinned[line.substr(66)] = line.substr(0, 64);
    }
    return pinned;
}

std::string sha256_of(const fs::path& file) {
    const ProcessResult r = run("sha256sum " + shell_quote(file.string()));
    REQUIRE(r.exit_code == 0);
    return r.output.substr(0, 64);
}

// A scratch working directory with the repository's templates and gemeenten and one letter that records
// `version` (or none).
fs::path make_tree(const ScratchDir& dir) {
    fs::copy("templates", dir.path() / "templates", fs::copy_options::recursive);
    fs::create_directories(dir.path() / "data" / "gemeenten");
    fs::copy("data/gemeenten", dir.path() / "data" / "gemeenten", fs::copy_options::recursive);
    return dir.path();
}

// A letter with its own documentnummer (the checks hold them unique), recording the versions in `version_line`.
std::string letter(const std::string& version_line, const std::string& number = "678901") {
    return R"({
  "soort": "raadsinformatiebrief",
  "gemeente": "voorschoten",)" + version_line + R"(
  "zaaknummer": "Z/21/012345/)" + number + R"(",
  "documentnummer": ")" + number + R"(",
  "datum": "2021-05-21",
  "onderwerp": "Versies van sjablonen",
  "bijlagen": [],
  "tekst": ["Wij informeren u over de stand van zaken."],
  "ondertekening": [{"functie": "gemeentesecretaris"}, {"functie": "burgemeester"}]
})";
}

ProcessResult build_in(const fs::path& tree) {
    return run("cd " + shell_quote(tree.string()) + " && " + shell_quote(RAADSSTUK_BINARY) + " build --quiet data");
}

}  // namespace

TEST_CASE("templates/VERSIONS.sha256 pins every file of every template version, byte for byte") {
    const auto pinned = lock_file();
    REQUIRE_FALSE(pinned.empty());
    std::set<std::string> present;
    for (const auto& e : fs::recursive_directory_iterator("templates")) {
        if (!e.is_regular_file()) continue;
        const std::string rel = e.path().lexically_relative("templates").generic_string();
        if (rel == "VERSIONS.sha256") continue;
        present.insert(rel);
        INFO(rel << ": every template file belongs to a version directory vN/ and is in the lock file; a released "
                    "version never changes - make a new version instead (docs/templates.md, Versions)");
        CHECK(rel.rfind("v", 0) == 0);
        const auto it = pinned.find(rel);
        REQUIRE(it != pinned.end());
        CHECK(sha256_of(e.path()) == it->second);
    }
    for (const auto& [rel, hash] : pinned) {
        INFO(rel << " is in the lock file but not in templates/: a released version lost a file");
        CHECK(present.count(rel) == 1);
    }
}

TEST_CASE("a document renders with the template version it records, a newer version does not change it") {
    ScratchDir dir;
    const fs::path tree = make_tree(dir);
    write_file(tree / "data/documenten/pinned.json", letter("\n  \"sjabloonversie\": 1,"));
    REQUIRE(build_in(tree).exit_code == 0);
    const std::string before = read_file(tree / "output/documenten/pinned.md");
    const std::string pdf_before = read_file(tree / "output/documenten/pinned.pdf");
    REQUIRE(before.find("Geachte Raad,") != std::string::npos);

    // Version 2: a new salutation line in the letter template.
    fs::copy(tree / "templates/v1", tree / "templates/v2", fs::copy_options::recursive);
    const fs::path v2 = tree / "templates/v2/raadsinformatiebrief.md";
    std::string text = read_file(v2);
    const std::size_t at = text.find("<!-- raadsstuk:slot -->");
    REQUIRE(at != std::string::npos);
    text.insert(at, "Deze regel staat alleen in versie 2.\n\n");
    write_file(v2, text);
    write_file(tree / "data/documenten/newest.json", letter("", "678902"));
    const ProcessResult r = build_in(tree);
    INFO(r.output);
    REQUIRE(r.exit_code == 0);

    CHECK(read_file(tree / "output/documenten/pinned.md") == before);
    CHECK(read_file(tree / "output/documenten/pinned.pdf") == pdf_before);
    const std::string newest = read_file(tree / "output/documenten/newest.md");
    CHECK(newest.find("Deze regel staat alleen in versie 2.") != std::string::npos);
    CHECK(before.find("Deze regel staat alleen in versie 2.") == std::string::npos);
}

TEST_CASE("a template version that does not exist is RS305 at /sjabloonversie, with the versions there are") {
    ScratchDir dir;
    const fs::path tree = make_tree(dir);
    write_file(tree / "data/documenten/x.json", letter("\n  \"sjabloonversie\": 7,"));
    const ProcessResult r = build_in(tree);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("data/documenten/x.json:/sjabloonversie: fout RS305: sjabloonversie 7 bestaat niet\n"
                        "  hint: beschikbare versies: 1") != std::string::npos);
    CHECK_FALSE(fs::exists(tree / "output/documenten/x.pdf"));

    write_file(tree / "data/documenten/x.json", letter("\n  \"sjabloonversie\": 1.5,"));
    const ProcessResult fraction = build_in(tree);
    CHECK(fraction.exit_code == 1);
    CHECK(fraction.output.find("data/documenten/x.json:/sjabloonversie: fout RS012: 1.5 is geen versienummer") !=
          std::string::npos);
}

TEST_CASE("a templates directory without a version directory is RS301") {
    ScratchDir dir;
    const fs::path tree = make_tree(dir);
    fs::remove_all(tree / "templates");
    fs::create_directories(tree / "templates");
    write_file(tree / "templates/raadsinformatiebrief.md", "# Raadsinformatiebrief\n");
    write_file(tree / "data/documenten/x.json", letter(""));
    const ProcessResult r = build_in(tree);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("templates: fout RS301: sjablonenmap bevat geen versie (een map v1, v2, ...)") !=
          std::string::npos);
}

TEST_CASE("a document keeps the house style version it records when the gemeente gets a new house style") {
    ScratchDir dir;
    const fs::path tree = make_tree(dir);
    write_file(tree / "data/documenten/pinned.json", letter("\n  \"huisstijlversie\": 1,"));
    REQUIRE(build_in(tree).exit_code == 0);
    const std::string pdf_before = read_file(tree / "output/documenten/pinned.pdf");

    // The gemeente moves to house style 2 (another primary colour and letterhead); version 1 is kept.
    const fs::path gemeente_file = tree / "data/gemeenten/voorschoten.json";
    nlohmann::json g = nlohmann::json::parse(read_file(gemeente_file));
    nlohmann::json old_style = g.at("huisstijl");
    old_style["versie"] = 1;
    g["eerdere_huisstijlen"] = nlohmann::json::array({old_style});
    g["huisstijl"]["versie"] = 2;
    g["huisstijl"]["kleuren"]["primair"] = "#aa0000";
    g["huisstijl"]["briefhoofd"] = nlohmann::json::array({"Gemeente Voorschoten", "Nieuw adres 1"});
    write_file(gemeente_file, g.dump(2));
    write_file(tree / "data/documenten/current.json", letter("", "678902"));
    const ProcessResult r = build_in(tree);
    INFO(r.output);
    REQUIRE(r.exit_code == 0);

    CHECK(read_file(tree / "output/documenten/pinned.pdf") == pdf_before);
    CHECK(pdftotext(tree / "output/documenten/pinned.pdf").find("Nieuw adres 1") == std::string::npos);
    CHECK(pdftotext(tree / "output/documenten/current.pdf").find("Nieuw adres 1") != std::string::npos);

    // A version the gemeente does not have: RS104 at the document, with the versions there are.
    write_file(tree / "data/documenten/current.json", letter("\n  \"huisstijlversie\": 5,", "678902"));
    const ProcessResult missing = build_in(tree);
    CHECK(missing.exit_code == 1);
    CHECK(missing.output.find("data/documenten/current.json:/huisstijlversie: fout RS104: huisstijlversie 5 bestaat "
                              "niet in het gemeentebestand data/gemeenten/voorschoten.json\n"
                              "  hint: beschikbare versies: 2 (de huidige), 1") != std::string::npos);
}

TEST_CASE("an earlier house style that is not older than the current one is RS030 at its versie") {
    ScratchDir dir;
    const fs::path tree = make_tree(dir);
    const fs::path gemeente_file = tree / "data/gemeenten/voorschoten.json";
    nlohmann::json g = nlohmann::json::parse(read_file(gemeente_file));
    nlohmann::json old_style = g.at("huisstijl");
    old_style["versie"] = 3;
    g["eerdere_huisstijlen"] = nlohmann::json::array({old_style});
    g["huisstijl"]["versie"] = 2;
    write_file(gemeente_file, g.dump(2));
    write_file(tree / "data/documenten/x.json", letter(""));
    const ProcessResult r = build_in(tree);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("data/gemeenten/voorschoten.json:/eerdere_huisstijlen/0/versie: fout RS030: eerdere huisstijl "
                        "heeft versie 3, niet ouder dan de huidige huisstijl (versie 2)") != std::string::npos);
}
