#include "build/old_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <utility>

namespace raadsstuk::build {
namespace {

constexpr std::size_t kBuffer = 1 << 16;

// pread until `n` bytes or the end; the number read, or -1 on an error.
long long read_at(int fd, char* into, std::size_t n, std::uint64_t at) {
    std::size_t got = 0;
    while (got < n) {
        const ssize_t r = ::pread(fd, into + got, n - got, static_cast<off_t>(at + got));
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) return -1;
        if (r == 0) break;
        got += static_cast<std::size_t>(r);
    }
    return static_cast<long long>(got);
}

}  // namespace

std::optional<OldFile> OldFile::open(const std::filesystem::path& file) {
    OldFile f;
    f.fd_ = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (f.fd_ < 0) return std::nullopt;
    struct stat st {};
    if (::fstat(f.fd_, &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;  // the destructor closes it
    f.size_ = static_cast<std::uint64_t>(st.st_size);
    return f;
}

OldFile::OldFile(OldFile&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)),
      size_(other.size_),
      buffer_(std::move(other.buffer_)),
      pos_(other.pos_),
      len_(other.len_),
      base_(other.base_),
      failed_(other.failed_) {}

OldFile& OldFile::operator=(OldFile&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = std::exchange(other.fd_, -1);
        size_ = other.size_;
        buffer_ = std::move(other.buffer_);
        pos_ = other.pos_;
        len_ = other.len_;
        base_ = other.base_;
        failed_ = other.failed_;
    }
    return *this;
}

OldFile::~OldFile() {
    if (fd_ >= 0) ::close(fd_);
}

bool OldFile::fill() {
    if (failed_ || fd_ < 0) return false;
    base_ += len_;
    pos_ = 0;
    len_ = 0;
    buffer_.resize(kBuffer);
    const long long got = read_at(fd_, buffer_.data(), kBuffer, base_);
    if (got < 0) failed_ = true;
    if (got <= 0) return false;
    len_ = static_cast<std::size_t>(got);
    return true;
}

void OldFile::seek(std::uint64_t offset) {
    if (offset >= base_ && offset <= base_ + len_) {
        pos_ = static_cast<std::size_t>(offset - base_);
        return;
    }
    base_ = offset;
    pos_ = 0;
    len_ = 0;
}

bool OldFile::copy(ByteRange range, const std::function<void(std::string_view)>& sink) const {
    if (range.empty()) return true;
    // As large as the range, up to the buffer's size (a record's range is a kilobyte: copied per document).
    std::string piece(static_cast<std::size_t>(std::min<std::uint64_t>(kBuffer, range.end - range.begin)), '\0');
    for (std::uint64_t at = range.begin; at < range.end;) {
        const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(kBuffer, range.end - at));
        const long long got = read_at(fd_, piece.data(), want, at);
        if (got <= 0) return false;
        sink(std::string_view(piece.data(), static_cast<std::size_t>(got)));
        at += static_cast<std::uint64_t>(got);
    }
    return true;
}

std::optional<std::string> OldFile::read_all() const {
    std::string text;
    text.reserve(static_cast<std::size_t>(size_));
    if (!copy({0, size_}, [&](std::string_view part) { text += part; })) return std::nullopt;
    return text;
}

}  // namespace raadsstuk::build
