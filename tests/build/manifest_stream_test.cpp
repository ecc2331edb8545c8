// The streamed manifest (manifest_session.hpp): the old manifest walked with the batch in key order and the
// new one written record by record must give the manifest a build holding everything would write: records
// added, removed, changed and kept in order, nothing written when nothing changed, a manifest out of order
// read whole, damage part way reported with its place, and a manifest written while the build runs.
#include <catch2/catch.hpp>

#include <stdlib.h>
#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "build/build_cache.hpp"
#include "build/manifest.hpp"
#include "build/manifest_session.hpp"
#include "build/manifest_stream.hpp"
#include "scratch_dir.hpp"

using namespace raadsstuk::build;
using raadsstuk::build::test::ScratchDir;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void write(const fs::path& file, const std::string& text) { std::ofstream(file, std::ios::binary) << text; }

Digest digest(char c) { return *Digest::from_text(std::string(64, c)); }

std::shared_ptr<const CommonInputs> common(const std::string& gemeente) {
    CommonInputs c;
    c.house_style = {{"gemeenten/" + gemeente + ".json", std::string(64, 'c')}};
    c.template_version = "1";
    c.templates = {{"v1/raadsinformatiebrief.md", std::string(64, 'd')}};
    c.fonts = {{"DejaVuSans.ttf", std::string(64, 'f')}};
    c.engine = "0.1.0";
    c.engine_build = std::string(64, '4');
    return std::make_shared<const CommonInputs>(c);
}

// The record of documenten/<name>.json with data hash `data`.
DocumentRecord record(const std::string& name, char data, const std::string& gemeente = "voorschoten") {
    DocumentRecord r;
    r.source = "documenten/" + name + ".json";
    r.data_root = "../data";
    r.kind = "raadsinformatiebrief";
    r.inputs.data = digest(data);
    r.inputs.register_hash = digest('b');
    r.inputs.common = common(gemeente);
    r.fingerprint = r.inputs.fingerprint();
    r.outputs = {{"documenten/" + name + ".md", digest(data), 100, std::nullopt},
                 {"documenten/" + name + ".pdf", digest(data), 2000, std::nullopt}};
    return r;
}

Manifest manifest_of(const std::vector<DocumentRecord>& records) {
    Manifest m;
    m.engine = "0.1.0";
    for (const auto& r : records) m.documents.emplace(r.source, r);
    return m;
}

// A build's use of the session, on one thread: each document of `batch` asks for its previous record and
// is done with `now` (nothing: it failed). What the worker computes is computed as build_job does.
struct Step {
    std::string key;
    std::optional<DocumentRecord> now;
};

SessionFiles files_in(const ScratchDir& dir, bool with_cache = false) {
    return {dir.path() / "raadsstuk-manifest.json", with_cache ? dir.path() / "cache" / "build.cache" : fs::path(),
            "0.1.0", ""};
}

void run(ManifestSession& session, std::vector<Step> batch, raadsstuk::diag::Diagnostics& general,
         std::vector<std::optional<DocumentRecord>>* seen = nullptr) {
    for (std::size_t i = 0; i < batch.size(); ++i) {
        PreviousRecord p = session.previous(i, batch[i].key);
        if (seen) seen->push_back(p.record);
        bool same_record = false, same_stats = false;
        if (p.record && batch[i].now) {
            same_record = *p.record == *batch[i].now;
            std::size_t lines = 0;
            for (const auto& o : p.record->outputs) lines += o.stat ? 1 : 0;
            same_stats = !stats_differ(*p.record, *batch[i].now) && lines == p.own_stat_lines;
        }
        p.record.reset();
        session.done(i, batch[i].key, p, batch[i].now, same_record, same_stats);
    }
    session.finish(general);
}

std::function<std::string(std::size_t)> keys_of(const std::vector<Step>& batch) {
    return [batch](std::size_t i) { return batch.at(i).key; };
}

std::uint64_t inode(const fs::path& file) {
    struct stat st {};
    ::stat(file.c_str(), &st);
    return st.st_ino;
}

}  // namespace

TEST_CASE("a streamed build merges the old manifest with the batch in key order: records added, removed, changed, kept") {
    ScratchDir dir;
    const auto files = files_in(dir);
    // Old: a, b, c, d, g. The batch: b unchanged, c changed, d failed, e new; a and g are not in it.
    write(files.manifest, manifest_json(manifest_of({record("a", '1'), record("b", '2'), record("c", '3'),
                                                     record("d", '5'), record("g", '7')})));
    const std::vector<Step> batch = {{"documenten/b.json", record("b", '2')},
                                     {"documenten/c.json", record("c", '9', "leiden")},
                                     {"documenten/d.json", std::nullopt},
                                     {"documenten/e.json", record("e", '6')}};
    raadsstuk::diag::Diagnostics general;
    std::vector<std::optional<DocumentRecord>> seen;
    {
        ManifestSession session(files, true, keys_of(batch), general);
        CHECK(session.streamed());
        run(session, batch, general, &seen);
    }
    CHECK(general.empty());
    // Each document got its own previous record, and the new document none.
    REQUIRE(seen.size() == 4);
    CHECK(seen[0] == record("b", '2'));
    CHECK(seen[1] == record("c", '3'));
    CHECK(seen[2] == record("d", '5'));
    CHECK_FALSE(seen[3]);
    // The manifest a build holding it all writes, byte for byte: a and g kept, d gone, c changed, e added,
    // and only the sets in use (c's gemeente is new, voorschoten's is still used).
    const std::string expected = manifest_json(
        manifest_of({record("a", '1'), record("b", '2'), record("c", '9', "leiden"), record("e", '6'), record("g", '7')}));
    CHECK(read(files.manifest) == expected);

    // A session that holds the whole manifest (a batch not in key order) writes the same bytes.
    ScratchDir held_dir;
    const auto held_files = files_in(held_dir);
    write(held_files.manifest, manifest_json(manifest_of({record("a", '1'), record("b", '2'), record("c", '3'),
                                                          record("d", '5'), record("g", '7')})));
    {
        ManifestSession held(held_files, false, keys_of(batch), general);
        CHECK_FALSE(held.streamed());
        run(held, batch, general);
    }
    CHECK(read(held_files.manifest) == expected);
}

TEST_CASE("a streamed build in which nothing changed writes no manifest, and a first one writes only with a record") {
    ScratchDir dir;
    const auto files = files_in(dir);
    const std::string old = manifest_json(manifest_of({record("a", '1'), record("b", '2'), record("c", '3')}));
    write(files.manifest, old);
    const auto before = inode(files.manifest);
    const std::vector<Step> batch = {{"documenten/a.json", record("a", '1')}, {"documenten/c.json", record("c", '3')}};
    raadsstuk::diag::Diagnostics general;
    {
        ManifestSession session(files, true, keys_of(batch), general);
        run(session, batch, general);
    }
    CHECK(inode(files.manifest) == before);
    CHECK(read(files.manifest) == old);

    // No manifest yet and every document failed: none written; one document built: written.
    ScratchDir fresh;
    const auto fresh_files = files_in(fresh);
    const std::vector<Step> failed = {{"documenten/a.json", std::nullopt}};
    {
        ManifestSession session(fresh_files, true, keys_of(failed), general);
        run(session, failed, general);
    }
    CHECK_FALSE(fs::exists(fresh_files.manifest));
    {
        ManifestSession session(fresh_files, true, keys_of(batch), general);
        run(session, batch, general);
    }
    CHECK(read(fresh_files.manifest) == manifest_json(manifest_of({record("a", '1'), record("c", '3')})));
    CHECK(general.empty());
}

TEST_CASE("a manifest whose records are out of key order, edited by hand, is read whole and written in order") {
    ScratchDir dir;
    const auto files = files_in(dir);
    // c, a, b: in the layout raadsstuk writes, but not in key order.
    std::map<std::string, const CommonInputs*> sets;
    const DocumentRecord a = record("a", '1'), b = record("b", '2'), c = record("c", '3');
    sets.emplace(a.inputs.common->id(), a.inputs.common.get());
    const std::string id = a.inputs.common->id();
    write(files.manifest, manifest_head(sets) + std::string(kFirstRecord) + manifest_record_text(c, id) +
                              std::string(kNextRecord) + manifest_record_text(a, id) + std::string(kNextRecord) +
                              manifest_record_text(b, id) + std::string(kLastRecord) + manifest_tail("0.1.0", ""));
    raadsstuk::diag::Diagnostics ds;
    REQUIRE(parse_manifest(read(files.manifest), "m.json", "RS606", ds));  // a valid manifest all the same

    // Only b is built: a and c, not in the batch, are kept.
    const std::vector<Step> batch = {{"documenten/b.json", record("b", '2')}};
    raadsstuk::diag::Diagnostics general;
    {
        ManifestSession session(files, true, keys_of(batch), general);
        run(session, batch, general);
    }
    CHECK(general.empty());
    CHECK(read(files.manifest) == manifest_json(manifest_of({a, b, c})));

    // Written in order now, the next build streams it.
    ManifestSession next(files, true, keys_of(batch), general);
    CHECK(next.streamed());
}

TEST_CASE("a manifest damaged part way: the records before the damage are used, the damage reported at its place") {
    ScratchDir dir;
    const auto files = files_in(dir);
    std::string text = manifest_json(manifest_of({record("a", '1'), record("b", '2'), record("c", '3')}));
    const auto b_at = text.find("\"documenten/b.json\"");
    const auto bytes_at = text.find("\"bytes\": 100", b_at);
    REQUIRE(bytes_at != std::string::npos);
    text.replace(bytes_at, 12, "\"bytes\": \"veel\"");
    write(files.manifest, text);
    const std::vector<Step> batch = {{"documenten/a.json", record("a", '1')},
                                     {"documenten/b.json", record("b", '2')},
                                     {"documenten/c.json", record("c", '3')}};
    raadsstuk::diag::Diagnostics general;
    std::vector<std::optional<DocumentRecord>> seen;
    {
        ManifestSession session(files, true, keys_of(batch), general);
        CHECK(session.streamed());
        run(session, batch, general, &seen);
    }
    REQUIRE(general.size() == 1);
    CHECK(general[0].code == "RS606");
    CHECK(general[0].severity == raadsstuk::diag::Severity::warning);
    CHECK(general[0].location.json_pointer == "/documents/documenten~1b.json/outputs/0/bytes");
    REQUIRE(seen.size() == 3);
    CHECK(seen[0]);  // before the damage
    CHECK_FALSE(seen[1]);
    CHECK_FALSE(seen[2]);  // after it: built again
    CHECK(read(files.manifest) == manifest_json(manifest_of({record("a", '1'), record("b", '2'), record("c", '3')})));

    // Not JSON at all where the records are: "geen geldige JSON".
    std::string broken = manifest_json(manifest_of({record("a", '1')}));
    broken.replace(broken.find("\"documenten/a.json\""), 1, "{");
    write(files.manifest, broken);
    general.clear();
    {
        ManifestSession session(files, true, keys_of(batch), general);
        run(session, batch, general);
    }
    REQUIRE(general.size() == 1);
    CHECK(general[0].message.find("geen geldige JSON") != std::string::npos);
}

TEST_CASE("a manifest written while the build runs holds the documents done and the old records not reached yet") {
    ScratchDir dir;
    const auto files = files_in(dir);
    write(files.manifest, manifest_json(manifest_of({record("a", '1'), record("b", '2'), record("c", '3')})));
    const std::vector<Step> batch = {{"documenten/a.json", record("a", '8')},
                                     {"documenten/b.json", record("b", '2')},
                                     {"documenten/c.json", record("c", '3')}};
    raadsstuk::diag::Diagnostics general;
    ManifestSession session(files, true, keys_of(batch), general);
    PreviousRecord p = session.previous(0, batch[0].key);
    std::optional<DocumentRecord> now = batch[0].now;
    session.done(0, batch[0].key, p, now, false, false);
    PreviousRecord q = session.previous(1, batch[1].key);  // taken, not yet done
    CHECK(session.dirty());
    session.checkpoint(general);
    raadsstuk::diag::Diagnostics ds;
    const auto midway = parse_manifest(read(files.manifest), "m.json", "RS606", ds);
    REQUIRE(midway);
    CHECK(midway->documents.size() == 3);
    CHECK(midway->documents.at("documenten/a.json") == record("a", '8'));
    CHECK(midway->documents.at("documenten/b.json") == record("b", '2'));
    CHECK(midway->documents.at("documenten/c.json") == record("c", '3'));
    // The old file is still read from after it was replaced.
    now = batch[1].now;
    session.done(1, batch[1].key, q, now, true, true);
    PreviousRecord r = session.previous(2, batch[2].key);
    CHECK(r.record == record("c", '3'));
    now = batch[2].now;
    session.done(2, batch[2].key, r, now, true, true);
    session.finish(general);
    CHECK(general.empty());
    CHECK(read(files.manifest) == manifest_json(manifest_of({record("a", '8'), record("b", '2'), record("c", '3')})));
}

TEST_CASE("the outputs cache is streamed with the manifest: each record gets its stats, the new cache has the new ones") {
    ScratchDir dir;
    const auto files = files_in(dir, true);
    fs::create_directories(files.cache.parent_path());
    Manifest old = manifest_of({record("a", '1'), record("b", '2'), record("c", '3')});
    for (auto& [key, r] : old.documents)
        for (auto& o : r.outputs) o.stat = FileStat{o.bytes, 1, 2, 3};
    write(files.manifest, manifest_json(old));
    write(files.cache, output_stats_text(old));
    DocumentRecord b = old.documents.at("documenten/b.json");
    b.outputs[1].stat = FileStat{2000, 5, 6, 7};
    const std::vector<Step> batch = {{"documenten/b.json", b}};
    raadsstuk::diag::Diagnostics general;
    std::vector<std::optional<DocumentRecord>> seen;
    {
        ManifestSession session(files, true, keys_of(batch), general);
        run(session, batch, general, &seen);
    }
    REQUIRE(seen.size() == 1);
    REQUIRE(seen[0]);
    CHECK(seen[0]->outputs[1].stat == FileStat{2000, 1, 2, 3});  // as the old cache had it
    Manifest expected = old;
    expected.documents.at("documenten/b.json") = b;
    CHECK(read(files.cache) == output_stats_text(expected));
}

TEST_CASE("a manifest of format 1 or in another layout is held whole") {
    ScratchDir dir;
    const auto files = files_in(dir);
    const std::vector<Step> batch = {{"documenten/a.json", record("a", '1')}};
    raadsstuk::diag::Diagnostics general;
    // The same manifest on one line (valid JSON, not the layout raadsstuk writes).
    write(files.manifest, nlohmann::json::parse(manifest_json(manifest_of({record("a", '1')}))).dump() + "\n");
    std::vector<std::optional<DocumentRecord>> seen;
    {
        ManifestSession session(files, true, keys_of(batch), general);
        CHECK_FALSE(session.streamed());
        run(session, batch, general, &seen);
    }
    CHECK(general.empty());
    REQUIRE(seen.size() == 1);
    CHECK(seen[0] == record("a", '1'));  // read all the same
    std::string format1 = manifest_json(manifest_of({record("a", '1')}));
    format1.replace(format1.find(kManifestFormat), std::string(kManifestFormat).size(), kManifestFormat1);
    write(files.manifest, format1);
    ManifestSession session(files, true, keys_of(batch), general);
    CHECK_FALSE(session.streamed());
}
