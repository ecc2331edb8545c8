#pragma once
// A build: every document under the given paths, each checked (src/check) and then through the whole pipeline
// (load -> resolve -> render -> lay out -> PDF), written atomically. A failing document does not stop the
// others; the summary says what was built. Documents are built on several threads; what is reported comes in
// document order, so the output does not depend on the number of threads. A document whose inputs are
// unchanged since the last build (the manifest, manifest.hpp) is not built again. docs/batch.md has the
// details.
#include <atomic>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "build/discover.hpp"
#include "build/shard.hpp"
#include "diag/diagnostic.hpp"
#include "model/environment.hpp"

namespace raadsstuk::build {

struct BuildOptions {
    std::vector<std::string> inputs;             // files and directories
    std::filesystem::path out_dir = "output";
    // The consistency checks run first; a document they find an error in is not built, unless forced.
    bool force = false;
    unsigned jobs = 0;                  // worker threads; 0 = std::thread::hardware_concurrency()
    bool rebuild = false;               // build every document, also the unchanged ones
    std::optional<Shard> shard;         // only this slice of the documents, with its own manifest
    std::string engine_version;         // recorded in the manifest; a new version rebuilds everything
    std::string engine_build;           // SHA-256 of the engine's executable; so does a rebuilt engine
    // Where the build cache lives (build_cache.hpp; the CLI: $RAADSSTUK_CACHE_DIR, else
    // $XDG_CACHE_HOME/raadsstuk, else ~/.cache/raadsstuk); empty: no cache, every output is re-hashed.
    std::filesystem::path cache_dir;
    // Set (by a signal handler) to stop: no new document is started, nothing half-done is written.
    const std::atomic<bool>* stop = nullptr;
};

struct DocumentOutcome {
    DocumentSource source;
    bool built = false;      // its outputs are complete (written now, or unchanged since the last build)
    bool unchanged = false;  // not built again: its inputs and outputs are those of the manifest
    std::vector<std::filesystem::path> outputs;  // its files, in a fixed order (.md, .pdf)
    diag::Diagnostics diagnostics;               // everything found, errors and warnings
};

struct BuildSummary {
    int built = 0;
    int unchanged = 0;
    int failed = 0;
    int held_back = 0;          // of the failed: not built only because the checks found errors (see force)
    int rechecked = 0;          // of the unchanged: checked again, because what their checks read changed
    std::size_t total = 0;      // documents to build (of this shard)
    bool interrupted = false;   // stopped before every document was done
    std::filesystem::path manifest;  // the manifest written
    diag::Diagnostics general;  // problems not tied to one document (a missing input path, templates)
    bool ok() const { return failed == 0 && !interrupted && !diag::has_errors(general); }
};

// Told about progress; the CLI prints it. document_done calls come in document order, on one thread.
class Reporter {
public:
    virtual ~Reporter() = default;
    virtual void begin(std::size_t total) = 0;
    virtual void document_done(const DocumentOutcome& outcome, std::size_t index, std::size_t total) = 0;
    // `done` documents finished of `total` (in any order); called often, for a progress display.
    virtual void progress(std::size_t /*done*/, std::size_t /*total*/) {}
};

BuildSummary run_build(const BuildOptions& options, const model::Environment& env, Reporter& reporter);

// The manifest's path relative to an output directory and the data directory's path relative to it.
std::string relative_to(const std::filesystem::path& path, const std::filesystem::path& base);

}  // namespace raadsstuk::build
