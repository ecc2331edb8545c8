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

// The temporary of `target` for a file that several processes may write at once (the data files' cache of
// a data root, which shards share): ".<name>.<pid>.raadsstuk-tmp" beside it.
std::filesystem::path process_temporary_path_for(const std::filesystem::path& target);

// Removes the per-process temporaries of `target` (process_temporary_path_for) whose process is no longer
// running: a build killed while it wrote the cache. Those of running processes are left alone. Returns how
// many files were removed.
std::size_t remove_dead_process_temporaries(const std::filesystem::path& target);

}  // namespace raadsstuk::build
