#pragma once
// A file descriptor owned: closed when destroyed, handed on by moving (the files the build writes and reads
// by descriptor: outputs, the manifest, the caches, their directories).
#include <cstddef>
#include <cstdint>
#include <utility>

namespace raadsstuk::build {

class FileDescriptor {
public:
    FileDescriptor() = default;
    explicit FileDescriptor(int fd) : fd_(fd) {}
    FileDescriptor(FileDescriptor&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
    FileDescriptor& operator=(FileDescriptor&& other) noexcept;
    ~FileDescriptor();

    int get() const { return fd_; }
    explicit operator bool() const { return fd_ >= 0; }
    // Closes it now; false, with errno set, when close fails (a write error may show only here).
    bool close();

private:
    int fd_ = -1;
};

// pread until `n` bytes or the end of the file; the number read, or -1 on an error.
long long read_at(int fd, char* into, std::size_t n, std::uint64_t at);

}  // namespace raadsstuk::build
