#include "build/build_job.hpp"

#include <chrono>
#include <map>
#include <set>
#include <system_error>
#include <thread>

#include "build/build_context.hpp"
#include "build/build_document.hpp"
#include "build/check_job.hpp"
#include "build/input_hashes.hpp"
#include "build/manifest.hpp"
#include "build/ordered_pool.hpp"
#include "build/output_file.hpp"
#include "build/sha256.hpp"
#include "build/stale_temporaries.hpp"
#include "load/load.hpp"

namespace raadsstuk::build {
namespace fs = std::filesystem;
namespace {

// The manifest is rewritten while the build runs, so that a killed build keeps what it finished: first
// after this many documents, then after as many again and this much time since the last time (the clock
// decides only when, never what is written).
constexpr int kManifestEvery = 20;
constexpr std::chrono::seconds kManifestInterval{2};

struct WorkResult {
    DocumentOutcome outcome;
    std::optional<DocumentRecord> record;  // what the manifest says of it now; nothing: not in the manifest
    bool held_back = false;
    bool abandoned = false;                // stopped before it was done: not reported, not counted
};

std::string key_of(const DocumentSource& source) { return source.relative.lexically_normal().generic_string(); }

// Every output of `record` is on disk with its recorded size and SHA-256.
bool outputs_intact(const DocumentRecord& record, const fs::path& out_dir) {
    if (record.outputs.empty()) return false;
    for (const auto& o : record.outputs) {
        const fs::path file = out_dir / o.path;
        std::error_code ec;
        const auto size = fs::file_size(file, ec);
        if (ec || size != o.bytes) return false;
        diag::Diagnostics ignored;
        const auto bytes = load::read_file(file, ignored, load::kAnySize);
        if (!bytes || sha256_hex(*bytes) != o.sha256) return false;
    }
    return true;
}

class Batch {
public:
    Batch(const BuildOptions& options, const model::Environment& env, BuildSummary& summary)
        : options_(options), context_(env, summary.general), hashes_(env, options.engine_version, options.engine_build) {}

    void set_previous(std::optional<Manifest> previous) { previous_ = std::move(previous); }

    WorkResult work(const DocumentSource& source) {
        WorkResult r;
        r.outcome.source = source;
        std::string kind;
        const DocumentInputs inputs = hashes_.inputs_of(source, kind);
        const std::string fingerprint = inputs.fingerprint();
        const DocumentRecord* old = previous(source);
        if (old && !options_.rebuild && old->fingerprint == fingerprint && outputs_intact(*old, options_.out_dir))
            return unchanged(std::move(r), *old, inputs);
        if (stopped()) return abandoned(std::move(r));

        // The checks first. An error they find holds the document back (with everything found about it);
        // otherwise their warnings go before what the build itself reports.
        diag::Diagnostics checked = checks_.check(source);
        diag::Diagnostics findings;
        for (auto& d : checked)
            if (is_check_code(d)) findings.push_back(d);
        if (diag::has_errors(findings) && !options_.force) {
            r.outcome.diagnostics = std::move(checked);
            r.held_back = true;
            return r;
        }
        // Once started, a document is finished even when a stop comes meanwhile: its files are written
        // atomically, so it is complete or absent whenever the process ends.
        GeneratedDocument generated = generate_document(source, options_.out_dir, context_);
        write_generated(generated);
        r.outcome = std::move(generated.outcome);
        r.outcome.diagnostics.insert(r.outcome.diagnostics.begin(), findings.begin(), findings.end());
        if (!r.outcome.built) return r;

        DocumentRecord record;
        record.source = key_of(source);
        record.data_root = data_root_name(source.data_root);
        record.kind = kind.empty() ? "raadsinformatiebrief" : kind;
        record.inputs = inputs;
        record.fingerprint = fingerprint;
        record.forced = diag::has_errors(findings);
        for (const auto& [path, bytes] : generated.files)
            record.outputs.push_back({relative_to(path, options_.out_dir), sha256_hex(bytes), bytes.size()});
        r.record = std::move(record);
        return r;
    }

    void collapse(diag::Diagnostics& ds) { context_.collapse_repeated_gemeente_reports(ds, reported_gemeenten_); }

private:
    bool stopped() const { return options_.stop && options_.stop->load(); }

    const DocumentRecord* previous(const DocumentSource& source) const {
        if (!previous_) return nullptr;
        const auto it = previous_->documents.find(key_of(source));
        return it == previous_->documents.end() ? nullptr : &it->second;
    }

    WorkResult abandoned(WorkResult r) {
        r.abandoned = true;
        return r;
    }

    // Its outputs are those of the manifest. The checks run again only when the data directory changed
    // since (they compare the document with the others), or when it was built with --force and is not now.
    WorkResult unchanged(WorkResult r, const DocumentRecord& old, const DocumentInputs& inputs) {
        DocumentRecord record = old;
        record.inputs = inputs;
        record.data_root = data_root_name(r.outcome.source.data_root);
        if (old.inputs.register_hash != inputs.register_hash || (old.forced && !options_.force)) {
            diag::Diagnostics checked = checks_.check(r.outcome.source);
            diag::Diagnostics findings;
            for (auto& d : checked)
                if (is_check_code(d)) findings.push_back(d);
            if (diag::has_errors(findings) && !options_.force) {
                r.outcome.diagnostics = std::move(checked);
                r.held_back = true;
                return r;
            }
            r.outcome.diagnostics = std::move(findings);
            record.forced = diag::has_errors(r.outcome.diagnostics);
        }
        r.outcome.built = true;
        r.outcome.unchanged = true;
        for (const auto& o : old.outputs) r.outcome.outputs.push_back(options_.out_dir / o.path);
        r.record = std::move(record);
        return r;
    }

    std::string data_root_name(const fs::path& root) {
        const std::lock_guard lock(mutex_);
        auto it = root_names_.find(root);
        if (it == root_names_.end()) it = root_names_.emplace(root, relative_to(root, options_.out_dir)).first;
        return it->second;
    }

    const BuildOptions& options_;
    BuildContext context_;
    DocumentChecks checks_;
    InputHashes hashes_;
    std::optional<Manifest> previous_;
    std::mutex mutex_;
    std::map<fs::path, std::string> root_names_;
    std::set<std::string> reported_gemeenten_;  // emitting thread only
};

// Writes the manifest when its text differs from what is on disk.
void write_manifest(const Manifest& m, const fs::path& file, std::string& on_disk, diag::Diagnostics& general) {
    std::string text = manifest_json(m);
    if (text == on_disk) return;
    if (write_files_atomically({{file, text}}, general)) on_disk = std::move(text);
}

}  // namespace

std::string relative_to(const fs::path& path, const fs::path& base) {
    std::error_code ec;
    const fs::path p = fs::absolute(path.empty() ? fs::path(".") : path, ec).lexically_normal();
    const fs::path b = fs::absolute(base.empty() ? fs::path(".") : base, ec).lexically_normal();
    const fs::path r = p.lexically_relative(b);
    return r.empty() ? "." : r.generic_string();
}

BuildSummary run_build(const BuildOptions& options, const model::Environment& env, Reporter& reporter) {
    BuildSummary summary;
    std::vector<DocumentSource> sources = discover_documents(options.inputs, summary.general);
    if (options.shard && !options.shard->whole())
        std::erase_if(sources, [&](const DocumentSource& s) { return !options.shard->holds(s.relative); });
    summary.total = sources.size();

    const std::string shard_label = options.shard && !options.shard->whole() ? options.shard->file_label() : "";
    summary.manifest = options.out_dir / manifest_file_name(shard_label);
    remove_stale_temporaries(options.out_dir, sources, summary.manifest.filename().string());

    Batch batch(options, env, summary);
    Manifest manifest;
    std::string on_disk;  // the manifest's text as it is on disk
    std::error_code ec;
    if (fs::exists(summary.manifest, ec)) {
        diag::Diagnostics read;
        if (auto text = load::read_file(summary.manifest, read, load::kAnySize)) {
            on_disk = *text;
            if (auto previous = parse_manifest(*text, summary.manifest.generic_string(), "RS606", read))
                manifest = *previous;
        }
        for (auto& d : read) d.severity = diag::Severity::warning;  // the build goes on: it rebuilds
        summary.general.insert(summary.general.end(), read.begin(), read.end());
    }
    batch.set_previous(manifest);
    manifest.engine = options.engine_version;
    manifest.shard = shard_label.empty() ? "" : std::to_string(options.shard->index) + "/" + std::to_string(options.shard->count);

    reporter.begin(sources.size());
    const unsigned jobs = options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    int since_written = 0;
    auto written_at = std::chrono::steady_clock::now() - kManifestInterval;  // the first time: no waiting
    run_ordered<WorkResult>(
        sources.size(), jobs, [&](std::size_t i) { return batch.work(sources[i]); },
        [&](std::size_t i, WorkResult& r) {
            if (r.abandoned) return;
            batch.collapse(r.outcome.diagnostics);
            if (r.record) manifest.documents[r.record->source] = std::move(*r.record);
            else manifest.documents.erase(key_of(r.outcome.source));
            if (r.held_back) summary.held_back += 1;
            if (!r.outcome.built) summary.failed += 1;
            else if (r.outcome.unchanged) summary.unchanged += 1;
            else summary.built += 1;
            reporter.document_done(r.outcome, i, sources.size());
            if (++since_written >= kManifestEvery && std::chrono::steady_clock::now() - written_at >= kManifestInterval) {
                write_manifest(manifest, summary.manifest, on_disk, summary.general);
                since_written = 0;
                written_at = std::chrono::steady_clock::now();
            }
        },
        [&] { return options.stop && options.stop->load(); },
        [&](std::size_t done) { reporter.progress(done, sources.size()); });
    summary.interrupted = options.stop && options.stop->load() &&
                          summary.built + summary.unchanged + summary.failed < static_cast<int>(sources.size());
    // A build that made nothing leaves no manifest behind either (a failed first build writes nothing at all);
    // one that was there is kept up to date.
    if (!manifest.documents.empty() || !on_disk.empty())
        write_manifest(manifest, summary.manifest, on_disk, summary.general);
    return summary;
}

}  // namespace raadsstuk::build
