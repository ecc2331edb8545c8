#pragma once
// The build manifest (<out>/raadsstuk-manifest.json): for each document built into an output directory, the
// content hashes of its inputs, its fingerprint, and the SHA-256 and size of each output. Incremental builds
// compare against it; raadsstuk verify regenerates from it. The JSON has sorted keys, no timestamps and only
// relative paths (docs/batch.md shows the format).
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"

namespace raadsstuk::build {

inline constexpr const char* kManifestFormat = "raadsstuk-manifest/1";

// The content hashes of what goes into a document's outputs (and, separately, into its checks).
struct DocumentInputs {
    std::string data;                                // SHA-256 of the data file
    std::string register_hash;                       // what the checks read of the data directory (RegisterRoot::checks_digest)
    std::map<std::string, std::string> house_style;  // gemeente file and logo (relative to the data directory)
    std::string template_version;                    // the version of the templates it uses: "1" (templates/v1)
    std::map<std::string, std::string> templates;    // that version's files (relative to the templates directory)
    std::map<std::string, std::string> fonts;        // font file names the house style names
    std::string hyphenation;                         // SHA-256 of the hyphenation patterns ("" without)
    std::string engine;                              // the engine version
    // SHA-256 of the engine's executable: a rebuilt engine of the same version (a developer's, or one
    // with a fix that kept the number) may set text differently, so it counts as a changed engine.
    std::string engine_build;
    bool operator==(const DocumentInputs&) const = default;

    // SHA-256 over everything that decides the output bytes: all of the above except the register, which
    // decides only whether the checks let the document through (see docs/batch.md).
    std::string fingerprint() const;
};

struct OutputRecord {
    std::string path;  // relative to the output directory: "documenten/2021/x.pdf"
    std::string sha256;
    std::uintmax_t bytes = 0;
    bool operator==(const OutputRecord&) const = default;
};

struct DocumentRecord {
    std::string source;     // relative to its data directory: "documenten/2021/x.json" (the key)
    std::string data_root;  // the data directory, relative to the output directory: "../data"
    std::string kind;       // "raadsinformatiebrief", "raadsvoorstel"
    DocumentInputs inputs;
    std::string fingerprint;
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

std::string manifest_json(const Manifest& m);
// The manifest in `text`; nothing, and a diagnostic with `code` (RS606 for a build, which then builds
// everything; RS607 for verify) naming `file_name`, when it is not a readable manifest.
std::optional<Manifest> parse_manifest(const std::string& text, const std::string& file_name, const std::string& code,
                                       diag::Diagnostics& out);

}  // namespace raadsstuk::build
