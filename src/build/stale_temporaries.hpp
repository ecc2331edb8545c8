#pragma once
// What a killed build (SIGKILL, a crash, a power cut) leaves behind: temporary files that were never renamed
// into place. The next build removes those of its own documents, so that shards building into one output
// directory at the same time never remove each other's.
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "build/discover.hpp"

namespace raadsstuk::build {

// Removes under out_dir every ".<output>.raadsstuk-tmp" whose output belongs to one of `documents`
// (x.md, x.pdf, x-voorstel.pdf, ... of documenten/2021/x.json), and the temporary of the manifest
// `manifest_name`. Returns how many files were removed.
std::size_t remove_stale_temporaries(const std::filesystem::path& out_dir, const std::vector<DocumentSource>& documents,
                                     const std::string& manifest_name);

}  // namespace raadsstuk::build
