// RegisterRoot::read for a build: besides the register, it keeps each document's SHA-256 and facts
// (data_file), so that the build knows a document's inputs without reading its file again. A cache may answer
// for a file (the lookup); the seen hook is told only of the files that were loaded.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "build/register_root.hpp"
#include "scratch_dir.hpp"

namespace fs = std::filesystem;
using raadsstuk::build::Digest;
using raadsstuk::build::LeanFile;
using raadsstuk::build::RegisterRoot;
using raadsstuk::build::test::ScratchDir;

namespace {

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void write(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
}

std::string letter(const std::string& nummer, const std::string& extra = "") {
    return R"({"soort": "raadsinformatiebrief", "gemeente": "voorschoten", )" + extra +
           R"("zaaknummer": "Z/21/012345", "documentnummer": ")" + nummer +
           R"(", "datum": "2021-05-21", "onderwerp": "Onderwerp", "bijlagen": [], "tekst": ["Tekst."],
  "ondertekening": [{"functie": "gemeentesecretaris"}, {"functie": "burgemeester"}]})";
}

// A data root with a gemeente, three letters (two with the same facts), a document of no known kind and a
// register file.
fs::path data_root(const ScratchDir& t) {
    const fs::path data = t.path() / "data";
    write(data / "gemeenten/voorschoten.json", read("data/gemeenten/voorschoten.json"));
    write(data / "documenten/2021/a.json", letter("300001"));
    write(data / "documenten/2021/b.json", letter("300002"));
    write(data / "documenten/2021/c.json", letter("300003", R"("sjabloonversie": 1, )"));
    write(data / "documenten/2021/d.json", R"({"soort": "notitie", "gemeente": "voorschoten"})");
    write(data / "register/oud.json", R"({"gemeente": "voorschoten", "documenten": []})");
    return data;
}

}  // namespace

TEST_CASE("register root: read for a build, each document's SHA-256 and facts are kept", "[register-root]") {
    const ScratchDir t("raadsstuk-register-root");
    const fs::path data = data_root(t);
    std::map<std::string, Digest> told;
    const auto root = RegisterRoot::read(
        data, [](const fs::path&, const fs::path&, const std::string&, const Digest&) { return std::optional<LeanFile>(); },
        [&](const fs::path&, const fs::path& relative, const std::string& bytes, const Digest& sha256, const LeanFile&) {
            CHECK(sha256 == Digest::of(bytes));
            told[relative.generic_string()] = sha256;
        });

    const auto a = root->data_file("documenten/2021/a.json");
    REQUIRE(a);
    CHECK(a->sha256 == Digest::of(read(data / "documenten/2021/a.json")));
    REQUIRE(a->facts);
    CHECK(a->facts->soort == "raadsinformatiebrief");
    CHECK(a->facts->gemeente == "voorschoten");
    CHECK_FALSE(a->facts->sjabloonversie);
    // Equal facts are held once; other facts apart.
    const auto b = root->data_file("documenten/2021/b.json");
    const auto c = root->data_file("documenten/2021/c.json");
    REQUIRE(b);
    REQUIRE(c);
    CHECK(b->facts == a->facts);
    CHECK(b->sha256 != a->sha256);
    CHECK(c->facts != a->facts);
    CHECK(c->facts->sjabloonversie == 1);
    // A document of no known kind is not loaded, but its facts are taken from its text.
    const auto d = root->data_file("documenten/2021/d.json");
    REQUIRE(d);
    CHECK(d->facts->soort == "notitie");
    // A register file is no document of the batch; a file the root does not hold has nothing.
    CHECK_FALSE(root->data_file("register/oud.json"));
    CHECK_FALSE(root->data_file("documenten/2021/z.json"));
    // The seen hook was told of every file loaded, gemeente files apart, with the same SHA-256.
    CHECK(told.size() == 5);
    CHECK(told.at("documenten/2021/a.json") == a->sha256);
    CHECK(told.count("register/oud.json") == 1);
}

TEST_CASE("register root: a lookup's answer is kept with its facts and not told to the seen hook", "[register-root]") {
    const ScratchDir t("raadsstuk-register-root");
    const fs::path data = data_root(t);
    const std::string cached_bytes = read(data / "documenten/2021/a.json");
    int told = 0;
    bool told_of_a = false;
    const auto root = RegisterRoot::read(
        data,
        [&](const fs::path&, const fs::path& relative, const std::string& bytes, const Digest& sha256) {
            CHECK(sha256 == Digest::of(bytes));
            if (relative != "documenten/2021/a.json" || bytes != cached_bytes) return std::optional<LeanFile>();
            LeanFile lean;  // as a cache holds it: loaded, with facts of its own
            lean.state = LeanFile::State::loaded;
            lean.facts.emplace();
            lean.facts->soort = "raadsinformatiebrief";
            lean.facts->gemeente = "voorschoten";
            lean.facts->sjabloon = "uit-de-cache.md";
            return std::optional<LeanFile>(std::move(lean));
        },
        [&](const fs::path&, const fs::path& relative, const std::string&, const Digest&, const LeanFile&) {
            ++told;
            told_of_a = told_of_a || relative == "documenten/2021/a.json";
        });
    const auto a = root->data_file("documenten/2021/a.json");
    REQUIRE(a);
    CHECK(a->sha256 == Digest::of(cached_bytes));
    CHECK(a->facts->sjabloon == "uit-de-cache.md");
    CHECK_FALSE(told_of_a);
    CHECK(told == 4);
}

TEST_CASE("register root: read without a lookup (raadsstuk check), no SHA-256 is kept", "[register-root]") {
    const ScratchDir t("raadsstuk-register-root");
    const fs::path data = data_root(t);
    const auto root = RegisterRoot::read(data);
    CHECK_FALSE(root->data_file("documenten/2021/a.json"));
    // The register itself is the same.
    CHECK(root->register_of_documents().documents().size() == 3);
}
