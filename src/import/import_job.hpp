#pragma once
// `raadsstuk import` as a library function: read the letter's text, find the gemeente file when an id is
// given (gemeenten/<id>.json in the data root: the one above the output file, else ./data), import, and
// write the draft atomically or hand it back for standard output.
#include <filesystem>
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "model/environment.hpp"

namespace raadsstuk::import {

struct ImportRequest {
    std::filesystem::path input;   // the letter's plain text
    std::filesystem::path output;  // empty = standard output
    std::string gemeente_id;       // empty = unknown
};

struct ImportOutcome {
    std::optional<std::string> json;  // the draft; nothing when the letter could not be read or written
    bool written = false;             // to request.output
    diag::Diagnostics diagnostics;    // errors, and the warnings of the import
};

ImportOutcome run_import(const ImportRequest& request, const model::Environment& env);

}  // namespace raadsstuk::import
