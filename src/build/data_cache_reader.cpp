#include "build/data_cache_reader.hpp"

#include <utility>

namespace raadsstuk::build {

DataCacheReader::DataCacheReader(std::unique_ptr<std::istream> in) : in_(std::move(in)) {
    std::string line;
    readable_ = in_ && *in_ && std::getline(*in_, line) && is_data_cache_header(line);
    ended_ = !readable_;
}

std::optional<std::pair<std::string, CachedDataFile>> DataCacheReader::next_line() {
    if (ended_) return std::nullopt;
    std::string line;
    if (!std::getline(*in_, line)) {
        ended_ = true;
        damaged_ = damaged_ || in_->bad();
        return std::nullopt;
    }
    auto parsed = parse_data_cache_line(line);
    if (!parsed) {
        ended_ = damaged_ = true;  // what follows a damaged line is not trusted either
        return std::nullopt;
    }
    return parsed;
}

std::optional<CachedDataFile> DataCacheReader::take(const std::string& relative) {
    if (const auto it = passed_.find(relative); it != passed_.end()) {
        CachedDataFile f = std::move(it->second);
        passed_.erase(it);
        return f;
    }
    while (auto line = next_line()) {
        if (line->first == relative) return std::move(line->second);
        passed_.insert_or_assign(std::move(line->first), std::move(line->second));
    }
    return std::nullopt;
}

bool DataCacheReader::lines_left() {
    if (!passed_.empty()) return true;
    if (next_line()) return true;
    return damaged_;
}

}  // namespace raadsstuk::build
