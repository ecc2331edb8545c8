// DataCacheReader: the data files cache read line by line as the register asks for its files. Every line is
// found whatever order the files are asked for in; what was never asked for, or a damaged line, tells the
// build that the next cache differs; a stream that is no cache of this format holds nothing.
#include <catch2/catch.hpp>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "build/data_cache_reader.hpp"

using raadsstuk::build::CachedDataFile;
using raadsstuk::build::DataCacheReader;
using raadsstuk::build::Digest;
using raadsstuk::build::LeanFile;

namespace {

// A cached letter whose SHA-256 is 64 times `digit` and whose register entry has this documentnummer.
CachedDataFile cached(char digit, const std::string& documentnummer) {
    CachedDataFile f;
    f.sha256 = *Digest::from_text(std::string(64, digit));
    f.lean.state = LeanFile::State::loaded;
    raadsstuk::model::RegisterEntry e;
    e.gemeente = "voorschoten";
    e.documentnummer = documentnummer;
    e.kind = "raadsinformatiebrief";
    e.date = {2021, 3, 8};
    f.lean.entries.push_back(e);
    f.facts.soort = "raadsinformatiebrief";
    f.facts.gemeente = "voorschoten";
    return f;
}

// A cache of a.json, b.json, c.json and d.json, in that order, with `after_b` put after b's line.
DataCacheReader reader(const std::string& after_b = "") {
    std::string text = raadsstuk::build::data_cache_header();
    text += raadsstuk::build::data_cache_line("documenten/a.json", cached('1', "100001"));
    text += raadsstuk::build::data_cache_line("documenten/b.json", cached('2', "100002"));
    text += after_b;
    text += raadsstuk::build::data_cache_line("documenten/c.json", cached('3', "100003"));
    text += raadsstuk::build::data_cache_line("documenten/d.json", cached('4', "100004"));
    return DataCacheReader(std::make_unique<std::istringstream>(text));
}

std::string documentnummer(const std::optional<CachedDataFile>& f) {
    REQUIRE(f);
    REQUIRE(f->lean.entries.size() == 1);
    return f->lean.entries.front().documentnummer;
}

}  // namespace

TEST_CASE("data cache reader: the files asked for in the order written, each found once", "[data-cache]") {
    DataCacheReader r = reader();
    CHECK(r.readable());
    CHECK(documentnummer(r.take("documenten/a.json")) == "100001");
    const auto b = r.take("documenten/b.json");
    CHECK(documentnummer(b) == "100002");
    CHECK(b->sha256 == *Digest::from_text(std::string(64, '2')));
    CHECK(b->facts.gemeente == "voorschoten");
    CHECK(documentnummer(r.take("documenten/c.json")) == "100003");
    CHECK(documentnummer(r.take("documenten/d.json")) == "100004");
    CHECK_FALSE(r.lines_left());
    // Taken means taken: a second ask finds nothing.
    CHECK_FALSE(r.take("documenten/a.json"));
}

TEST_CASE("data cache reader: any other order finds every line", "[data-cache]") {
    DataCacheReader r = reader();
    CHECK(documentnummer(r.take("documenten/d.json")) == "100004");
    CHECK(documentnummer(r.take("documenten/b.json")) == "100002");
    // A file the cache does not hold: nothing, and the lines read on the way are still there.
    CHECK_FALSE(r.take("documenten/nieuw.json"));
    CHECK(documentnummer(r.take("documenten/c.json")) == "100003");
    CHECK(r.lines_left());  // a.json was never asked for: it is gone from the data root
    CHECK(documentnummer(r.take("documenten/a.json")) == "100001");
    CHECK_FALSE(r.lines_left());
}

TEST_CASE("data cache reader: the lines after a damaged one are not trusted", "[data-cache]") {
    for (const std::string& damage : {std::string("[\"gegevens\", \"documenten/x.json\"]\n"), std::string("niet json\n"),
                                      std::string("[\"gegevens\", \"documenten/c.json\", \"a\"")}) {
        INFO(damage);
        DataCacheReader r = reader(damage);
        CHECK(documentnummer(r.take("documenten/a.json")) == "100001");
        CHECK(documentnummer(r.take("documenten/b.json")) == "100002");
        CHECK_FALSE(r.take("documenten/c.json"));
        CHECK_FALSE(r.take("documenten/d.json"));
        CHECK(r.lines_left());
    }
}

TEST_CASE("data cache reader: a stream that is no data files cache of this format holds nothing", "[data-cache]") {
    const std::string line = raadsstuk::build::data_cache_line("documenten/a.json", cached('1', "100001"));
    for (const std::string& text : {std::string(), std::string("{\"format\": \"raadsstuk-gegevenscache/0\"}\n") + line,
                                    line, std::string("niet json\n")}) {
        INFO(text);
        DataCacheReader r(std::make_unique<std::istringstream>(text));
        CHECK_FALSE(r.readable());
        CHECK_FALSE(r.take("documenten/a.json"));
        CHECK_FALSE(r.lines_left());
    }
    DataCacheReader missing(nullptr);
    CHECK_FALSE(missing.readable());
    CHECK_FALSE(missing.take("documenten/a.json"));
}
