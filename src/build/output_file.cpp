#include "build/output_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>

#include <fcntl.h>
#include <unistd.h>

namespace raadsstuk::build {
namespace fs = std::filesystem;
namespace {

// Writes the whole buffer to path and fsyncs it; returns an empty string or the reason in Dutch.
std::string write_and_sync(const fs::path& path, std::string_view bytes) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return std::strerror(errno);
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            const std::string reason = std::strerror(errno);
            ::close(fd);
            return reason;
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) return std::strerror(errno);
    return {};
}

}  // namespace

fs::path temporary_path_for(const fs::path& target) {
    return target.parent_path() / ("." + target.filename().string() + ".raadsstuk-tmp");
}

bool write_files_atomically(const std::vector<std::pair<fs::path, std::string_view>>& files,
                            diag::Diagnostics& out) {
    std::vector<fs::path> written;
    auto fail = [&](const fs::path& target, const std::string& reason) {
        std::error_code ignored;
        for (const auto& tmp : written) fs::remove(tmp, ignored);
        out.push_back(diag::make("RS501", {target.generic_string(), "", 0, 0},
                                 "uitvoerbestand kan niet worden geschreven: " + reason));
        return false;
    };
    for (const auto& [target, bytes] : files) {
        std::error_code ec;
        if (!target.parent_path().empty()) fs::create_directories(target.parent_path(), ec);
        if (ec) return fail(target, ec.message());
        const fs::path tmp = temporary_path_for(target);
        const std::string reason = write_and_sync(tmp, bytes);
        if (!reason.empty()) {
            std::error_code ignored;
            fs::remove(tmp, ignored);
            return fail(target, reason);
        }
        written.push_back(tmp);
    }
    for (std::size_t i = 0; i < files.size(); ++i) {
        std::error_code ec;
        fs::rename(written[i], files[i].first, ec);
        if (ec) return fail(files[i].first, ec.message());
    }
    return true;
}

}  // namespace raadsstuk::build
