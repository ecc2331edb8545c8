#pragma once
// A file of the previous build (its manifest, its outputs cache) held open while the build runs: read
// sequentially through a buffer by the reader that walks it, and copied from by byte range (pread, which
// does not move the reading position) by the writer of its successor. It stays readable when the build
// renames a new file over its path (the open descriptor keeps the old one). Move-only.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "build/file_descriptor.hpp"

namespace raadsstuk::build {

// A part of a file: the bytes [begin, end).
struct ByteRange {
    std::uint64_t begin = 0;
    std::uint64_t end = 0;
    bool empty() const { return begin >= end; }
};

class OldFile {
public:
    // Nothing when `file` is not a regular file that can be opened for reading.
    static std::optional<OldFile> open(const std::filesystem::path& file);

    std::uint64_t size() const { return size_; }
    // The next byte, or -1 at the end (or on a read error, which `failed` then says).
    int get() {
        if (pos_ == len_ && !fill()) return -1;
        return static_cast<unsigned char>(buffer_[pos_++]);
    }
    int peek() {
        if (pos_ == len_ && !fill()) return -1;
        return static_cast<unsigned char>(buffer_[pos_]);
    }
    std::uint64_t offset() const { return base_ + pos_; }  // of the next byte get() gives
    // The bytes read ahead and not yet consumed (empty at the end), for a reader that scans them in place;
    // advance() consumes the first `n` of them.
    std::string_view buffered() {
        if (pos_ == len_ && !fill()) return {};
        return std::string_view(buffer_.data() + pos_, len_ - pos_);
    }
    void advance(std::size_t n) { pos_ += n; }
    // The bytes up to the next line break, which is consumed but not included; false at the end, when no
    // byte is left.
    bool read_line(std::string& line);
    void seek(std::uint64_t offset);
    bool failed() const { return failed_; }
    // The bytes of `range`, handed to `sink` in pieces; false when they cannot all be read.
    bool copy(ByteRange range, const std::function<void(std::string_view)>& sink) const;
    // The whole file as text (a fallback that reads it whole anyway).
    std::optional<std::string> read_all() const;

private:
    OldFile() = default;
    bool fill();
    FileDescriptor fd_;
    std::uint64_t size_ = 0;
    std::string buffer_;
    std::size_t pos_ = 0;
    std::size_t len_ = 0;
    std::uint64_t base_ = 0;  // the offset of buffer_[0]
    bool failed_ = false;
};

}  // namespace raadsstuk::build
