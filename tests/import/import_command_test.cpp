// raadsstuk import on the command line: standard output or -o, warnings with file:line, exit codes, help.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "../cli/process.hpp"

namespace fs = std::filesystem;
using namespace rs_test;

namespace {

const std::string kLetter = "tests/import/fixtures/2021-05-21_raadsinformatiebrief_werk-en-inkomen-leiden.txt";

ProcessResult import_stdout(const std::string& args) {
    return run("(" + shell_quote(RAADSSTUK_BINARY) + " import " + args + " 2>/dev/null)");
}

}  // namespace

TEST_CASE("import prints the draft as JSON in the order of the data format, the same bytes every time") {
    const ProcessResult a = import_stdout(kLetter);
    const ProcessResult b = import_stdout(kLetter);
    REQUIRE(a.exit_code == 0);
    CHECK(a.output == b.output);
    const auto j = nlohmann::ordered_json::parse(a.output);
    std::vector<std::string> keys;
    for (const auto& [key, value] : j.items()) keys.push_back(key);
    CHECK(keys == std::vector<std::string>{"$schema", "soort", "gemeente", "zaaknummer", "datum", "verzonden", "onderwerp",
                                           "aanhef", "tekst", "ondertekening", "opmerking", "_import"});
    CHECK(j.at("gemeente") == "ONBEKEND");
    CHECK(j.at("ondertekening").at(1).at("naam") == "Drs N. Stemerdink");  // as printed: no gemeente to match
    CHECK(a.output.back() == '\n');
}

TEST_CASE("import warns in Dutch on standard error with file and line") {
    const ProcessResult r = raadsstuk("import " + kLetter);
    CHECK(r.exit_code == 0);
    CHECK(r.output.find(kLetter + ": waarschuwing RS802: niet gevonden in de brief: zaaknummer") != std::string::npos);
    CHECK(r.output.find(kLetter + ":58:1: waarschuwing RS802: de brief noemt geen datum: de verzenddatum genomen") !=
          std::string::npos);
}

TEST_CASE("import -o writes the draft, and a draft with _import is not built") {
    ScratchDir dir;
    fs::create_directories(dir.path() / "data");
    fs::copy("data/gemeenten", dir.path() / "data/gemeenten", fs::copy_options::recursive);
    const fs::path draft = dir.path() / "data/documenten/2021/concept.json";
    const ProcessResult r = raadsstuk("import --gemeente voorschoten -o " + shell_quote(draft.string()) + " " + kLetter);
    INFO(r.output);
    CHECK(r.exit_code == 0);
    REQUIRE(fs::exists(draft));
    CHECK(nlohmann::json::parse(read_file(draft)).at("ondertekening").at(1).at("naam") == "drs. N. Stemerdink");
    const ProcessResult build = raadsstuk("build --out " + shell_quote((dir.path() / "out").string()) + " " +
                                          shell_quote(draft.string()));
    CHECK(build.exit_code == 1);
    CHECK(build.output.find("RS005") != std::string::npos);  // "_import" is no field of a document
}

TEST_CASE("import of a missing or empty file fails with exit 1, wrong invocations with exit 2") {
    const ProcessResult missing = raadsstuk("import bestaat-niet.txt");
    CHECK(missing.exit_code == 1);
    CHECK(missing.output.find("bestaat-niet.txt: fout RS801: tekstbestand van de brief bestaat niet") != std::string::npos);
    ScratchDir dir;
    write_file(dir.path() / "leeg.txt", "\n  \n");
    const ProcessResult empty = raadsstuk("import " + shell_quote((dir.path() / "leeg.txt").string()));
    CHECK(empty.exit_code == 1);
    CHECK(empty.output.find("fout RS807: het bestand bevat geen tekst") != std::string::npos);
    CHECK(raadsstuk("import").exit_code == 2);
    CHECK(raadsstuk("import a.txt b.txt").exit_code == 2);
    const ProcessResult bad_id = raadsstuk("import --gemeente Voor/schoten " + kLetter);
    CHECK(bad_id.exit_code == 2);
    CHECK(bad_id.output.find("--gemeente verwacht een id") != std::string::npos);
    const ProcessResult unknown_gemeente = raadsstuk("import --gemeente nergenshuizen " + kLetter);
    CHECK(unknown_gemeente.exit_code == 0);
    CHECK(unknown_gemeente.output.find("waarschuwing RS808: gemeentebestand voor 'nergenshuizen' niet gevonden") !=
          std::string::npos);
    const ProcessResult help = raadsstuk("help import");
    CHECK(help.exit_code == 0);
    CHECK(help.output.find("Gebruik: raadsstuk import") != std::string::npos);
}
