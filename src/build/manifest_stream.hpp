#pragma once
// The manifest streamed: the previous build's manifest read record by record while the batch is walked in
// the same (key) order, and the new one written record by record as the documents finish, so that a build
// never holds a record per document (docs/batch.md, "Memory"). Records that do not change are not even
// re-encoded: their text is copied from the old file by byte range.
//
// Only a manifest in the layout this engine writes (format 2, records in key order) is streamed; any other
// (format 1, a hand-edited one) is read whole (parse_manifest), as before, and so is one whose records turn
// out to be out of order while it is read (out_of_order()).
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "build/manifest.hpp"
#include "build/old_file.hpp"
#include "build/output_file.hpp"
#include "diag/diagnostic.hpp"

namespace raadsstuk::build {

class ManifestReader {
public:
    // `file` when it is a format 2 manifest in the layout raadsstuk writes: its shared sets and last members
    // (engine, format, shard) read, positioned before its first record. Nothing when it is not (format 1,
    // another layout, damaged before its first record): the caller reads it whole, which reports why.
    // `file_name` and `code` name it in a diagnostic of damage found later (RS606).
    static std::optional<ManifestReader> open(const std::filesystem::path& file, std::string file_name,
                                              std::string code = "RS606");

    const std::string& engine() const { return engine_; }
    const std::string& shard() const { return shard_; }
    const CommonSets& sets() const { return sets_; }
    const OldFile& file() const { return file_; }

    struct Taken {
        std::optional<DocumentRecord> record;  // the record of the key asked for; nothing: it has none
        ByteRange passed;  // the text of the records before it that were not asked for (kept as they are)
        ByteRange own;     // the text of its own record
    };
    // The record of `key`; keys are asked for in increasing order.
    Taken take(const std::string& key);
    // The records after the last one asked for (read to the end of the documents).
    ByteRange rest();
    // The same without checking each record (only where they end): for a copy of them as they are.
    ByteRange skip_rest();
    // Where the records not yet read begin: what follows the last one taken or passed.
    std::uint64_t position() const { return position_; }
    // Reads on from `offset` (the end of a record, or where the records begin), for the records after it.
    void seek_records(std::uint64_t offset);
    // A record whose key is not after the one before: the manifest must be read whole. No record is taken
    // from it after that.
    bool out_of_order() const { return out_of_order_; }
    // Damage found while reading (RS606 with its place), after which no record is taken from it.
    diag::Diagnostics& damage() { return damage_; }
    // The sets that the passed records name.
    const std::set<std::string>& passed_sets() const { return passed_sets_; }

private:
    explicit ManifestReader(OldFile file) : file_(std::move(file)) {}
    Taken read_until(const std::string* key);  // to `key`, or to the end without one
    bool read_ahead();  // the next record into ahead_; false at the end, on damage or out of order
    void damaged();
    void skip_space();
    bool read_string(std::string& raw);  // a JSON string's text, quotes included
    bool read_object(std::string& text);  // a JSON object's text, balanced
    bool expect(std::string_view bytes);

    struct Ahead {
        std::string key;
        std::string text;
        ByteRange range;
    };
    OldFile file_;
    std::string file_name_;
    std::string code_;
    std::string engine_;
    std::string shard_;
    CommonSets sets_;
    std::optional<Ahead> ahead_;
    std::string last_key_;
    std::uint64_t records_begin_ = 0;
    bool first_ = true;
    bool done_ = false;
    bool out_of_order_ = false;
    std::uint64_t position_ = 0;
    diag::Diagnostics damage_;
    std::set<std::string> passed_sets_;
};

// The new manifest's records as they are written (in key order), in an anonymous temporary file; commit()
// writes the manifest: its shared sets (known only once every record is), the records and the rest.
class ManifestWriter {
public:
    static std::optional<ManifestWriter> open(const std::filesystem::path& dir);

    void record(const DocumentRecord& r);  // its set named by its id
    void copy(const OldFile& from, ByteRange records, const std::set<std::string>& their_sets);  // as they are
    bool empty() const { return records_ == 0; }
    // The manifest with the records so far and then `tail` of `old` (records not yet reached, for a manifest
    // written while the build runs), naming every set that `sets` holds of those used. AtomicFile: the old
    // manifest stays in place until the new one is complete.
    bool commit(const std::filesystem::path& target, const CommonSets& sets, const std::string& engine,
                const std::string& shard, diag::Diagnostics& out, const OldFile* old = nullptr, ByteRange tail = {},
                const CommonSets* tail_sets = nullptr);
    // The same text handed to `sink`; false when the records could not be read back.
    bool write(const std::function<void(std::string_view)>& sink, const CommonSets& sets, const std::string& engine,
               const std::string& shard, const OldFile* old = nullptr, ByteRange tail = {},
               const CommonSets* tail_sets = nullptr);

private:
    explicit ManifestWriter(SpoolFile spool) : spool_(std::move(spool)) {}
    SpoolFile spool_;
    std::size_t records_ = 0;
    std::map<const CommonInputs*, std::string> ids_;  // of the sets the records written use
    std::map<std::string, std::shared_ptr<const CommonInputs>> used_;  // by id
    std::set<std::string> copied_sets_;  // named by records copied as they were
};

}  // namespace raadsstuk::build
