#pragma once
// Writing outputs so that a failure or an interruption never leaves a half-written file: each file is
// written beside its target under a temporary name, flushed, and renamed over the target.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "build/file_descriptor.hpp"
#include "diag/diagnostic.hpp"

namespace raadsstuk::build {

// Writes all files or none: every temporary is written first; only when all succeeded are they renamed.
// On failure nothing is renamed, the temporaries are removed, and RS501 names the file and the reason.
bool write_files_atomically(const std::vector<std::pair<std::filesystem::path, std::string_view>>& files,
                            diag::Diagnostics& out);

// One file written piece by piece (the manifest, the build cache: written while the data is walked, so that
// their whole text is never held) under a temporary name, flushed and renamed over the target by commit().
// Destroyed without a commit, the temporary is removed and the target left as it was. Move-only.
class AtomicFile {
public:
    // Opens the temporary (temporary_path_for(target) unless `temporary` is given: a file that several
    // processes may write at once needs a name of its own per process). Nothing, and RS501, on failure.
    static std::optional<AtomicFile> open(const std::filesystem::path& target, diag::Diagnostics& out,
                                          std::filesystem::path temporary = {});
    AtomicFile(AtomicFile&& other) noexcept = default;
    AtomicFile& operator=(AtomicFile&& other) noexcept;
    ~AtomicFile();

    void append(std::string_view bytes);
    // Flushes, fsyncs and renames into place; false, and RS501, on any failure since open.
    bool commit(diag::Diagnostics& out);

private:
    AtomicFile() = default;
    void flush();
    void discard();
    std::filesystem::path target_, temporary_;
    FileDescriptor fd_;
    std::string buffer_;
    std::string error_;  // the first write error, in Dutch
};

// An anonymous temporary file in a directory (it has no name: nothing is left of it however the process
// ends), written piece by piece and then handed on: the records of a manifest that is being written while
// the set of shared inputs it must begin with is not yet known. Move-only.
class SpoolFile {
public:
    // Nothing when no temporary file can be made in `dir`.
    static std::optional<SpoolFile> open(const std::filesystem::path& dir);

    void append(std::string_view bytes);
    std::uint64_t size() const { return written_ + buffer_.size(); }
    // Everything appended, handed to `sink` in pieces; false on a write or read error since open.
    bool copy_to(const std::function<void(std::string_view)>& sink);

private:
    SpoolFile() = default;
    FileDescriptor fd_;
    std::string buffer_;
    std::uint64_t written_ = 0;
    bool failed_ = false;
};

// The temporary name used for target: ".<name>.raadsstuk-tmp" in the same directory.
std::filesystem::path temporary_path_for(const std::filesystem::path& target);

}  // namespace raadsstuk::build
