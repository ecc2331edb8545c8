#pragma once
// --shard K/N: the K-th of N deterministic slices of a document set, for spreading a build over machines.
// A document's shard depends only on its path relative to its data directory (a hash of it, mod N), so
// adding or removing other documents never moves a document to another shard.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace raadsstuk::build {

struct Shard {
    int index = 1;  // K, 1-based
    int count = 1;  // N
    // "3/8" -> {3, 8}; nothing when the text is not K/N with 1 <= K <= N (the CLI reports the usage error).
    static std::optional<Shard> parse(std::string_view text);
    // Whether the document at `relative` (relative to its data directory) belongs to this shard.
    bool holds(const std::filesystem::path& relative) const;
    // "3-van-8": part of file names (the shard's manifest).
    std::string file_label() const;
    bool whole() const { return count == 1; }
};

// The shard number (0-based) of a document path among `count` shards: the first 8 bytes of the SHA-256 of
// its generic form (documenten/2021/x.json), as a big-endian number, mod count.
int shard_of(const std::filesystem::path& relative, int count);

}  // namespace raadsstuk::build
