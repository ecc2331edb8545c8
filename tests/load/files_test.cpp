// Reading files, finding the data root and a document's gemeente file.
#include <filesystem>

#include "load/load.hpp"
#include "support.hpp"

using namespace raadsstuk;
using load_test::formatted;
using Lines = std::vector<std::string>;
namespace fs = std::filesystem;

TEST_CASE("RS001: a file that cannot be read") {
    diag::Diagnostics ds;
    CHECK(load::read_file("tests/load/fixtures/data/gemeenten/teststad.json", ds));
    CHECK_FALSE(load::read_file("tests/load/fixtures/bestaat-niet.json", ds));
    CHECK_FALSE(load::read_file("tests/load/fixtures", ds));
    CHECK(formatted(ds) == Lines{"tests/load/fixtures/bestaat-niet.json: fout RS001: bestand bestaat niet\n"
                                 "  hint: controleer de naam en de map",
                                 "tests/load/fixtures: fout RS001: dit is een map, geen bestand"});
}

TEST_CASE("read_file gives the bytes as they are, byte-order mark included") {
    diag::Diagnostics ds;
    const auto text = load::read_file(load_test::kBriefFixture, ds);
    REQUIRE(text);
    CHECK(*text == load_test::slurp(load_test::kBriefFixture));
}

TEST_CASE("the data root is the nearest directory above a document that holds gemeenten/") {
    CHECK(load::find_data_root("tests/load/fixtures/data/documenten/2021/brief.json") ==
          fs::path("tests/load/fixtures/data"));
    CHECK(load::find_data_root("data/documenten/2021/2021-05-21-werk-en-inkomen-leiden.json") == fs::path("data"));
    CHECK(load::find_data_root("tests/load/fixtures/data/brief.json") == fs::path("tests/load/fixtures/data"));
    CHECK_FALSE(load::find_data_root("tests/load/brief.json"));
    const fs::path absolute = fs::current_path() / "data/documenten/2022/x.json";
    CHECK(load::find_data_root(absolute) == fs::current_path() / "data");
}

TEST_CASE("a relative path above the working directory is found with ..") {
    const fs::path here = fs::current_path();
    fs::current_path("tests/load/fixtures/data/documenten/2021");
    const auto root = load::find_data_root("brief.json");
    fs::current_path(here);
    CHECK(root == fs::path("../.."));
}

TEST_CASE("a document finds its gemeente file by id") {
    CHECK(load::gemeente_file("data", "voorschoten") == fs::path("data/gemeenten/voorschoten.json"));
    model::Raadsinformatiebrief brief;
    brief.source_file = "tests/load/fixtures/data/documenten/2021/brief.json";
    brief.gemeente = "teststad";
    diag::Diagnostics ds;
    CHECK(load::locate_gemeente("tests/load/fixtures/data", brief, ds) ==
          fs::path("tests/load/fixtures/data/gemeenten/teststad.json"));
    CHECK(ds.empty());
}

TEST_CASE("RS008: a document names a gemeente without a file") {
    model::Raadsinformatiebrief brief;
    brief.source_file = "data/documenten/2021/x.json";
    diag::Diagnostics ds;
    brief.gemeente = "voorschooten";
    CHECK_FALSE(load::locate_gemeente("data", brief, ds));
    brief.gemeente = "leiden";
    CHECK_FALSE(load::locate_gemeente("data", brief, ds));
    CHECK(formatted(ds) ==
          Lines{"data/documenten/2021/x.json:/gemeente: fout RS008: geen gemeentebestand "
                "data/gemeenten/voorschooten.json voor gemeente \"voorschooten\"\n"
                "  hint: bedoelt u \"voorschoten\"? bekende gemeenten: \"voorschoten\" en \"wassenaar\"",
                "data/documenten/2021/x.json:/gemeente: fout RS008: geen gemeentebestand data/gemeenten/leiden.json "
                "voor gemeente \"leiden\"\n  hint: bekende gemeenten: \"voorschoten\" en \"wassenaar\""});
}

TEST_CASE("RS011: a logo that does not exist") {
    diag::Diagnostics ds;
    auto g = load::load_gemeente(load_test::slurp(load_test::kGemeenteFixture), load_test::kGemeenteFixture, ds);
    REQUIRE(g);
    g->style.logo = "ontbreekt.png";
    load::check_referenced_files(*g, ds);
    CHECK(formatted(ds) == Lines{"tests/load/fixtures/data/gemeenten/teststad.json:/huisstijl/logo: fout RS011: logo "
                                 "tests/load/fixtures/data/gemeenten/ontbreekt.png bestaat niet\n"
                                 "  hint: het pad van het logo is relatief aan het gemeentebestand"});
    g->style.logo.reset();
    CHECK_FALSE(load::logo_file(*g));
}
