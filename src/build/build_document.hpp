#pragma once
// One document through the whole pipeline: load -> resolve -> render -> lay out -> PDF -> write.
#include <filesystem>

#include "build/build_context.hpp"
#include "build/build_job.hpp"
#include "build/discover.hpp"

namespace raadsstuk::build {

DocumentOutcome build_document(const DocumentSource& source, const std::filesystem::path& out_dir,
                               BuildContext& context);

}  // namespace raadsstuk::build
