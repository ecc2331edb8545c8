#pragma once
// The build cache: what a build remembers to make the next one cost what changed, beside the manifest. It
// lives in the user's cache directory, not in the output directory: unlike the manifest it is machine-local
// and not deterministic (it holds file times and inode numbers), so it does not belong in an archive.
// Nothing depends on it for correctness: every entry is checked against the file it describes before it is
// used, and a cache that is missing, damaged or of another format is ignored (the build then re-hashes the
// outputs and loads every data file) and written anew. Two kinds of file, one JSON value per line, so that
// neither reading nor writing one ever builds a large JSON tree:
//   - outputs (build_cache_file: one per output directory and shard): for each output file the manifest
//     lists, with its document, its size, modification and change time (ns) and inode when the build last
//     wrote or hashed it. An output whose stat still matches is trusted without reading it; `raadsstuk
//     verify` always re-hashes every byte. In memory the stats are held with the manifest's records
//     (OutputRecord::stat), read with them in the same order when the manifest is streamed (OutputStatsReader).
//   - data files (data_cache_file: one per data root): for each document and register file, the SHA-256 of
//     its bytes and what the lean register keeps of it (register_root.hpp: LeanFile) and what decides its
//     inputs (input_hashes.hpp: DocumentFacts), so that only files whose bytes changed are parsed. It is
//     written line by line while the register is read, and read only then.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <istream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "build/digest.hpp"
#include "build/input_hashes.hpp"
#include "build/manifest.hpp"
#include "build/old_file.hpp"
#include "build/register_root.hpp"

namespace raadsstuk::build {

inline constexpr const char* kBuildCacheFormat = "raadsstuk-cache/2";
inline constexpr const char* kDataCacheFormat = "raadsstuk-gegevenscache/1";

// The stat of a regular file; nothing when it is not one.
std::optional<FileStat> stat_file(const std::filesystem::path& file);

// The outputs cache file of an output directory (its absolute path) and shard: cache_dir/build-<16 hex>.cache.
std::filesystem::path build_cache_file(const std::filesystem::path& cache_dir, const std::filesystem::path& out_dir,
                                       const std::string& shard_label);
// The data files cache of a data root (its absolute path): cache_dir/data-<16 hex>.cache.
std::filesystem::path data_cache_file(const std::filesystem::path& cache_dir, const std::filesystem::path& data_root);

// Whether `now` (the file's stat) matches the cached stat of an output, and is old enough to be trusted:
// a stat recorded at or after `written_ns` (the cache file's own time) may have changed again within the
// same clock tick.
bool trusted(const OutputRecord& output, const FileStat& now, std::int64_t written_ns);

// The outputs cache of `manifest`'s records (those whose outputs have a stat).
void write_output_stats(const Manifest& manifest, const std::function<void(std::string_view)>& sink);
std::string output_stats_text(const Manifest& manifest);
// Sets the stat of each output of `manifest` that the cache in `text` lists with the same document and path.
// False (and no stat set) when `text` is not a cache of this format.
bool read_output_stats(std::istream& in, Manifest& manifest);
bool read_output_stats(const std::string& text, Manifest& manifest);

// The pieces of the outputs cache: its first line, and the lines of one record's outputs that have a stat.
std::string output_stats_header();
std::string output_stats_lines(const std::string& key, const DocumentRecord& record);

// The outputs cache read line by line in the manifest's order while the manifest is streamed
// (manifest_stream.hpp): each record's stats are set as it is taken. Lines out of order, or a damaged
// one, end the reading (the stats after it are missing: those outputs are hashed again). Move-only.
class OutputStatsReader {
public:
    // Nothing when `file` is not an outputs cache of this format.
    static std::optional<OutputStatsReader> open(const std::filesystem::path& file);
    struct Taken {
        ByteRange passed;     // the lines before the key's that were not asked for
        ByteRange own_range;  // the key's lines
        std::size_t own = 0;  // how many
    };
    // Sets the stats of `record`'s outputs (when given) from the lines of `key`; keys asked in order.
    Taken take(const std::string& key, DocumentRecord* record);
    ByteRange rest();                                      // the lines after the last key asked for
    std::uint64_t header_end() const { return header_end_; }  // where the first line after the header begins
    bool damaged() const { return damaged_; }
    const OldFile& file() const { return file_; }

private:
    explicit OutputStatsReader(OldFile file) : file_(std::move(file)) {}
    Taken read_until(const std::string* key, DocumentRecord* record);
    bool read_ahead();
    struct Line {
        std::string key;
        std::string path;
        FileStat stat;
        ByteRange range;
    };
    OldFile file_;
    std::optional<Line> ahead_;
    std::string last_key_;
    std::uint64_t header_end_ = 0;
    bool done_ = false;
    bool damaged_ = false;
};

struct CachedDataFile {
    Digest sha256;  // of its bytes
    LeanFile lean;
    DocumentFacts facts;  // what decides its inputs (input_hashes.hpp)
};

// The first line of a data files cache, and one line for a file (by its path relative to the data root).
std::string data_cache_header();
std::string data_cache_line(const std::string& relative, const CachedDataFile& file);
// Whether `line` is the first line of a data files cache of this format.
bool is_data_cache_header(const std::string& line);
// A line of a data files cache after the first: the file's path relative to the data root and what the
// cache holds of it; nothing when the line is damaged.
std::optional<std::pair<std::string, CachedDataFile>> parse_data_cache_line(const std::string& line);
// The data files cache in `text`, by relative path; empty when it is not a cache of this format or is
// damaged anywhere. (A build reads its cache line by line: data_cache_reader.hpp.)
std::map<std::string, CachedDataFile> parse_data_cache(const std::string& text);

}  // namespace raadsstuk::build
