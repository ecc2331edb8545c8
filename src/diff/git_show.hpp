#pragma once
// A file as it was at a git revision: `git show REV:PATH`, run in the current directory (so PATH is
// relative to the top of the repository, or to the current directory when it starts with "./").
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"

namespace raadsstuk::diff {

// The bytes of the file, or nothing and RS702 (with git's own message) when git cannot show it: no git,
// not a repository, an unknown revision, or no such file at that revision.
std::optional<std::string> git_show(const std::string& revision, const std::string& path, diag::Diagnostics& out);

}  // namespace raadsstuk::diff
