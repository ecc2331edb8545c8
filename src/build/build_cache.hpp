#pragma once
// The build cache: what a build remembers to make the next one cost what changed, beside the manifest. One
// file per output directory and shard in the user's cache directory (build_cache_file), not in the output
// directory: unlike the manifest it is machine-local and not deterministic (it holds file times and inode
// numbers), so it does not belong in an archive. Nothing depends on it for correctness: every entry is
// checked against the file it describes before it is used, and a cache that is missing, damaged or of
// another format is ignored (the build then re-hashes the outputs and loads every data file) and written
// anew.
//   - outputs: for each output file the manifest lists, its size, modification and change time (ns) and
//     inode when the build last wrote or hashed it. An output whose stat still matches is trusted without
//     reading it; `raadsstuk verify` always re-hashes every byte.
//   - data files: for each document and register file of a data root, the SHA-256 of its bytes and what
//     the lean register keeps of it (register_root.hpp: LeanFile) and what decides its inputs
//     (input_hashes.hpp: DocumentFacts), so that only files whose bytes changed are parsed.
// One JSON object per line, so that reading it never builds one large JSON tree.
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "build/input_hashes.hpp"
#include "build/register_root.hpp"

namespace raadsstuk::build {

inline constexpr const char* kBuildCacheFormat = "raadsstuk-cache/1";

struct FileStat {
    std::uintmax_t bytes = 0;
    std::int64_t mtime_ns = 0;
    std::int64_t ctime_ns = 0;
    std::uint64_t inode = 0;
    bool operator==(const FileStat&) const = default;
};

// The stat of a regular file; nothing when it is not one.
std::optional<FileStat> stat_file(const std::filesystem::path& file);

struct CachedDataFile {
    std::string sha256;  // of its bytes
    LeanFile lean;
    DocumentFacts facts;  // what decides its inputs (input_hashes.hpp)
};

struct BuildCache {
    std::map<std::string, FileStat> outputs;           // by path relative to the output directory
    std::map<std::string, CachedDataFile> data_files;  // by data_file_key()
    // When the cache file was written (its own modification time), or 0. A stat with a time this late or
    // later is not trusted: the file may have been changed again within the same clock tick.
    std::int64_t written_ns = 0;
};

// The cache file of an output directory (its absolute path) and shard: cache_dir/build-<16 hex>.cache.
std::filesystem::path build_cache_file(const std::filesystem::path& cache_dir, const std::filesystem::path& out_dir,
                                       const std::string& shard_label);
// The key of a data file: its data root as given and its path relative to it.
std::string data_file_key(const std::filesystem::path& data_root, const std::filesystem::path& relative);

// Whether `now` (the file's stat) matches the cached stat of an output, and is old enough to be trusted.
bool trusted(const BuildCache& cache, const std::string& output, const FileStat& now);

std::string build_cache_text(const BuildCache& cache);
// The cache in `text`; an empty cache when it is not a cache of this format (never an error).
BuildCache parse_build_cache(const std::string& text);

}  // namespace raadsstuk::build
