#pragma once
// The data files cache of a data root (build_cache.hpp), read line by line while the register walks the
// root, so that it is never held whole. The cache was written in the order in which the last build walked the
// root, and a directory unchanged since is walked in the same order: the line a file asks for is mostly the
// next one. Lines passed over on the way to it are kept until they are asked for, so any other order still
// finds every line (holding, at worst, the whole cache, as reading it at once would).
#include <istream>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "build/build_cache.hpp"

namespace raadsstuk::build {

class DataCacheReader {
public:
    // Reads the first line of `in`; nothing of a stream that is not a data files cache of this format.
    explicit DataCacheReader(std::unique_ptr<std::istream> in);

    // What the cache holds of the file at `relative` (a path relative to the data root, as written), taken
    // out of the cache; nothing when it holds nothing of it.
    std::optional<CachedDataFile> take(const std::string& relative);
    // Whether the cache holds a line that was not taken, or was damaged (then the lines after it are not
    // read): so the next cache will differ. Reads what is left.
    bool lines_left();
    // Whether the stream was a data files cache of this format (an empty or missing one is not).
    bool readable() const { return readable_; }

private:
    std::optional<std::pair<std::string, CachedDataFile>> next_line();
    std::unique_ptr<std::istream> in_;
    std::map<std::string, CachedDataFile> passed_;  // read on the way to another, not yet taken
    bool readable_ = false;
    bool damaged_ = false;
    bool ended_ = false;
};

}  // namespace raadsstuk::build
