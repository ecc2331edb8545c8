#pragma once
// The reports of a check run: like a compiler's for people, JSON for tools, SARIF 2.1.0 for review tools and
// code hosting (which show the findings inline on the data files). Each is deterministic text.
#include <string>
#include <string_view>

#include "build/check_job.hpp"

namespace raadsstuk::build {

// One diagnostic per finding as diag::format prints it, then a summary line:
// "raadsstuk: 4 bestanden gecontroleerd, 1 fout, 2 waarschuwingen".
std::string text_report(const CheckSummary& summary);

// {"tool", "version", "files", "errors", "warnings", "diagnostics": [{"code", "severity" ("error"|"warning"),
//  "file", "pointer", "line", "column", "message", "hint"}]}; unknown values are null.
std::string json_report(const CheckSummary& summary, std::string_view version);

// A SARIF 2.1.0 log with one run: every code of the registry as a rule, every finding as a result.
std::string sarif_report(const CheckSummary& summary, std::string_view version);

inline constexpr std::string_view kSarifSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

}  // namespace raadsstuk::build
