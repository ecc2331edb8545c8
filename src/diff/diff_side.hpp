#pragma once
// One side of `raadsstuk diff`: a data file (.json, rendered to Markdown), a generated Markdown file (.md,
// taken as it is), or REV:PATH, a file as it was at a git revision, then treated by its extension. A data
// file from git finds its gemeente file under the data root of PATH in the working tree.
#include <optional>
#include <string>

#include "build/build_context.hpp"
#include "diag/diagnostic.hpp"
#include "model/date.hpp"
#include "model/gemeente.hpp"

namespace raadsstuk::diff {

struct Side {
    std::string markdown;
    std::optional<model::Gemeente> gemeente;  // a data file's gemeente, with the house style it uses; none for .md
    std::optional<model::Date> date;            // a data file's date
};

// The side named by `spec`, or nothing with the reasons in `out`: RS701 (neither a file nor REV:PATH),
// RS702 (git), RS703 (neither .json nor .md), RS704 (a data file outside a data directory), and what
// loading, resolving and rendering report.
std::optional<Side> read_side(const std::string& spec, build::BuildContext& context, diag::Diagnostics& out);

}  // namespace raadsstuk::diff
