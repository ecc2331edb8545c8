#pragma once
// One document through the whole pipeline: load -> resolve -> render -> lay out -> PDF -> write.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "build/build_context.hpp"
#include "build/build_job.hpp"
#include "build/discover.hpp"
#include "build/register_root.hpp"

namespace raadsstuk::build {

// A document's outputs in memory, not yet written: (path under out_dir, bytes), in a fixed order.
struct GeneratedDocument {
    DocumentOutcome outcome;  // built: every output is complete; outputs stays empty until written
    std::vector<std::pair<std::filesystem::path, std::string>> files;
};

// Everything but writing (raadsstuk verify compares these bytes with a manifest). `loaded`: the document as
// its checks loaded it from the same file (RegisterRoot::check_file), used instead of parsing it again.
GeneratedDocument generate_document(const DocumentSource& source, const std::filesystem::path& out_dir,
                                    BuildContext& context, LoadedDocument* loaded = nullptr);
// Writes the files of a built document atomically (all or none); fills outcome.outputs. False on failure.
bool write_generated(GeneratedDocument& generated);

// generate_document, then write_generated.
DocumentOutcome build_document(const DocumentSource& source, const std::filesystem::path& out_dir,
                               BuildContext& context);

}  // namespace raadsstuk::build
