#pragma once
// A check run: every document and register file under the given paths, checked against the register of its
// data root (raadsstuk check), and the checks of single documents before they are built (raadsstuk build).
#include <atomic>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "build/discover.hpp"
#include "build/register_root.hpp"
#include "diag/diagnostic.hpp"

namespace raadsstuk::build {

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

// For the build: each document checked against the lean register of its data root, which is loaded once
// (RegisterRoot::read, with the lookup and seen hooks given here, for a cache; `read` is told when a root has
// been read). Safe to use from several threads.
class DocumentChecks {
public:
    using RootRead = std::function<void(const std::filesystem::path& data_root)>;
    explicit DocumentChecks(RegisterRoot::LeanLookup lookup = {}, RegisterRoot::LeanSeen seen = {}, RootRead read = {});
    ~DocumentChecks();
    // Everything loading, resolving and checking finds in the document, sorted by place. `text`: its bytes
    // as the caller read them; nothing to have it read. `loaded` gets the document as loaded for the checks
    // (RegisterRoot::check_file).
    diag::Diagnostics check(const DocumentSource& source, const std::string* text = nullptr,
                            LoadedDocument* loaded = nullptr);
    // RegisterRoot::checks_digest of the document's data root: what its checks read besides the document.
    Digest checks_digest(const DocumentSource& source);
    // RegisterRoot::data_file of the document: its data file's SHA-256 and facts as the register read them.
    std::optional<RegisterRoot::DataFileFacts> data_file(const DocumentSource& source);
    // Reads the register of a data root now (otherwise the first document of it does).
    void read_register(const std::filesystem::path& data_root) { root_of(data_root); }
    // How many documents check() checked.
    std::size_t checked() const { return checked_; }

private:
    const RegisterRoot& root_of(const std::filesystem::path& data_root);
    RegisterRoot::LeanLookup lookup_;
    RegisterRoot::LeanSeen seen_;
    RootRead read_;
    std::mutex mutex_;
    std::map<std::filesystem::path, std::unique_ptr<RegisterRoot>> roots_;
    std::atomic<std::size_t> checked_{0};
};

// True for the diagnostics of the consistency checks (RS2xx).
bool is_check_code(const diag::Diagnostic& d);

}  // namespace raadsstuk::build
