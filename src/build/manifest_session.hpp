#pragma once
// The manifest and the outputs cache during a build: the previous build's records handed to the workers as
// their documents come up, and the new ones written as the documents finish (docs/batch.md, "Memory").
//
// Streamed (the usual case: a manifest this engine wrote, a batch in the manifest's key order): the old
// manifest and outputs cache are read record by record as the batch is walked, and the new ones written
// record by record into anonymous temporary files, then put in place atomically at the end (and, for the
// manifest, while the build runs, with the old records not reached yet). Nothing is held per document.
// As long as every record is unchanged nothing is written at all; at the first change the unchanged part so
// far is copied from the old file as it is.
//
// Held (a manifest of format 1, one not in the layout this engine writes or out of key order, a batch not in
// key order, as several input paths can give): the whole manifest is read into memory as before, updated
// there and written whole. A streamed session that finds the old manifest out of order part way through
// turns into a held one.
#include <cstdint>
#include <filesystem>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "build/build_cache.hpp"
#include "build/manifest.hpp"
#include "build/manifest_stream.hpp"
#include "diag/diagnostic.hpp"

namespace raadsstuk::build {

// What a worker gets of a document's previous record, and hands back with its result.
struct PreviousRecord {
    std::optional<DocumentRecord> record;  // with its outputs' stats from the outputs cache
    // Streamed: where it and the records before it (not in the batch) are in the old files.
    ByteRange passed;
    ByteRange own;
    ByteRange passed_stats;
    ByteRange own_stats;             // its lines in the outputs cache
    std::size_t own_stat_lines = 0;  // how many
};

// Whether two versions of a record's outputs differ in their stats (the outputs cache then changes).
bool stats_differ(const DocumentRecord& a, const DocumentRecord& b);

struct SessionFiles {
    std::filesystem::path manifest;  // <out>/raadsstuk-manifest.json
    std::filesystem::path cache;     // the outputs cache; empty: none
    std::string engine;              // the engine version and shard ("2/4", or empty) it is written with
    std::string shard;
};

class ManifestSession {
public:
    // Reads what it needs of the old manifest (all of it when held) and outputs cache; what cannot be read
    // is a warning in `general` (RS606). `key_at(i)`: the key of the batch's i-th document; `in_key_order`:
    // the batch is in increasing key order.
    ManifestSession(SessionFiles files, bool in_key_order, std::function<std::string(std::size_t)> key_at,
                    diag::Diagnostics& general);
    ManifestSession(const ManifestSession&) = delete;
    ManifestSession& operator=(const ManifestSession&) = delete;
    ~ManifestSession();

    // When the outputs cache that gave the stats was written (build_cache.hpp: trusted).
    std::int64_t cache_written_ns() const { return cache_written_ns_; }
    bool streamed() const;

    // On a worker thread: the previous record of the batch's `index`-th document (`key`). Every index is
    // asked for, in increasing order (a worker waits for its turn).
    PreviousRecord previous(std::size_t index, const std::string& key);

    // On the emitting thread, in batch order: the document's record now (nothing: it has none, it failed
    // or was held back). `same_record`, `same_stats`: it is the previous record, and its outputs' stats
    // are too (computed by the worker, which had both).
    void done(std::size_t index, const std::string& key, PreviousRecord& previous, std::optional<DocumentRecord>& now,
              bool same_record, bool same_stats);

    // The manifest differs from the one on disk.
    bool dirty() const;
    // Writes the manifest as it is now, the records not reached yet as they were (while the build runs).
    void checkpoint(diag::Diagnostics& general);
    // Writes the manifest and the outputs cache, when they changed (at the end).
    void finish(diag::Diagnostics& general);

private:
    struct Streamed;
    struct Held;
    void hold(diag::Diagnostics& warnings);  // from streamed to held, at a manifest out of order
    void start_writing();  // streamed: the new manifest differs from the old, from here on
    void start_cache();    // streamed: the new outputs cache does
    void take_pending(diag::Diagnostics& general);
    void write_held(Held& h, diag::Diagnostics& general);
    // Under the lock, for checkpoint and finish: hands on what documents reported meanwhile and, for a held
    // manifest, writes it whole; the streamed state, or nullptr when the manifest is held (written already).
    Streamed* begin_write(diag::Diagnostics& general);
    SessionFiles files_;
    std::function<std::string(std::size_t)> key_at_;
    std::int64_t cache_written_ns_ = 0;
    mutable std::mutex mutex_;
    std::condition_variable turn_changed_;
    std::size_t turn_ = 0;     // the next index whose previous record may be asked for
    std::size_t emitted_ = 0;  // documents done
    std::unique_ptr<Streamed> streamed_;
    std::unique_ptr<Held> held_;
    diag::Diagnostics general_pending_;  // warnings found on a worker, handed to the summary by the emitting thread
};

}  // namespace raadsstuk::build
