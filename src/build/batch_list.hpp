#pragma once
// The documents of a batch as a build holds them while it runs: compactly, since it holds them all.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "build/discover.hpp"

namespace raadsstuk::build {

// A document's key in the manifest: its path relative to its data root, lexically normal, with slashes.
std::string key_of(const DocumentSource& source);

// The documents of the batch as held while it runs, all their paths in one buffer: each one's path relative
// to its data root, and its file's path only when it is not the data root's joined with the relative one
// (as discovery finds them, it is). Its data root by index. About 50 bytes a document, where three
// std::filesystem::path (each holding its components apart) cost about a kilobyte. at() gives the
// DocumentSource back, the same paths.
class BatchList {
public:
    explicit BatchList(const std::vector<DocumentSource>& sources);
    std::size_t size() const { return entries_.size(); }
    // Its keys (key_of) increase: the manifest can be walked with it (manifest_session.hpp).
    bool in_key_order() const { return in_key_order_; }
    // The data roots of its documents, each once, in the order first met.
    const std::vector<std::filesystem::path>& roots() const { return roots_; }
    DocumentSource at(std::size_t i) const;

private:
    struct Entry {
        std::size_t start = 0;  // of its relative path in paths_, its file's path after it
        std::uint32_t relative_size = 0;
        std::uint32_t file_size = 0;  // its file's path's size + 1; 0: the data root joined with the relative path
        std::uint32_t root = 0;       // in roots_
    };
    std::vector<std::filesystem::path> roots_;
    std::string paths_;
    std::vector<Entry> entries_;
    bool in_key_order_ = true;
};

}  // namespace raadsstuk::build
