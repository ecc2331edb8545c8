// raadsstuk check as a user and a tool meet it: help and usage, exit codes and --werror, the reports in
// text, JSON and SARIF 2.1.0, the register of files that are not checked, and the checks before a build.
#include <regex>

#include <nlohmann/json.hpp>

#include "diag/codes.hpp"
#include "fixture_support.hpp"

using namespace check_test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// `raadsstuk ARGS` in `dir`.
rs_test::ProcessResult raadsstuk_in(const fs::path& dir, const std::string& args) {
    return rs_test::run("cd " + rs_test::shell_quote(dir.string()) + " && " + rs_test::shell_quote(RAADSSTUK_BINARY) +
                        " " + args);
}

// The 1-based line of the first line of `file` that contains `needle`.
int line_of(const fs::path& file, const std::string& needle) {
    std::istringstream in(rs_test::read_file(file));
    int n = 0;
    for (std::string l; std::getline(in, l);) {
        ++n;
        if (l.find(needle) != std::string::npos) return n;
    }
    return 0;
}

}  // namespace

TEST_CASE("check: the reference data checks clean") {
    const auto r = rs_test::raadsstuk("check data");
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK(std::regex_match(r.output, std::regex("raadsstuk: [0-9]+ bestanden gecontroleerd, 0 fouten, 0 waarschuwingen\n")));
    const auto werror = rs_test::raadsstuk("check --werror data");
    CHECK(werror.exit_code == 0);
}

TEST_CASE("check: help, and a wrong command line exits with 2") {
    const auto help = rs_test::raadsstuk("check --help");
    CHECK(help.exit_code == 0);
    CHECK(contains(help.output, "Gebruik: raadsstuk check [--format text|json|sarif] [--werror] PAD..."));
    CHECK(rs_test::raadsstuk("help check").output == help.output);
    CHECK(contains(rs_test::raadsstuk("--help").output, "raadsstuk check [--format text|json|sarif] [--werror] PAD..."));
    CHECK(contains(rs_test::raadsstuk("help build").output, "--force"));

    const std::pair<const char*, const char*> wrong[] = {
        {"check", "geef ten minste één bestand of map op"},
        {"check --format xml data", "onbekend formaat 'xml'; kies text, json of sarif"},
        {"check --format", "--format verwacht text, json of sarif"},
        {"check --snel data", "onbekende optie '--snel'"},
    };
    for (const auto& [args, message] : wrong) {
        const auto r = rs_test::raadsstuk(args);
        INFO(args << "\n" << r.output);
        CHECK(r.exit_code == 2);
        CHECK(contains(r.output, message));
    }
    const auto missing = rs_test::raadsstuk("check does/not/exist");
    CHECK(missing.exit_code == 1);
    CHECK(contains(missing.output, "does/not/exist: fout RS601: bestand of map bestaat niet"));
}

TEST_CASE("check: warnings alone exit with 0, with --werror with 1") {
    const CheckRun plain = check_fixture("status_target");
    CHECK(plain.exit_code == 0);
    CHECK(contains(plain.output, "0 fouten, 2 waarschuwingen"));
    const CheckRun strict = check_fixture("status_target", "--werror");
    CHECK(strict.exit_code == 1);
    CHECK(strict.output == plain.output);  // the findings are the same; only the exit code differs
}

TEST_CASE("check: findings are sorted by file, then by their place in the file") {
    const CheckRun run = check_fixture("number_pair");
    static const std::regex line(R"(^(data/[^:]+):(\S*): (fout|waarschuwing) RS)");
    std::vector<std::string> files;
    std::istringstream in(run.output);
    for (std::string l; std::getline(in, l);) {
        std::smatch m;
        if (std::regex_search(l, m, line)) files.push_back(m[1].str());
    }
    REQUIRE(files.size() == 3);
    CHECK(std::is_sorted(files.begin(), files.end()));
    // In fout-paar.json the reference (line 10) comes before the text (line 17).
    CHECK(run.output.find("fout-paar.json:/verwijzingen/0:") < run.output.find("fout-paar.json:17:22:"));
    CHECK(check_fixture("number_pair").output == run.output);  // and the same every time
}

TEST_CASE("check: --format json gives every finding with its pointer and its line and column") {
    const CheckRun run = check_fixture("reference_date", "--format json");
    INFO(run.output);
    CHECK(run.exit_code == 1);
    const json report = json::parse(run.output);
    CHECK(report.at("tool") == "raadsstuk");
    CHECK(report.at("files") == 3);
    CHECK(report.at("errors") == 1);
    CHECK(report.at("warnings") == 0);
    REQUIRE(report.at("diagnostics").size() == 1);
    const json& d = report.at("diagnostics").at(0);
    CHECK(d.at("code") == "RS209");
    CHECK(d.at("severity") == "error");
    CHECK(d.at("file") == "data/documenten/fout-datum.json");
    CHECK(d.at("pointer") == "/verwijzingen/0/datum");
    const fs::path file = fixtures() / "reference_date/documenten/fout-datum.json";
    CHECK(d.at("line") == line_of(file, "\"datum\": \"2022-03-09\""));
    CHECK(d.at("column") == 16);  // the value, after `      "datum": `
    CHECK(d.at("message") == "verwijzing gedateerd 9 maart 2022, maar Z-21-52738/289409 is volgens het register van 8 maart 2022");
    CHECK(contains(d.at("hint").get<std::string>(), "schrijf \"datum\": \"2022-03-08\""));

    // A finding inside a text: line and column of the text, the text's pointer beside them.
    const json text = json::parse(check_fixture("cited_date", "--format json").output).at("diagnostics").at(0);
    CHECK(text.at("pointer") == "/tekst/0");
    CHECK(text.at("line") == 9);
    CHECK(text.at("column") == 35);
}

TEST_CASE("check: --format sarif is a SARIF 2.1.0 log with the codes as rules and the findings as results") {
    const CheckRun run = check_fixture("text_number_resolves", "--format sarif");
    INFO(run.output);
    CHECK(run.exit_code == 1);
    const json log = json::parse(run.output);
    CHECK(log.at("version") == "2.1.0");
    CHECK(log.at("$schema") ==
          "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
    REQUIRE(log.at("runs").size() == 1);
    const json& run0 = log.at("runs").at(0);
    CHECK(run0.at("tool").at("driver").at("name") == "raadsstuk");
    CHECK(run0.at("columnKind") == "unicodeCodePoints");
    const json& rules = run0.at("tool").at("driver").at("rules");
    const auto codes = raadsstuk::diag::all_codes();
    REQUIRE(rules.size() == codes.size());
    for (std::size_t i = 0; i < codes.size(); ++i) {
        INFO(codes[i].code);
        CHECK(rules.at(i).at("id") == codes[i].code);
        CHECK(rules.at(i).at("shortDescription").at("text") == codes[i].summary);
        CHECK(rules.at(i).at("defaultConfiguration").at("level") ==
              (codes[i].severity == raadsstuk::diag::Severity::error ? "error" : "warning"));
    }
    const json& results = run0.at("results");
    REQUIRE(results.size() == 3);
    for (const json& r : results) {
        CHECK(r.at("ruleId") == "RS211");
        CHECK(rules.at(r.at("ruleIndex").get<std::size_t>()).at("id") == r.at("ruleId"));
        CHECK(r.at("level") == "error");
        CHECK_FALSE(r.at("message").at("text").get<std::string>().empty());
        const json& where = r.at("locations").at(0);
        CHECK(where.at("physicalLocation").at("artifactLocation").at("uri") == "data/documenten/fout-nummers.json");
        CHECK(where.at("physicalLocation").at("region").at("startLine").get<int>() > 0);
        CHECK(where.at("physicalLocation").at("region").at("startColumn").get<int>() > 0);
        CHECK(where.at("logicalLocations").at(0).at("fullyQualifiedName").get<std::string>().rfind("/tekst/", 0) == 0);
    }
    const json& first = results.at(0);
    CHECK(first.at("message").at("text") ==
          "\"Z-21-99999\" staat niet in het register\nhint: voeg het stuk toe aan een registerbestand "
          "(register/teststad.json in de gegevensmap) of corrigeer het nummer in de tekst");
    CHECK(first.at("locations").at(0).at("physicalLocation").at("region") == json({{"startLine", 9}, {"startColumn", 10}}));
}

TEST_CASE("check: a file that is not checked and cannot be loaded is missing from the register (RS224)") {
    rs_test::ScratchDir scratch;
    const fs::path data = make_data(scratch, "reference_resolves");
    rs_test::write_file(data / "documenten/kapot.json", "{\"soort\": \"raadsinformatiebrief\",}");
    const auto one = raadsstuk_in(scratch.path(), "check data/documenten/goed-bekend.json");
    INFO(one.output);
    CHECK(one.exit_code == 0);
    CHECK(one.output ==
          "data/documenten/kapot.json: waarschuwing RS224: bestand kan niet worden geladen en ontbreekt daarom in "
          "het register\n"
          "  hint: verwijzingen ernaar worden niet gevonden; 'raadsstuk check data/documenten/kapot.json' laat zien "
          "wat eraan mankeert\n"
          "raadsstuk: 1 bestand gecontroleerd, 0 fouten, 1 waarschuwing\n");
    // Checked itself, it gets its own diagnostics instead.
    const auto all = raadsstuk_in(scratch.path(), "check data/documenten/kapot.json");
    CHECK(all.exit_code == 1);
    CHECK(contains(all.output, "data/documenten/kapot.json:1:34: fout RS002:"));
    CHECK_FALSE(contains(all.output, "RS224"));
}

TEST_CASE("check: a register file can be checked on its own") {
    const auto r = rs_test::raadsstuk("check data/register/voorschoten.json");
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK(r.output == "raadsstuk: 1 bestand gecontroleerd, 0 fouten, 0 waarschuwingen\n");
}

TEST_CASE("build: the checks run first, a document with an error is held back unless --force") {
    rs_test::ScratchDir scratch;
    const fs::path data = make_data(scratch, "cited_date");
    const fs::path out = scratch.path() / "uit";
    const std::string paths = "--out " + rs_test::shell_quote(out.string()) + " " + rs_test::shell_quote(data.string());

    const auto held = rs_test::raadsstuk("build --quiet " + paths);
    INFO(held.output);
    CHECK(held.exit_code == 1);
    CHECK(contains(held.output, "fout-datum.json:9:35: fout RS204: \"9 maart jl.\" is 9 maart 2022"));
    CHECK(contains(held.output, "raadsstuk: 1 gebouwd, 1 mislukt\n"));
    CHECK(contains(held.output, "raadsstuk: 1 document is niet gebouwd vanwege fouten uit de controles; --force bouwt ze toch"));
    CHECK_FALSE(fs::exists(out / "documenten/fout-datum.pdf"));
    CHECK(fs::exists(out / "documenten/goed-datum.pdf"));

    const auto forced = rs_test::raadsstuk("build --quiet --force " + paths);
    INFO(forced.output);
    CHECK(forced.exit_code == 0);
    CHECK(contains(forced.output, "fout RS204"));  // still told
    CHECK(contains(forced.output, "raadsstuk: 1 gebouwd, 0 mislukt, 1 ongewijzigd\n"));  // the good one was built
    CHECK(fs::exists(out / "documenten/fout-datum.pdf"));
}

TEST_CASE("build: warnings of the checks are printed and do not stop the build") {
    rs_test::ScratchDir scratch;
    const fs::path data = make_data(scratch, "status_target");
    const fs::path out = scratch.path() / "uit";
    const auto r = rs_test::raadsstuk("build --quiet --out " + rs_test::shell_quote(out.string()) + " " +
                                      rs_test::shell_quote(data.string()));
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK(contains(r.output, "fout-streefdatum.json:/status/onderdelen/0/streefdatum: waarschuwing RS218:"));
    CHECK(contains(r.output, "raadsstuk: 2 gebouwd, 0 mislukt\n"));
}
