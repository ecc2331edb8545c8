// The build cache: read back as written, a damaged one is no cache, and a stat is trusted only when it is
// older than the cache file itself. And the register digest the checks are keyed to: a letter's text does
// not change it, its number or date does.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "build/build_cache.hpp"
#include "build/register_root.hpp"

using namespace raadsstuk::build;
namespace fs = std::filesystem;

namespace {

BuildCache example() {
    BuildCache c;
    c.outputs["documenten/2021/x.pdf"] = FileStat{61877, 1'700'000'000'123'456'789, 1'700'000'000'223'456'789, 4242};
    CachedDataFile f;
    f.sha256 = std::string(64, 'a');
    f.lean.state = LeanFile::State::loaded;
    raadsstuk::model::RegisterEntry e;
    e.gemeente = "voorschoten";
    e.zaaknummer = "Z/21/012345";
    e.documentnummer = "289409";
    e.kind = "raadsinformatiebrief";
    e.date = {2021, 3, 8};
    e.subject = "Werk en \"inkomen\"\n";
    e.zaaknummer_pointer = "/zaaknummer";
    e.documentnummer_pointer = "/documentnummer";
    e.date_pointer = "/datum";
    e.statuses.push_back({"Werk en Inkomen", "stilgelegd", "/status/onderdelen/0/status"});
    f.lean.entries.push_back(e);
    c.data_files[data_file_key("data", "documenten/2021/x.json")] = f;
    CachedDataFile other;
    other.sha256 = std::string(64, 'b');
    other.lean.state = LeanFile::State::unknown_kind;
    other.lean.unknown_kind = "notulen";
    c.data_files[data_file_key("data", "documenten/2021/y.json")] = other;
    return c;
}

std::string letter(const std::string& nummer, const std::string& datum, const std::string& tekst) {
    return R"({"soort": "raadsinformatiebrief", "gemeente": "voorschoten", "zaaknummer": "Z/21/012345",
  "documentnummer": ")" + nummer + R"(", "datum": ")" + datum + R"(", "onderwerp": "Onderwerp",
  "bijlagen": [], "tekst": [")" + tekst + R"("],
  "ondertekening": [{"functie": "gemeentesecretaris"}, {"functie": "burgemeester"}]})";
}

std::string digest_of(const std::string& first_letter) {
    std::ifstream in("data/gemeenten/voorschoten.json", std::ios::binary);
    std::ostringstream gemeente;
    gemeente << in.rdbuf();
    std::vector<DataFile> files = {
        {"gemeenten/voorschoten.json", gemeente.str(), {}},
        {"documenten/2021/a.json", first_letter, {}},
        {"documenten/2021/b.json", letter("300000", "2021-06-01", "Een andere brief."), {}},
    };
    return RegisterRoot("data", std::move(files)).checks_digest();
}

}  // namespace

TEST_CASE("the build cache is read back as written") {
    const BuildCache c = example();
    const BuildCache back = parse_build_cache(build_cache_text(c));
    CHECK(back.outputs == c.outputs);
    REQUIRE(back.data_files.size() == 2);
    const auto& f = back.data_files.at(data_file_key("data", "documenten/2021/x.json"));
    CHECK(f.sha256 == std::string(64, 'a'));
    REQUIRE(f.lean.entries.size() == 1);
    const auto& e = f.lean.entries.front();
    CHECK(e.subject == "Werk en \"inkomen\"\n");
    CHECK(e.date == raadsstuk::model::Date{2021, 3, 8});
    CHECK(e.documentnummer_pointer == "/documentnummer");
    REQUIRE(e.statuses.size() == 1);
    CHECK(e.statuses.front().status == "stilgelegd");
    const auto& y = back.data_files.at(data_file_key("data", "documenten/2021/y.json"));
    CHECK(y.lean.state == LeanFile::State::unknown_kind);
    CHECK(y.lean.unknown_kind == "notulen");
}

TEST_CASE("a damaged build cache or one of another format is an empty cache") {
    const std::string text = build_cache_text(example());
    for (const std::string& bad : {std::string(), std::string("{\"format\": \"raadsstuk-cache/0\"}\n"),
                                   text.substr(0, text.size() / 2), text + "[\"iets\"]\n", std::string("niet json")}) {
        INFO(bad);
        const BuildCache c = parse_build_cache(bad);
        CHECK(c.outputs.empty());
        CHECK(c.data_files.empty());
    }
}

TEST_CASE("an output's stat is trusted only when it matches and is older than the cache") {
    BuildCache c = example();
    const FileStat s = c.outputs.at("documenten/2021/x.pdf");
    c.written_ns = s.ctime_ns + 1;
    CHECK(trusted(c, "documenten/2021/x.pdf", s));
    CHECK_FALSE(trusted(c, "documenten/2021/y.pdf", s));
    FileStat other = s;
    other.inode += 1;
    CHECK_FALSE(trusted(c, "documenten/2021/x.pdf", other));
    other = s;
    other.ctime_ns += 1;  // changed and its modification time put back
    CHECK_FALSE(trusted(c, "documenten/2021/x.pdf", other));
    c.written_ns = s.ctime_ns;  // written in the same tick: it may have changed unseen
    CHECK_FALSE(trusted(c, "documenten/2021/x.pdf", s));
}

TEST_CASE("the checks digest changes with a letter's number or date, not with its text") {
    const std::string base = digest_of(letter("289409", "2021-03-08", "Wij informeren u."));
    CHECK(base.size() == 64);
    CHECK(digest_of(letter("289409", "2021-03-08", "Graag berichten wij u.")) == base);
    CHECK(digest_of(letter("289410", "2021-03-08", "Wij informeren u.")) != base);
    CHECK(digest_of(letter("289409", "2021-03-09", "Wij informeren u.")) != base);
    CHECK(digest_of("{ niet te laden") != base);
}
