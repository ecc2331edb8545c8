#pragma once
// A build: every document under the given paths, each checked (src/check) and then through the whole pipeline
// (load -> resolve -> render -> lay out -> PDF), written atomically. A failing document does not stop the
// others; the summary says what was built.
#include <filesystem>
#include <string>
#include <vector>

#include "build/discover.hpp"
#include "diag/diagnostic.hpp"
#include "model/environment.hpp"

namespace raadsstuk::build {

struct BuildOptions {
    std::vector<std::string> inputs;             // files and directories
    std::filesystem::path out_dir = "output";
    // The consistency checks run first; a document they find an error in is not built, unless forced.
    bool force = false;
};

struct DocumentOutcome {
    DocumentSource source;
    bool built = false;
    std::vector<std::filesystem::path> outputs;  // written files, in a fixed order (.md, .pdf)
    diag::Diagnostics diagnostics;               // everything found, errors and warnings
};

struct BuildSummary {
    int built = 0;
    int failed = 0;
    int held_back = 0;          // of the failed: not built only because the checks found errors (see force)
    diag::Diagnostics general;  // problems not tied to one document (a missing input path, templates)
    bool ok() const { return failed == 0 && !diag::has_errors(general); }
};

// Told about progress; the CLI prints it. Calls come in document order.
class Reporter {
public:
    virtual ~Reporter() = default;
    virtual void begin(std::size_t total) = 0;
    virtual void document_done(const DocumentOutcome& outcome, std::size_t index, std::size_t total) = 0;
};

BuildSummary run_build(const BuildOptions& options, const model::Environment& env, Reporter& reporter);

}  // namespace raadsstuk::build
