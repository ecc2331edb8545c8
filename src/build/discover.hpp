#pragma once
// Finding the documents under the paths a user gives, and where their outputs go.
#include <filesystem>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"

namespace raadsstuk::build {

struct DocumentSource {
    std::filesystem::path file;       // as found (relative paths stay relative)
    std::filesystem::path data_root;  // the nearest ancestor directory that holds gemeenten/
    std::filesystem::path relative;   // file relative to data_root, e.g. documenten/2021/x.json
};

// Walks files and directories in the order given, each directory in sorted order, and returns every
// .json file that is not a gemeente file and not under a schema/ directory, without duplicates.
// Whether a file is a document is decided when it is loaded ("soort"); here only where it lives matters.
// Problems (a path that does not exist, a file outside any data root) become diagnostics (RS601, RS602).
std::vector<DocumentSource> discover_documents(const std::vector<std::string>& paths, diag::Diagnostics& out);

// out_dir / relative with the extension replaced by `ending`: ("output", documenten/2021/x.json, ".pdf")
// -> output/documenten/2021/x.pdf; with "-besluit.pdf" -> output/documenten/2021/x-besluit.pdf
std::filesystem::path output_path(const std::filesystem::path& out_dir, const DocumentSource& src,
                                  const std::string& ending);

}  // namespace raadsstuk::build
