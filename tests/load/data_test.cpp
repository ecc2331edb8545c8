// Every data file in the repository loads without a single diagnostic, and every document finds its gemeente.
#include <algorithm>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "load/load.hpp"
#include "load/register_file.hpp"
#include "support.hpp"

using namespace raadsstuk;
using load_test::formatted;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> json_files(const fs::path& dir) {
    std::vector<fs::path> out;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file() && e.path().extension() == ".json") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("every file under data/ loads without diagnostics") {
    int gemeenten = 0, brieven = 0, voorstellen = 0;
    for (const fs::path& file : json_files("data")) {
        if (file.parent_path() == fs::path("data/schema")) continue;
        const std::string name = file.generic_string();
        INFO(name);
        diag::Diagnostics ds;
        const auto text = load::read_file(file, ds);
        REQUIRE(text);
        const auto kind = load::detect_kind(*text);
        REQUIRE(kind);
        if (*kind == "gemeente") {
            const auto g = load::load_gemeente(*text, name, ds);
            CHECK(g);
            if (g) load::check_referenced_files(*g, ds);
            ++gemeenten;
        } else if (*kind == "register") {
            CHECK(load::load_register(*text, name, ds));
        } else if (*kind == "raadsvoorstel") {
            const auto p = load::load_raadsvoorstel(*text, name, ds);
            REQUIRE(p);
            const auto root = load::find_data_root(file);
            REQUIRE(root);
            const auto gemeente = load::locate_gemeente(*root, p->gemeente, name, ds);
            REQUIRE(gemeente);
            ++voorstellen;
        } else {
            REQUIRE(*kind == "raadsinformatiebrief");
            const auto b = load::load_raadsinformatiebrief(*text, name, ds);
            REQUIRE(b);
            const auto root = load::find_data_root(file);
            REQUIRE(root);
            CHECK(*root == fs::path("data"));
            const auto gemeente = load::locate_gemeente(*root, *b, ds);
            REQUIRE(gemeente);
            const auto gtext = load::read_file(*gemeente, ds);
            REQUIRE(gtext);
            const auto g = load::load_gemeente(*gtext, gemeente->generic_string(), ds);
            REQUIRE(g);
            CHECK(g->id == b->gemeente);
            ++brieven;
        }
        CHECK(formatted(ds).empty());
    }
    CHECK(gemeenten >= 2);
    CHECK(voorstellen >= 2);
    CHECK(brieven >= 3);
}

TEST_CASE("the data files name their schema by a relative path that exists") {
    for (const fs::path& file : json_files("data")) {
        if (file.parent_path() == fs::path("data/schema")) continue;
        INFO(file.generic_string());
        const auto doc = nlohmann::json::parse(load_test::slurp(file.string()));
        REQUIRE(doc.contains("$schema"));
        const fs::path schema = file.parent_path() / doc.at("$schema").get<std::string>();
        CHECK(fs::is_regular_file(schema));
        CHECK(schema.filename() == doc.at("soort").get<std::string>() + ".schema.json");
    }
}
