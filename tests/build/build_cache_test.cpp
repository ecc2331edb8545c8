// The build cache (the outputs' stats, the data files): read back as written, a damaged one is no cache,
// and a stat is trusted only when it is older than the cache file itself. And the register digest the
// checks are keyed to: a letter's text does not change it, its number or date does.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "build/build_cache.hpp"
#include "build/register_root.hpp"

using namespace raadsstuk::build;
namespace fs = std::filesystem;

namespace {

const FileStat kStat{61877, 1'700'000'000'123'456'789, 1'700'000'000'223'456'789, 4242};

// A manifest of two documents, the first with a stat for its PDF.
Manifest outputs_example() {
    Manifest m;
    DocumentRecord r;
    r.source = "documenten/2021/x.json";
    r.outputs = {{"documenten/2021/x.md", *Digest::from_text(std::string(64, '1')), 10, std::nullopt},
                 {"documenten/2021/x.pdf", *Digest::from_text(std::string(64, '2')), 61877, kStat}};
    m.documents.emplace(r.source, r);
    r.source = "documenten/2021/y.json";
    r.outputs = {{"documenten/2021/y.md", *Digest::from_text(std::string(64, '3')), 11, std::nullopt}};
    m.documents.emplace(r.source, r);
    return m;
}

// Two data files, a letter and one of a kind that is no document.
std::map<std::string, CachedDataFile> data_example() {
    std::map<std::string, CachedDataFile> files;
    CachedDataFile f;
    f.sha256 = *Digest::from_text(std::string(64, 'a'));
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
    f.facts.soort = "raadsinformatiebrief";
    f.facts.gemeente = "voorschoten";
    f.facts.sjabloonversie = 2;
    files["documenten/2021/x.json"] = f;
    CachedDataFile other;
    other.sha256 = *Digest::from_text(std::string(64, 'b'));
    other.lean.state = LeanFile::State::unknown_kind;
    other.lean.unknown_kind = "notulen";
    files["documenten/2021/y.json"] = other;
    return files;
}

std::string data_text(const std::map<std::string, CachedDataFile>& files) {
    std::string text = data_cache_header();
    for (const auto& [relative, f] : files) text += data_cache_line(relative, f);
    return text;
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
    return RegisterRoot("data", std::move(files)).checks_digest().text();
}

}  // namespace

TEST_CASE("the outputs cache gives each output of the manifest its stat back") {
    const std::string text = output_stats_text(outputs_example());
    Manifest m = outputs_example();
    for (auto& [key, r] : m.documents)
        for (auto& o : r.outputs) o.stat.reset();
    REQUIRE(read_output_stats(text, m));
    const auto& x = m.documents.at("documenten/2021/x.json").outputs;
    CHECK_FALSE(x[0].stat);
    REQUIRE(x[1].stat);
    CHECK(*x[1].stat == kStat);
    CHECK_FALSE(m.documents.at("documenten/2021/y.json").outputs[0].stat);
    // A stat of a document or output the manifest does not list is dropped.
    Manifest other;
    other.documents.emplace("documenten/2021/y.json", outputs_example().documents.at("documenten/2021/y.json"));
    CHECK(read_output_stats(text, other));
    CHECK_FALSE(other.documents.at("documenten/2021/y.json").outputs[0].stat);
}

TEST_CASE("the data files cache is read back as written") {
    const auto back = parse_data_cache(data_text(data_example()));
    REQUIRE(back.size() == 2);
    const auto& f = back.at("documenten/2021/x.json");
    CHECK(f.sha256.text() == std::string(64, 'a'));
    REQUIRE(f.lean.entries.size() == 1);
    const auto& e = f.lean.entries.front();
    CHECK(e.subject == "Werk en \"inkomen\"\n");
    CHECK(e.date == raadsstuk::model::Date{2021, 3, 8});
    CHECK(e.documentnummer_pointer == "/documentnummer");
    REQUIRE(e.statuses.size() == 1);
    CHECK(e.statuses.front().status == "stilgelegd");
    CHECK(f.facts.gemeente == "voorschoten");
    CHECK(f.facts.sjabloonversie == 2);
    const auto& y = back.at("documenten/2021/y.json");
    CHECK(y.lean.state == LeanFile::State::unknown_kind);
    CHECK(y.lean.unknown_kind == "notulen");
    CHECK_FALSE(y.facts.sjabloonversie);
}

TEST_CASE("a damaged build cache or one of another format is an empty cache") {
    const std::string data = data_text(data_example());
    for (const std::string& bad : {std::string(), std::string("{\"format\": \"raadsstuk-gegevenscache/0\"}\n"),
                                   data.substr(0, data.size() / 2), data + "[\"iets\"]\n", std::string("niet json")}) {
        INFO(bad);
        CHECK(parse_data_cache(bad).empty());
    }
    const std::string outputs = output_stats_text(outputs_example());
    for (const std::string& bad : {std::string(), std::string("{\"format\": \"raadsstuk-cache/1\"}\n"),
                                   outputs.substr(0, outputs.size() - 10), outputs + "[\"iets\"]\n"}) {
        INFO(bad);
        Manifest m = outputs_example();
        m.documents.at("documenten/2021/x.json").outputs[1].stat.reset();
        CHECK_FALSE(read_output_stats(bad, m));
        CHECK_FALSE(m.documents.at("documenten/2021/x.json").outputs[1].stat);  // none set from a damaged one
    }
}

TEST_CASE("an output's stat is trusted only when it matches and is older than the cache") {
    const OutputRecord o = outputs_example().documents.at("documenten/2021/x.json").outputs[1];
    const std::int64_t written = kStat.ctime_ns + 1;
    CHECK(trusted(o, kStat, written));
    OutputRecord without = o;
    without.stat.reset();
    CHECK_FALSE(trusted(without, kStat, written));
    FileStat other = kStat;
    other.inode += 1;
    CHECK_FALSE(trusted(o, other, written));
    other = kStat;
    other.ctime_ns += 1;  // changed and its modification time put back
    CHECK_FALSE(trusted(o, other, written));
    CHECK_FALSE(trusted(o, kStat, kStat.ctime_ns));  // written in the same tick: it may have changed unseen
}

TEST_CASE("the checks digest changes with a letter's number or date, not with its text") {
    const std::string base = digest_of(letter("289409", "2021-03-08", "Wij informeren u."));
    CHECK(base.size() == 64);
    CHECK(digest_of(letter("289409", "2021-03-08", "Graag berichten wij u.")) == base);
    CHECK(digest_of(letter("289410", "2021-03-08", "Wij informeren u.")) != base);
    CHECK(digest_of(letter("289409", "2021-03-09", "Wij informeren u.")) != base);
    CHECK(digest_of("{ niet te laden") != base);
}
