#pragma once
// The build manifest (<out>/raadsstuk-manifest.json): for each document built into an output directory, the
// content hashes of its inputs, its fingerprint, and the SHA-256 and size of each output. Incremental builds
// compare against it; raadsstuk verify regenerates from it. The JSON has sorted keys, no timestamps and only
// relative paths (docs/batch.md shows the format).
//
// Format 2 stores the inputs that many documents share (house style, templates, fonts, hyphenation,
// engine) once, under "common_inputs", each set named by the SHA-256 of its JSON; a record refers to its
// set. Format 1 (every record with all its inputs) is still read. In memory the shared sets are held once
// (CommonInputs behind a shared pointer) and the per-document hashes in 32 bytes (Digest), so a manifest of
// 10,000 documents costs a few MB, not tens.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <istream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "build/digest.hpp"
#include "diag/diagnostic.hpp"

namespace raadsstuk::build {

inline constexpr const char* kManifestFormat = "raadsstuk-manifest/2";
inline constexpr const char* kManifestFormat1 = "raadsstuk-manifest/1";  // read, no longer written

// The inputs a document shares with the others of its gemeente, template version and kind.
struct CommonInputs {
    std::map<std::string, std::string> house_style;  // gemeente file and logo (relative to the data directory)
    std::string template_version;                    // the version of the templates it uses: "1" (templates/v1)
    std::map<std::string, std::string> templates;    // that version's files (relative to the templates directory)
    std::map<std::string, std::string> fonts;        // font file names the house style names
    std::string hyphenation;                         // SHA-256 of the hyphenation patterns ("" without)
    std::string engine;                              // the engine version
    // SHA-256 of the engine's executable: a rebuilt engine of the same version (a developer's, or one
    // with a fix that kept the number) may set text differently, so it counts as a changed engine.
    std::string engine_build;
    bool operator==(const CommonInputs&) const = default;

    // Its name in a format 2 manifest: the SHA-256 of its JSON (so the same set has the same name in every
    // manifest, and adding a document never renames one).
    std::string id() const;
};

// The empty set, one object shared by every DocumentInputs that has not been given its own.
const std::shared_ptr<const CommonInputs>& no_common_inputs();

// The content hashes of what goes into a document's outputs (and, separately, into its checks).
struct DocumentInputs {
    Digest data;           // of the data file
    Digest register_hash;  // what the checks read of the data directory (RegisterRoot::checks_digest)
    std::shared_ptr<const CommonInputs> common = no_common_inputs();  // never null
    bool operator==(const DocumentInputs& o) const {
        return data == o.data && register_hash == o.register_hash && (common == o.common || *common == *o.common);
    }

    // SHA-256 over everything that decides the output bytes: all of the above except the register, which
    // decides only whether the checks let the document through (see docs/batch.md). The same value as in
    // format 1, so that a manifest of format 1 keeps its documents up to date.
    Digest fingerprint() const;
};

// The stat of a file as the build cache keeps it (build_cache.hpp), held with the output it describes.
struct FileStat {
    std::uintmax_t bytes = 0;
    std::int64_t mtime_ns = 0;
    std::int64_t ctime_ns = 0;
    std::uint64_t inode = 0;
    bool operator==(const FileStat&) const = default;
};

struct OutputRecord {
    std::string path;  // relative to the output directory: "documenten/2021/x.pdf"
    Digest sha256;
    std::uintmax_t bytes = 0;
    // Not in the manifest: its stat when the last build wrote or hashed it, from the build cache.
    std::optional<FileStat> stat;
    bool operator==(const OutputRecord& o) const { return path == o.path && sha256 == o.sha256 && bytes == o.bytes; }
};

struct DocumentRecord {
    std::string source;     // relative to its data directory: "documenten/2021/x.json" (the key)
    std::string data_root;  // the data directory, relative to the output directory: "../data"
    std::string kind;       // "raadsinformatiebrief", "raadsvoorstel"
    DocumentInputs inputs;
    Digest fingerprint;
    bool forced = false;    // built with --force although the checks found an error
    std::vector<OutputRecord> outputs;
    bool operator==(const DocumentRecord&) const = default;
};

struct Manifest {
    std::string engine;
    std::string shard;  // "2/4" for a shard's manifest, empty for a whole build
    std::map<std::string, DocumentRecord> documents;  // by source
};

// The manifest's file name in the output directory: raadsstuk-manifest.json, or
// raadsstuk-manifest-2-van-4.json for shard 2 of 4.
std::string manifest_file_name(const std::string& shard_label);

// The manifest's text (format 2), handed to `sink` piece by piece so that the whole text is never held.
void write_manifest(const Manifest& m, const std::function<void(std::string_view)>& sink);
std::string manifest_json(const Manifest& m);
// The manifest in `text` (format 1 or 2); nothing, and a diagnostic with `code` (RS606 for a build, which
// then builds everything; RS607 for verify) naming `file_name`, when it is not a readable manifest.
std::optional<Manifest> parse_manifest(const std::string& text, const std::string& file_name, const std::string& code,
                                       diag::Diagnostics& out);
// The same read from a stream (the build reads its manifest from the file, never holding the whole text).
std::optional<Manifest> parse_manifest(std::istream& in, const std::string& file_name, const std::string& code,
                                       diag::Diagnostics& out);

// The pieces of the manifest's text, for a build that writes its records one by one as its documents
// finish (manifest_stream.hpp); write_manifest is made of the same pieces, so the bytes are the same.
using CommonSets = std::map<std::string, std::shared_ptr<const CommonInputs>>;  // by id
// "{", the shared sets under "common_inputs" and the key of "documents"; then the records follow as an
// object: kNoRecords, or kFirstRecord, the records with kNextRecord between them, and kLastRecord.
std::string manifest_head(const std::map<std::string, const CommonInputs*>& sets);
inline constexpr std::string_view kNoRecords = "{}";
inline constexpr std::string_view kFirstRecord = "{\n    ";
inline constexpr std::string_view kNextRecord = ",\n    ";
inline constexpr std::string_view kLastRecord = "\n  }";
// One record as a member of "documents": its key, ": " and its value, named set `common_id`.
std::string manifest_record_text(const DocumentRecord& r, const std::string& common_id);
// What follows the records: engine, format, shard and the closing brace.
std::string manifest_tail(const std::string& engine, const std::string& shard);

// The diagnostic of a manifest that cannot be read (RS606 for a build, RS607 for verify).
diag::Diagnostic manifest_unreadable(const std::string& code, const std::string& file_name, const std::string& pointer,
                                     const std::string& why);
// The sets of "common_inputs" from the JSON text of its value; nothing when it is no object of sets.
std::optional<CommonSets> parse_common_sets(std::string_view text);
// One record of a format 2 manifest (the value of "documents"/`key`, as JSON text) with its set found in
// `sets`; nothing, and manifest_unreadable at the place in it, when it is not one.
std::optional<DocumentRecord> parse_manifest_record(const std::string& key, std::string_view text, const CommonSets& sets,
                                                    const std::string& file_name, const std::string& code,
                                                    diag::Diagnostics& out);

}  // namespace raadsstuk::build
