#include "build/old_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

namespace raadsstuk::build {
namespace {

constexpr std::size_t kBuffer = 1 << 16;

}  // namespace

std::optional<OldFile> OldFile::open(const std::filesystem::path& file) {
    OldFile f;
    f.fd_ = FileDescriptor(::open(file.c_str(), O_RDONLY | O_CLOEXEC));
    if (!f.fd_) return std::nullopt;
    struct stat st {};
    if (::fstat(f.fd_.get(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;  // the destructor closes it
    f.size_ = static_cast<std::uint64_t>(st.st_size);
    return f;
}

bool OldFile::fill() {
    if (failed_ || !fd_) return false;
    base_ += len_;
    pos_ = 0;
    len_ = 0;
    buffer_.resize(kBuffer);
    const long long got = read_at(fd_.get(), buffer_.data(), kBuffer, base_);
    if (got < 0) failed_ = true;
    if (got <= 0) return false;
    len_ = static_cast<std::size_t>(got);
    return true;
}

bool OldFile::read_line(std::string& line) {
    line.clear();
    for (;;) {
        const std::string_view run = buffered();
        if (run.empty()) return !line.empty();
        const auto at = run.find('\n');
        line.append(run.data(), at == std::string_view::npos ? run.size() : at);
        advance(at == std::string_view::npos ? run.size() : at + 1);
        if (at != std::string_view::npos) return true;
    }
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
        const long long got = read_at(fd_.get(), piece.data(), want, at);
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
