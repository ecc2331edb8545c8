#pragma once
// The registry of diagnostic codes. Ranges tell the stage: RS0xx load, RS1xx resolve, RS2xx checks,
// RS3xx templates, RS4xx layout, RS5xx output, RS6xx command line. A code once published is never reused;
// every code has an entry in docs/diagnostics.md (a test keeps the two in step).
#include <span>
#include <string_view>

#include "diag/diagnostic.hpp"

namespace raadsstuk::diag {

struct CodeInfo {
    std::string_view code;
    Severity severity;
    std::string_view summary;  // short English description, as in docs/diagnostics.md
};

std::span<const CodeInfo> all_codes();
const CodeInfo* find_code(std::string_view code);

}  // namespace raadsstuk::diag
