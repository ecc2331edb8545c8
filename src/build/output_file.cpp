#include "build/output_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <system_error>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace raadsstuk::build {
namespace fs = std::filesystem;
namespace {

// The reason of a failed file operation in Dutch: the common ones by name, others as the system says them.
std::string dutch_reason(int error) {
    switch (error) {
        case EACCES:
        case EPERM: return "geen schrijfrechten in de map";
        case EROFS: return "het bestandssysteem is alleen-lezen";
        case ENOSPC: return "de schijf is vol";
        case EDQUOT: return "het schijfquotum is op";
        case ENOTDIR: return "een deel van het pad is een bestand, geen map";
        case EISDIR: return "er staat een map met die naam";
        case ENAMETOOLONG: return "de naam is te lang";
        default: return std::strerror(error);
    }
}
std::string dutch_reason(const std::error_code& ec) {
    return ec.category() == std::generic_category() || ec.category() == std::system_category() ? dutch_reason(ec.value())
                                                                                              : ec.message();
}

// Writes the whole buffer to fd; returns an empty string or the reason in Dutch.
std::string write_all(int fd, std::string_view bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return dutch_reason(errno);
        }
        done += static_cast<std::size_t>(n);
    }
    return {};
}

// Writes the whole buffer to path and fsyncs it; returns an empty string or the reason in Dutch.

}  // namespace

std::optional<AtomicFile> AtomicFile::open(const fs::path& target, diag::Diagnostics& out, fs::path temporary) {
    AtomicFile f;
    f.target_ = target;
    f.temporary_ = temporary.empty() ? temporary_path_for(target) : std::move(temporary);
    std::error_code ec;
    if (!target.parent_path().empty()) fs::create_directories(target.parent_path(), ec);
    f.fd_ = FileDescriptor(::open(f.temporary_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
    if (!f.fd_) {
        out.push_back(diag::make("RS501", {target.generic_string(), "", 0, 0},
                                 "uitvoerbestand kan niet worden geschreven: " + dutch_reason(errno)));
        return std::nullopt;
    }
    return f;
}

AtomicFile& AtomicFile::operator=(AtomicFile&& other) noexcept {
    if (this != &other) {
        discard();
        target_ = std::move(other.target_);
        temporary_ = std::move(other.temporary_);
        fd_ = std::move(other.fd_);
        buffer_ = std::move(other.buffer_);
        error_ = std::move(other.error_);
    }
    return *this;
}

AtomicFile::~AtomicFile() { discard(); }

void AtomicFile::discard() {
    if (!fd_) return;  // committed, moved from or never opened: no temporary of its own
    fd_.close();
    std::error_code ignored;
    fs::remove(temporary_, ignored);
}

void AtomicFile::flush() {
    if (error_.empty() && !buffer_.empty()) error_ = write_all(fd_.get(), buffer_);
    buffer_.clear();
}

void AtomicFile::append(std::string_view bytes) {
    buffer_ += bytes;
    if (buffer_.size() >= 1 << 16) flush();
}

bool AtomicFile::commit(diag::Diagnostics& out) {
    flush();
    std::string reason = error_;
    if (reason.empty() && ::fsync(fd_.get()) != 0) reason = dutch_reason(errno);
    if (!fd_.close() && reason.empty()) reason = dutch_reason(errno);
    std::error_code ec;
    if (reason.empty()) {
        fs::rename(temporary_, target_, ec);
        if (ec) reason = dutch_reason(ec);
    }
    if (reason.empty()) return true;
    fs::remove(temporary_, ec);
    out.push_back(diag::make("RS501", {target_.generic_string(), "", 0, 0},
                             "uitvoerbestand kan niet worden geschreven: " + reason));
    return false;
}

std::optional<SpoolFile> SpoolFile::open(const fs::path& dir) {
    SpoolFile f;
    const fs::path where = dir.empty() ? fs::path(".") : dir;
    f.fd_ = FileDescriptor(::open(where.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600));
    if (!f.fd_) {  // a file system without O_TMPFILE: a named one, unlinked at once
        std::string name = (where / ".raadsstuk-spool-XXXXXX").string();
        f.fd_ = FileDescriptor(::mkostemp(name.data(), O_CLOEXEC));
        if (!f.fd_) return std::nullopt;
        ::unlink(name.c_str());
    }
    return f;
}

void SpoolFile::append(std::string_view bytes) {
    buffer_ += bytes;
    if (buffer_.size() < 1 << 16) return;
    if (!failed_ && !write_all(fd_.get(), buffer_).empty()) failed_ = true;
    written_ += buffer_.size();
    buffer_.clear();
}

bool SpoolFile::copy_to(const std::function<void(std::string_view)>& sink) {
    std::string piece(1 << 16, '\0');
    for (std::uint64_t at = 0; !failed_ && at < written_;) {
        const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(piece.size(), written_ - at));
        const long long got = read_at(fd_.get(), piece.data(), want, at);
        if (got <= 0) failed_ = true;
        if (got <= 0) break;
        sink(std::string_view(piece.data(), static_cast<std::size_t>(got)));
        at += static_cast<std::uint64_t>(got);
    }
    if (failed_) return false;
    sink(buffer_);
    return true;
}

fs::path temporary_path_for(const fs::path& target) {
    return target.parent_path() / ("." + target.filename().string() + ".raadsstuk-tmp");
}

namespace {

// A directory opened once (O_PATH) for the files of one call: they are created, checked and renamed
// relative to it, so that each system call looks up one name instead of walking the whole path.
class OpenDirectories {
public:
    // The directory's descriptor, created first when missing; -1 and the reason when it cannot be.
    int open(const fs::path& dir, std::string& reason) {
        for (const auto& d : dirs_)
            if (d.first == dir) return d.second.get();
        std::error_code ec;
        if (!dir.empty()) fs::create_directories(dir, ec);
        if (ec) {
            reason = dutch_reason(ec);
            return -1;
        }
        FileDescriptor fd(::open(dir.empty() ? "." : dir.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
        if (!fd) {
            reason = dutch_reason(errno);
            return -1;
        }
        dirs_.emplace_back(dir, std::move(fd));
        return dirs_.back().second.get();
    }

private:
    std::vector<std::pair<fs::path, FileDescriptor>> dirs_;  // a document's files share one, as a rule
};

// write_and_sync for a file named relative to an open directory.
std::string write_and_sync_at(int dir, const char* name, std::string_view bytes) {
    FileDescriptor fd(::openat(dir, name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
    if (!fd) return dutch_reason(errno);
    if (std::string reason = write_all(fd.get(), bytes); !reason.empty()) return reason;
    if (::fsync(fd.get()) != 0 || !fd.close()) return dutch_reason(errno);
    return {};
}

}  // namespace

bool write_files_atomically(const std::vector<std::pair<fs::path, std::string_view>>& files,
                            diag::Diagnostics& out) {
    struct Written {
        int dir;
        std::string temporary;  // its name in dir
        std::string target;
    };
    OpenDirectories directories;
    std::vector<Written> written;
    auto fail = [&](const fs::path& target, const std::string& reason) {
        for (const auto& w : written) ::unlinkat(w.dir, w.temporary.c_str(), 0);
        out.push_back(diag::make("RS501", {target.generic_string(), "", 0, 0},
                                 "uitvoerbestand kan niet worden geschreven: " + reason));
        return false;
    };
    for (const auto& [target, bytes] : files) {
        std::string reason;
        const int dir = directories.open(target.parent_path(), reason);
        if (dir < 0) return fail(target, reason);
        Written w{dir, temporary_path_for(target).filename().string(), target.filename().string()};
        reason = write_and_sync_at(dir, w.temporary.c_str(), bytes);
        if (!reason.empty()) {
            ::unlinkat(dir, w.temporary.c_str(), 0);
            return fail(target, reason);
        }
        written.push_back(std::move(w));
    }
    // A rename that would fail must fail before the first one is done, or the document's files would
    // disagree (a new .md beside an old .pdf): a target that is a directory cannot be replaced.
    for (std::size_t i = 0; i < files.size(); ++i) {
        struct stat st {};
        if (::fstatat(written[i].dir, written[i].target.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode))
            return fail(files[i].first, dutch_reason(EISDIR));
    }
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (::renameat(written[i].dir, written[i].temporary.c_str(), written[i].dir, written[i].target.c_str()) != 0)
            return fail(files[i].first, dutch_reason(errno));
    }
    return true;
}

}  // namespace raadsstuk::build
