#pragma once
// `raadsstuk diff` as a library function: read both sides (diff_side.hpp), diff them, and write the
// redline when one is asked for. The command line only parses arguments and prints.
#include <filesystem>
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "diff/document_diff.hpp"
#include "model/environment.hpp"

namespace raadsstuk::diff {

enum class RedlineFormat { none, html, pdf };

struct DiffRequest {
    std::string old_spec, new_spec;  // as the user gave them
    std::filesystem::path redline;   // empty = no redline
    RedlineFormat redline_format = RedlineFormat::none;
};

struct DiffOutcome {
    std::optional<DocumentDiff> diff;  // nothing when a side could not be read
    bool redline_written = false;
    diag::Diagnostics diagnostics;
};

// The format a redline file asks for by its extension (.html, .htm, .pdf), or none.
RedlineFormat redline_format_of(const std::filesystem::path& file);

DiffOutcome run_diff(const DiffRequest& request, const model::Environment& env);

}  // namespace raadsstuk::diff
