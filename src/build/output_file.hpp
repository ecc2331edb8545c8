#pragma once
// Writing outputs so that a failure or an interruption never leaves a half-written file: each file is
// written beside its target under a temporary name, flushed, and renamed over the target.
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diag/diagnostic.hpp"

namespace raadsstuk::build {

// Writes all files or none: every temporary is written first; only when all succeeded are they renamed.
// On failure nothing is renamed, the temporaries are removed, and RS501 names the file and the reason.
bool write_files_atomically(const std::vector<std::pair<std::filesystem::path, std::string_view>>& files,
                            diag::Diagnostics& out);

// The temporary name used for target: ".<name>.raadsstuk-tmp" in the same directory.
std::filesystem::path temporary_path_for(const std::filesystem::path& target);

}  // namespace raadsstuk::build
