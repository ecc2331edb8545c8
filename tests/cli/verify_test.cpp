// raadsstuk verify: an untouched tree verifies; after a template, data or output edit it fails and names
// the document and the reason.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "batch_support.hpp"

namespace fs = std::filesystem;
using namespace rs_test;

namespace {

constexpr const char* kLetter = "data/documenten/2021/2021-05-21-werk-en-inkomen-leiden.json";

}  // namespace

TEST_CASE("verify help and a wrong command line") {
    const auto help = raadsstuk("verify --help");
    CHECK(help.exit_code == 0);
    CHECK(help.output.find("Gebruik: raadsstuk verify [--jobs N] [--quiet] MANIFEST...") != std::string::npos);
    CHECK(raadsstuk("help verify").output == help.output);
    CHECK(raadsstuk("verify").exit_code == 2);
    CHECK(raadsstuk("verify --snel x.json").output.find("onbekende optie '--snel'") != std::string::npos);
    CHECK(raadsstuk("verify --jobs 0 x.json").exit_code == 2);
}

TEST_CASE("verify reports a manifest that cannot be read") {
    ScratchDir dir;
    const auto missing = raadsstuk("verify " + shell_quote((dir.path() / "geen.json").string()));
    CHECK(missing.exit_code == 1);
    CHECK(missing.output.find("geen.json: fout RS607: manifest kan niet worden gelezen") != std::string::npos);
    write_file(dir.path() / "m.json", R"({"format": "raadsstuk-manifest/1", "engine": "0.1.0"})");
    const auto incomplete = raadsstuk("verify " + shell_quote((dir.path() / "m.json").string()));
    CHECK(incomplete.exit_code == 1);
    CHECK(incomplete.output.find("m.json:/documents: fout RS607:") != std::string::npos);
}

TEST_CASE("verify passes on an untouched tree") {
    ScratchArchive a;
    REQUIRE(a.in_dir("build --quiet data").exit_code == 0);
    const auto r = a.in_dir("verify output/raadsstuk-manifest.json");
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK(r.output.find("raadsstuk: 5 documenten geverifieerd, 5 gelijk, 0 verschillend") != std::string::npos);
    CHECK(r.output.find("] gelijk     " + std::string(kLetter)) != std::string::npos);
    // It wrote nothing.
    CHECK(count_temporaries(a.dir.path() / "output") == 0);
}

TEST_CASE("verify after a template edit names the document and the template") {
    ScratchArchive a;
    REQUIRE(a.in_dir("build --quiet data").exit_code == 0);
    a.replace("templates/v1/raadsinformatiebrief.md", "Deze brief is digitaal vastgesteld.",
              "Deze brief is elektronisch vastgesteld.");
    const auto r = a.in_dir("verify output/raadsstuk-manifest.json");
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find(std::string(kLetter) +
                        ": fout RS608: documenten/2021/2021-05-21-werk-en-inkomen-leiden.pdf verschilt van het "
                        "manifest: sjabloon gewijzigd (v1/raadsinformatiebrief.md)") != std::string::npos);
    // The voorstellen do not use that template: their bytes are the same.
    CHECK(r.output.find("raadsstuk: 5 documenten geverifieerd, 2 gelijk, 3 verschillend") != std::string::npos);
}

TEST_CASE("verify after a data edit says the input changed") {
    ScratchArchive a;
    REQUIRE(a.in_dir("build --quiet data").exit_code == 0);
    a.replace(kLetter, "\"onderwerp\": \"", "\"onderwerp\": \"Gewijzigd: ");
    const auto r = a.in_dir("verify --jobs 2 output/raadsstuk-manifest.json");
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find(std::string(kLetter) + ": fout RS608: documenten/2021/2021-05-21-werk-en-inkomen-leiden.md "
                                               "verschilt van het manifest: invoer gewijzigd: het gegevensbestand") !=
          std::string::npos);
    CHECK(r.output.find("sjabloon gewijzigd") == std::string::npos);
    CHECK(r.output.find("] VERSCHILT  " + std::string(kLetter)) != std::string::npos);
}

TEST_CASE("verify finds an output edited after the build") {
    ScratchArchive a;
    REQUIRE(a.in_dir("build --quiet data").exit_code == 0);
    write_file(a.dir.path() / "output/documenten/2021/2021-05-21-werk-en-inkomen-leiden.md", "met de hand bewerkt\n");
    const auto r = a.in_dir("verify output/raadsstuk-manifest.json");
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("output/documenten/2021/2021-05-21-werk-en-inkomen-leiden.md: fout RS610: uitvoerbestand "
                        "wijkt af van het manifest") != std::string::npos);
}

TEST_CASE("verify takes the manifests of every shard") {
    ScratchArchive a;
    for (const char* k : {"1/2", "2/2"}) REQUIRE(a.in_dir(std::string("build --quiet --shard ") + k + " data").exit_code == 0);
    const auto r = a.in_dir("verify output/raadsstuk-manifest-1-van-2.json output/raadsstuk-manifest-2-van-2.json");
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK(r.output.find("raadsstuk: 5 documenten geverifieerd, 5 gelijk, 0 verschillend") != std::string::npos);
}

TEST_CASE("verify names an engine change, and a difference with equal inputs is onverklaard") {
    ScratchArchive a;
    REQUIRE(a.in_dir("build --quiet data").exit_code == 0);
    const std::string manifest = "output/raadsstuk-manifest.json";
    nlohmann::json m = nlohmann::json::parse(read_file(a.dir.path() / manifest));
    auto& letter = m.at("documents").at("documenten/2021/2021-05-21-werk-en-inkomen-leiden.json");
    // As if the letter had been built by engine 0.0.9 with other PDF bytes: its shared inputs, but of that
    // engine, under a name of their own.
    nlohmann::json old_engine = m.at("common_inputs").at(letter.at("inputs").at("common").get<std::string>());
    old_engine["engine"] = "0.0.9";
    m["common_inputs"]["oude-engine"] = old_engine;
    letter["inputs"]["common"] = "oude-engine";
    for (auto& o : letter.at("outputs"))
        if (o.at("path").get<std::string>().ends_with(".pdf")) o["sha256"] = std::string(64, '0');
    // And the other letter's Markdown recorded with other bytes while nothing else differs.
    m.at("documents").at("documenten/2022/2022-09-13-omklappen-sociaal-domein.json").at("outputs").at(0)["sha256"] =
        std::string(64, '1');
    const std::string text = m.dump(2);
    write_file(a.dir.path() / manifest, text);

    const auto r = a.in_dir("verify --quiet " + manifest);
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find(std::string(kLetter) + ": fout RS608: documenten/2021/2021-05-21-werk-en-inkomen-leiden.pdf "
                                               "verschilt van het manifest: engine gewijzigd (versie 0.0.9, nu ") !=
          std::string::npos);
    CHECK(r.output.find("data/documenten/2022/2022-09-13-omklappen-sociaal-domein.json: fout RS608: "
                        "documenten/2022/2022-09-13-omklappen-sociaal-domein.md verschilt van het manifest: "
                        "onverklaard") != std::string::npos);
    CHECK(r.output.find("] gelijk") == std::string::npos);  // --quiet
    CHECK(r.output.find("raadsstuk: 5 documenten geverifieerd, 3 gelijk, 2 verschillend") != std::string::npos);
}
