#include "build/build_job.hpp"

#include <fcntl.h>
#include <sys/stat.h>

#include <chrono>
#include <map>
#include <set>
#include <system_error>
#include <thread>

#include "build/build_cache.hpp"
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
    bool rechecked = false;                // unchanged, but its checks ran again (the register changed)
    std::vector<std::pair<std::string, FileStat>> stats;  // of its outputs, for the build cache
};

std::string key_of(const DocumentSource& source) { return source.relative.lexically_normal().generic_string(); }

// The stat of each output of `record` when every one is on disk as the manifest recorded it: its size and
// stat match the cache (then it is not read), or else its bytes hash to the recorded SHA-256. Nothing when
// one is missing or differs.
std::optional<std::vector<std::pair<std::string, FileStat>>> outputs_intact(const DocumentRecord& record,
                                                                            const fs::path& out_dir,
                                                                            const BuildCache& cache) {
    if (record.outputs.empty()) return std::nullopt;
    std::vector<std::pair<std::string, FileStat>> stats;
    for (const auto& o : record.outputs) {
        const fs::path file = out_dir / o.path;
        const auto now = stat_file(file);
        if (!now || now->bytes != o.bytes) return std::nullopt;
        if (!trusted(cache, o.path, *now)) {
            diag::Diagnostics ignored;
            const auto bytes = load::read_file(file, ignored, load::kAnySize);
            if (!bytes || sha256_hex(*bytes) != o.sha256) return std::nullopt;
        }
        stats.emplace_back(o.path, *now);
    }
    return stats;
}

class Batch {
public:
    // The data files of `cache` are handed on (moved out) as the register finds them unchanged.
    Batch(const BuildOptions& options, const model::Environment& env, BuildSummary& summary, BuildCache& cache)
        : options_(options),
          context_(env, summary.general),
          checks_(
              [this](const fs::path& root, const fs::path& relative, const std::string& bytes) -> std::optional<LeanFile> {
                  const std::string key = data_file_key(root, relative);
                  std::string sha = sha256_hex(bytes);
                  const std::lock_guard lock(mutex_);
                  const auto it = cache_.data_files.find(key);
                  if (it != cache_.data_files.end() && it->second.sha256 == sha) {
                      CachedDataFile& f = seen_data_files_[key] = std::move(it->second);
                      cache_.data_files.erase(it);
                      return f.lean;
                  }
                  seen_data_files_[key] = CachedDataFile{std::move(sha), {}, {}};
                  loaded_now_.insert(key);
                  data_files_changed_ = true;
                  return std::nullopt;
              },
              [this](const fs::path& root, const fs::path& relative, const std::string& bytes, const LeanFile& lean) {
                  const std::string key = data_file_key(root, relative);
                  const std::lock_guard lock(mutex_);
                  if (loaded_now_.erase(key) == 0) return;  // handed back by the cache, facts and all
                  CachedDataFile& f = seen_data_files_[key];
                  f.lean = lean;
                  f.facts = document_facts(bytes);
              }),
          hashes_(env, options.engine_version, options.engine_build),
          cache_(cache) {}

    // The manifest as read, which the emitting thread updates as documents are done (under `mutex`): a
    // document's record is read before it is built and replaced only after, so each sees the previous build's.
    void set_manifest(const Manifest* manifest, std::mutex* mutex) {
        manifest_ = manifest;
        manifest_mutex_ = mutex;
    }

    // Whether the data files of the roots read differ from the cache's: one was not in it (or had other
    // bytes), or one of it is gone.
    bool data_files_changed() {
        const std::lock_guard lock(mutex_);
        if (data_files_changed_) return true;
        for (const auto& root : roots_read_) {
            const std::string prefix = data_file_key(root, "");
            const auto it = cache_.data_files.lower_bound(prefix);
            if (it != cache_.data_files.end() && it->first.rfind(prefix, 0) == 0) return true;
        }
        return false;
    }

    // The data files of the roots read in this build, for the next build's cache: those of other roots kept.
    std::map<std::string, CachedDataFile> data_files(std::map<std::string, CachedDataFile> before) {
        const std::lock_guard lock(mutex_);
        for (const auto& root : roots_read_) {
            const std::string prefix = data_file_key(root, "");
            for (auto it = before.lower_bound(prefix); it != before.end() && it->first.rfind(prefix, 0) == 0;)
                it = before.erase(it);
        }
        for (const auto& [key, f] : seen_data_files_) before[key] = f;
        return before;
    }

    WorkResult work(const DocumentSource& source) {
        WorkResult r;
        r.outcome.source = source;
        std::string kind;
        // The register first: reading it hashes every data file of the root and finds its facts.
        const std::string register_hash = checks_.checks_digest(source);
        DocumentInputs inputs = inputs_of(source, kind);
        inputs.register_hash = register_hash;
        const std::string fingerprint = inputs.fingerprint();
        const std::optional<DocumentRecord> previous_record = previous(source);
        const DocumentRecord* old = previous_record ? &*previous_record : nullptr;
        if (old && !options_.rebuild && old->fingerprint == fingerprint) {
            if (auto stats = outputs_intact(*old, options_.out_dir, cache_)) {
                r.stats = std::move(*stats);
                return unchanged(std::move(r), *old, inputs);
            }
        }
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
        for (const auto& [path, bytes] : generated.files) {
            record.outputs.push_back({relative_to(path, options_.out_dir), sha256_hex(bytes), bytes.size()});
            if (const auto stat = stat_file(path)) r.stats.emplace_back(record.outputs.back().path, *stat);
        }
        r.record = std::move(record);
        return r;
    }

    void collapse(diag::Diagnostics& ds) { context_.collapse_repeated_gemeente_reports(ds, reported_gemeenten_); }

private:
    bool stopped() const { return options_.stop && options_.stop->load(); }

    // From what reading the register found of the data file, else by reading it again.
    DocumentInputs inputs_of(const DocumentSource& source, std::string& kind) {
        std::optional<std::pair<std::string, DocumentFacts>> known;
        {
            const std::lock_guard lock(mutex_);
            roots_read_.insert(source.data_root);
            const auto it = seen_data_files_.find(data_file_key(source.data_root, source.relative));
            if (it != seen_data_files_.end() && !loaded_now_.count(it->first))
                known.emplace(it->second.sha256, it->second.facts);
        }
        return known ? hashes_.inputs_of(known->first, known->second, source, kind) : hashes_.inputs_of(source, kind);
    }

    std::optional<DocumentRecord> previous(const DocumentSource& source) const {
        if (!manifest_) return std::nullopt;
        const std::lock_guard lock(*manifest_mutex_);
        const auto it = manifest_->documents.find(key_of(source));
        if (it == manifest_->documents.end()) return std::nullopt;
        return it->second;
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
            r.rechecked = true;
            diag::Diagnostics findings;
            for (auto& d : checked)
                if (is_check_code(d)) findings.push_back(d);
            if (diag::has_errors(findings) && !options_.force) {
                r.outcome.diagnostics = std::move(checked);
                r.held_back = true;
                r.stats.clear();
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
    BuildCache& cache_;
    const Manifest* manifest_ = nullptr;
    std::mutex* manifest_mutex_ = nullptr;
    std::mutex mutex_;
    std::map<fs::path, std::string> root_names_;
    std::set<fs::path> roots_read_;
    std::map<std::string, CachedDataFile> seen_data_files_;  // of the roots read, by data_file_key
    std::set<std::string> loaded_now_;                       // of those: not in the cache, being loaded
    bool data_files_changed_ = false;
    std::set<std::string> reported_gemeenten_;  // emitting thread only
};

// A file the build keeps up to date beside the outputs (the manifest, the build cache), written atomically.
// The caller writes it only when what it holds changed (a manifest of 10,000 documents is 22 MB: hashing its
// text to compare would cost more than the rest of a no-op build).
struct StateFile {
    fs::path file;
    bool on_disk = false;
    bool write(const std::string& text, diag::Diagnostics& general) {
        if (!write_files_atomically({{file, text}}, general)) return false;
        on_disk = true;
        return true;
    }
};

// An output stat recorded in the same clock tick as the cache file's own time is not trusted (it might have
// changed again unseen within the tick), so it would be re-hashed by every build: when there is one, wait a
// tick and set the cache file's time again.
void settle(const fs::path& cache_file, const BuildCache& cache) {
    for (int attempt = 0; attempt < 5; ++attempt) {
        const auto stat = stat_file(cache_file);
        if (!stat) return;
        bool racy = false;
        for (const auto& [path, s] : cache.outputs)
            if (s.mtime_ns >= stat->mtime_ns || s.ctime_ns >= stat->mtime_ns) racy = true;
        if (!racy) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        ::utimensat(AT_FDCWD, cache_file.c_str(), nullptr, 0);
    }
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

    // The build cache first: the batch looks outputs and data files up in it. Damaged or missing: empty.
    BuildCache cache;
    StateFile cache_file{options.cache_dir.empty() ? fs::path() : build_cache_file(options.cache_dir, options.out_dir, shard_label)};
    if (!cache_file.file.empty()) {
        diag::Diagnostics ignored;  // a cache that cannot be read is no cache
        std::error_code ec;
        if (fs::exists(cache_file.file, ec)) {
            if (auto text = load::read_file(cache_file.file, ignored, load::kAnySize)) {
                cache_file.on_disk = true;
                cache = parse_build_cache(*text);
                if (const auto stat = stat_file(cache_file.file)) cache.written_ns = stat->mtime_ns;
            }
        }
    }

    Batch batch(options, env, summary, cache);
    Manifest manifest;
    StateFile manifest_file{summary.manifest};
    bool dirty = false;  // the manifest in memory differs from the one read
    std::error_code ec;
    if (fs::exists(summary.manifest, ec)) {
        diag::Diagnostics read;
        if (auto text = load::read_file(summary.manifest, read, load::kAnySize)) {
            manifest_file.on_disk = true;
            if (auto previous = parse_manifest(*text, summary.manifest.generic_string(), "RS606", read))
                manifest = std::move(*previous);
            else
                dirty = true;  // rewritten, even when nothing is built
        }
        for (auto& d : read) d.severity = diag::Severity::warning;  // the build goes on: it rebuilds
        summary.general.insert(summary.general.end(), read.begin(), read.end());
    }
    std::mutex manifest_mutex;
    batch.set_manifest(&manifest, &manifest_mutex);
    const std::string shard_text =
        shard_label.empty() ? "" : std::to_string(options.shard->index) + "/" + std::to_string(options.shard->count);
    if (manifest.engine != options.engine_version || manifest.shard != shard_text) dirty = manifest_file.on_disk || dirty;
    manifest.engine = options.engine_version;
    manifest.shard = shard_text;

    // The outputs the cache vouches for, updated as documents are done.
    BuildCache next;
    next.outputs = cache.outputs;
    bool cache_dirty = false;  // next.outputs differs from the cache read
    const auto forget_outputs = [&](const std::string& key) {
        const auto it = manifest.documents.find(key);
        if (it == manifest.documents.end()) return;
        for (const auto& o : it->second.outputs) cache_dirty = next.outputs.erase(o.path) > 0 || cache_dirty;
    };
    const auto write_state = [&] {
        // A build that made nothing leaves no manifest behind either (a failed first build writes nothing
        // at all); one that was there is kept up to date.
        if (dirty && (!manifest.documents.empty() || manifest_file.on_disk)) {
            std::unique_lock lock(manifest_mutex);
            std::string text = manifest_json(manifest);
            lock.unlock();
            manifest_file.write(text, summary.general);
        }
        dirty = false;
        if (!cache_file.file.empty() && (!manifest.documents.empty() || cache_file.on_disk) &&
            (cache_dirty || !cache_file.on_disk || batch.data_files_changed())) {
            next.data_files = batch.data_files(cache.data_files);
            cache_dirty = false;
            diag::Diagnostics ignored;  // the cache is an optimisation: a build never fails for it
            std::error_code dir_ec;
            fs::create_directories(cache_file.file.parent_path(), dir_ec);
            if (cache_file.write(build_cache_text(next), ignored)) settle(cache_file.file, next);
        }
    };

    reporter.begin(sources.size());
    const unsigned jobs = options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    int since_written = 0;
    auto interval = std::chrono::steady_clock::duration(kManifestInterval);
    auto written_at = std::chrono::steady_clock::now() - interval;  // the first time: no waiting
    run_ordered<WorkResult>(
        sources.size(), jobs, [&](std::size_t i) { return batch.work(sources[i]); },
        [&](std::size_t i, WorkResult& r) {
            if (r.abandoned) return;
            batch.collapse(r.outcome.diagnostics);
            const std::string key = key_of(r.outcome.source);
            std::unique_lock manifest_lock(manifest_mutex);
            if (r.record) {
                auto it = manifest.documents.find(key);
                if (it == manifest.documents.end() || !(it->second == *r.record)) {
                    dirty = true;
                    forget_outputs(key);
                    manifest.documents[key] = std::move(*r.record);
                }
                for (auto& [path, stat] : r.stats) {
                    auto [at, added] = next.outputs.try_emplace(path, stat);
                    if (!added && !(at->second == stat)) at->second = stat, added = true;
                    cache_dirty = cache_dirty || added;
                }
            } else if (manifest.documents.count(key)) {
                dirty = true;
                forget_outputs(key);
                manifest.documents.erase(key);
            }
            manifest_lock.unlock();
            if (r.held_back) summary.held_back += 1;
            if (r.rechecked && r.outcome.unchanged) summary.rechecked += 1;
            if (!r.outcome.built) summary.failed += 1;
            else if (r.outcome.unchanged) summary.unchanged += 1;
            else summary.built += 1;
            reporter.document_done(r.outcome, i, sources.size());
            // While the build runs: so that a killed build keeps what it finished. Writing costs in
            // proportion to the whole manifest, so it is done at most a tenth of the time.
            if (++since_written >= kManifestEvery && dirty && std::chrono::steady_clock::now() - written_at >= interval) {
                const auto start = std::chrono::steady_clock::now();
                write_state();
                since_written = 0;
                written_at = std::chrono::steady_clock::now();
                interval = std::max<std::chrono::steady_clock::duration>(kManifestInterval, 10 * (written_at - start));
            }
        },
        [&] { return options.stop && options.stop->load(); },
        [&](std::size_t done) { reporter.progress(done, sources.size()); });
    summary.interrupted = options.stop && options.stop->load() &&
                          summary.built + summary.unchanged + summary.failed < static_cast<int>(sources.size());
    write_state();
    return summary;
}

}  // namespace raadsstuk::build
