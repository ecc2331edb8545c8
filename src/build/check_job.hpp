#pragma once
// A check run: every document and register file under the given paths, checked against the register of its
// data root (raadsstuk check), and the checks of single documents before they are built (raadsstuk build).
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "build/discover.hpp"
#include "build/register_root.hpp"
#include "diag/diagnostic.hpp"

namespace raadsstuk::build {

// A diagnostic with its place in its file: its own line and column, or those of the value its JSON pointer
// names. The machine-readable reports give both the pointer and the place.
struct Finding {
    diag::Diagnostic diagnostic;
    int line = 0;    // 0 when unknown
    int column = 0;
};

struct CheckOptions {
    std::vector<std::string> inputs;  // files and directories
};

struct CheckSummary {
    std::size_t files = 0;          // documents and register files checked
    std::vector<Finding> findings;  // sorted by file, then place, then code
    int errors() const;
    int warnings() const;
};

CheckSummary run_check(const CheckOptions& options);

// For the build: each document checked against the register of its data root, which is loaded once. Safe to
// use from several threads; the checks of one data root run one at a time (a root's text positions are
// indexed lazily).
class DocumentChecks {
public:
    DocumentChecks();
    ~DocumentChecks();
    // Everything loading, resolving and checking finds in the document, sorted by place.
    diag::Diagnostics check(const DocumentSource& source);

private:
    struct Root {
        std::unique_ptr<RegisterRoot> root;
        std::mutex mutex;
    };
    std::mutex mutex_;
    std::map<std::filesystem::path, Root> roots_;
};

// True for the diagnostics of the consistency checks (RS2xx).
bool is_check_code(const diag::Diagnostic& d);

}  // namespace raadsstuk::build
