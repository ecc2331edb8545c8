#pragma once
// A fresh directory under the system's temporary directory for one test, removed with everything in it when
// the object goes.
#include <stdlib.h>

#include <filesystem>
#include <string>
#include <system_error>

namespace raadsstuk::build::test {

class ScratchDir {
public:
    explicit ScratchDir(const std::string& prefix = "raadsstuk-build-test") {
        std::string templ = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
        path_ = ::mkdtemp(templ.data());
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

}  // namespace raadsstuk::build::test
