#include "build/build_job.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <system_error>
#include <thread>

#include "build/batch_list.hpp"
#include "build/build_cache.hpp"
#include "build/build_context.hpp"
#include "build/build_document.hpp"
#include "build/check_job.hpp"
#include "build/data_cache_reader.hpp"
#include "build/digest.hpp"
#include "build/input_hashes.hpp"
#include "build/manifest.hpp"
#include "build/manifest_session.hpp"
#include "build/ordered_pool.hpp"
#include "build/output_file.hpp"
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
    // What the manifest says of it now, its outputs with their stats; nothing: not in the manifest.
    std::optional<DocumentRecord> record;
    PreviousRecord previous;  // what the previous manifest said (its record dropped once compared)
    bool same_record = false;  // `record` is the previous record
    bool same_stats = false;   // and its outputs' stats are too
    bool held_back = false;
    bool abandoned = false;                // stopped before it was done: not reported, not counted
    bool rechecked = false;                // unchanged, but its checks ran again (the register changed)
};

// The stat of each output of `record` when every one is on disk as the manifest recorded it: its size and
// stat match the cache (then it is not read), or else its bytes hash to the recorded SHA-256. Nothing when
// one is missing or differs.
std::optional<std::vector<FileStat>> outputs_intact(const DocumentRecord& record, const fs::path& out_dir,
                                                    std::int64_t cache_written_ns) {
    if (record.outputs.empty()) return std::nullopt;
    std::vector<FileStat> stats;
    for (const auto& o : record.outputs) {
        const fs::path file = out_dir / o.path;
        const auto now = stat_file(file);
        if (!now || now->bytes != o.bytes) return std::nullopt;
        if (!trusted(o, *now, cache_written_ns)) {
            diag::Diagnostics ignored;
            const auto bytes = load::read_file(file, ignored, load::kAnySize);
            if (!bytes || Digest::of(*bytes) != o.sha256) return std::nullopt;
        }
        stats.push_back(*now);
    }
    return stats;
}

class Batch {
public:
    Batch(const BuildOptions& options, const model::Environment& env, BuildSummary& summary)
        : options_(options),
          context_(env, summary.general),
          checks_(
              [this](const fs::path& root, const fs::path& relative, const std::string&, const Digest& sha256) {
                  return cached_lean(root, relative, sha256);
              },
              [this](const fs::path& root, const fs::path& relative, const std::string& bytes, const Digest& sha256,
                     const LeanFile& lean) { loaded(root, relative, bytes, sha256, lean); },
              [this](const fs::path& root) { root_read(root); }),
          hashes_(env, options.engine_version, options.engine_build) {}

    // The previous build's records, which a document's is read from before it is built (it is replaced
    // only after, so each sees the previous build's).
    void set_session(ManifestSession* session) {
        session_ = session;
        cache_written_ns_ = session->cache_written_ns();
    }

    WorkResult work(std::size_t index, const DocumentSource& source) {
        WorkResult r;
        r.outcome.source = source;
        // First, whatever comes after: every document asks for its previous record, in batch order.
        r.previous = session_->previous(index, key_of(source));
        std::string kind;
        // The register first: reading it hashes every data file of the root and finds its facts.
        const Digest register_hash = checks_.checks_digest(source);
        DocumentInputs inputs = inputs_of(source, kind);
        inputs.register_hash = register_hash;
        const Digest fingerprint = inputs.fingerprint();
        const std::optional<DocumentRecord>& old = r.previous.record;
        if (old && !options_.rebuild && old->fingerprint == fingerprint) {
            if (auto stats = outputs_intact(*old, options_.out_dir, cache_written_ns_))
                return unchanged(std::move(r), std::move(inputs), *stats);
        }
        if (stopped()) return abandoned(std::move(r));

        // The checks first. An error they find holds the document back (with everything found about it);
        // otherwise their warnings go before what the build itself reports. The document they load is
        // handed on to the build, which does not parse it again.
        diag::Diagnostics unreadable;  // check() reports it
        const auto text = load::read_file(source.file, unreadable);
        LoadedDocument loaded;
        diag::Diagnostics checked = text ? checks_.check(source, &*text, &loaded) : checks_.check(source);
        diag::Diagnostics findings;
        for (auto& d : checked)
            if (is_check_code(d)) findings.push_back(d);
        if (diag::has_errors(findings) && !options_.force) {
            r.outcome.diagnostics = std::move(checked);
            r.held_back = true;
            r.previous.record.reset();
            return r;
        }
        // Once started, a document is finished even when a stop comes meanwhile: its files are written
        // atomically, so it is complete or absent whenever the process ends.
        GeneratedDocument generated = generate_document(source, options_.out_dir, context_, &loaded);
        write_generated(generated);
        r.outcome = std::move(generated.outcome);
        r.outcome.diagnostics.insert(r.outcome.diagnostics.begin(), findings.begin(), findings.end());
        if (!r.outcome.built) {
            r.previous.record.reset();
            return r;
        }

        DocumentRecord record;
        record.source = key_of(source);
        record.data_root = data_root_name(source.data_root);
        record.kind = kind.empty() ? "raadsinformatiebrief" : kind;
        record.inputs = std::move(inputs);
        record.fingerprint = fingerprint;
        record.forced = diag::has_errors(findings);
        record.outputs.reserve(generated.files.size());  // held for every document: no spare capacity
        for (const auto& [path, bytes] : generated.files)
            record.outputs.push_back({relative_to(path, options_.out_dir), Digest::of(bytes), bytes.size(), stat_file(path)});
        if (old) {
            r.same_record = *old == record;
            r.same_stats = !stats_differ(*old, record) && stat_lines(*old) == r.previous.own_stat_lines;
        }
        r.previous.record.reset();
        r.record = std::move(record);
        return r;
    }

    void collapse(diag::Diagnostics& ds) { context_.collapse_repeated_gemeente_reports(ds, reported_gemeenten_); }

    void read_register(const fs::path& data_root) { checks_.read_register(data_root); }

private:
    bool stopped() const { return options_.stop && options_.stop->load(); }

    // The data files cache of a root while the register reads it: the old one (read line by line as the
    // register asks for its files) and the new one, written line by line.
    struct RootCache {
        std::optional<DataCacheReader> old;
        std::optional<AtomicFile> next;
        bool changed = false;  // a file was not in the old cache, had other bytes, or is gone
        void add(const std::string& relative, const CachedDataFile& f) {
            if (next) next->append(data_cache_line(relative, f));
        }
    };

    // Under mutex_.
    RootCache& root_cache(const fs::path& root) {
        auto [it, added] = root_caches_.try_emplace(root);
        RootCache& rc = it->second;
        if (!added || options_.cache_dir.empty()) return rc;
        const fs::path file = data_cache_file(options_.cache_dir, root);
        diag::Diagnostics ignored;  // a cache that cannot be read or written is no cache
        rc.old.emplace(std::make_unique<std::ifstream>(file, std::ios::binary));
        rc.changed = !rc.old->readable();
        // Shards of one data root may read it at the same time: each writes a temporary of its own, and
        // removes those that killed builds left.
        remove_dead_process_temporaries(file);
        rc.next = AtomicFile::open(file, ignored, process_temporary_path_for(file));
        if (rc.next) rc.next->append(data_cache_header());
        return rc;
    }

    // The lean register's part of a data file whose bytes the cache knows, with its facts; nothing to have
    // it loaded.
    std::optional<LeanFile> cached_lean(const fs::path& root, const fs::path& relative, const Digest& sha256) {
        const std::string rel = relative.lexically_normal().generic_string();
        const std::lock_guard lock(mutex_);
        RootCache& rc = root_cache(root);
        std::optional<CachedDataFile> f = rc.old ? rc.old->take(rel) : std::nullopt;
        if (f && f->sha256 == sha256) {
            rc.add(rel, *f);
            f->lean.facts = std::move(f->facts);
            return std::move(f->lean);
        }
        rc.changed = true;
        return std::nullopt;
    }

    // A data file the register loaded (not in the cache): its line of the next cache.
    void loaded(const fs::path& root, const fs::path& relative, const std::string& bytes, const Digest& sha256,
                const LeanFile& lean) {
        DocumentFacts facts = lean.facts ? *lean.facts : document_facts(bytes);  // a register file has none
        const std::lock_guard lock(mutex_);
        root_cache(root).add(relative.lexically_normal().generic_string(), CachedDataFile{sha256, lean, std::move(facts)});
    }

    // The register of `root` is read: its new cache goes into place when it differs from the old one.
    void root_read(const fs::path& root) {
        const std::lock_guard lock(mutex_);
        const auto it = root_caches_.find(root);
        if (it == root_caches_.end()) return;
        RootCache& rc = it->second;
        if (rc.next && (rc.changed || (rc.old && rc.old->lines_left()))) {
            diag::Diagnostics ignored;  // the cache is an optimisation: a build never fails for it
            rc.next->commit(ignored);
        }
        root_caches_.erase(it);  // the old cache closed; an uncommitted new one removed
    }

    // From what reading the register found of the data file, else by reading it again.
    DocumentInputs inputs_of(const DocumentSource& source, std::string& kind) {
        const auto known = checks_.data_file(source);
        return known ? hashes_.inputs_of(known->sha256, *known->facts, source, kind) : hashes_.inputs_of(source, kind);
    }

    static std::size_t stat_lines(const DocumentRecord& r) {
        return static_cast<std::size_t>(
            std::count_if(r.outputs.begin(), r.outputs.end(), [](const OutputRecord& o) { return o.stat.has_value(); }));
    }

    // Not done: its previous record stays as it was.
    WorkResult abandoned(WorkResult r) {
        r.abandoned = true;
        r.record = std::move(r.previous.record);
        r.same_record = r.same_stats = true;
        return r;
    }

    // Its outputs are those of the manifest, with their stats now. The checks run again only when the data
    // directory changed since (they compare the document with the others), or when it was built with
    // --force and is not now.
    WorkResult unchanged(WorkResult r, DocumentInputs inputs, const std::vector<FileStat>& stats) {
        DocumentRecord record = std::move(*r.previous.record);
        r.previous.record.reset();
        r.same_stats = stat_lines(record) == r.previous.own_stat_lines;
        for (std::size_t i = 0; i < stats.size(); ++i) {
            r.same_stats = r.same_stats && record.outputs[i].stat == stats[i];
            record.outputs[i].stat = stats[i];
        }
        const bool recheck = record.inputs.register_hash != inputs.register_hash || (record.forced && !options_.force);
        std::string data_root = data_root_name(r.outcome.source.data_root);
        r.same_record = record.inputs == inputs && record.data_root == data_root;
        record.inputs = std::move(inputs);
        record.data_root = std::move(data_root);
        if (recheck) {
            diag::Diagnostics checked = checks_.check(r.outcome.source);
            r.rechecked = true;
            diag::Diagnostics findings;
            for (auto& d : checked)
                if (is_check_code(d)) findings.push_back(d);
            if (diag::has_errors(findings) && !options_.force) {
                r.outcome.diagnostics = std::move(checked);
                r.held_back = true;
                return r;
            }
            r.outcome.diagnostics = std::move(findings);
            const bool forced = diag::has_errors(r.outcome.diagnostics);
            r.same_record = r.same_record && record.forced == forced;
            record.forced = forced;
        }
        r.outcome.built = true;
        r.outcome.unchanged = true;
        for (const auto& o : record.outputs) r.outcome.outputs.push_back(options_.out_dir / o.path);
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
    ManifestSession* session_ = nullptr;
    std::int64_t cache_written_ns_ = 0;
    std::mutex mutex_;
    std::map<fs::path, std::string> root_names_;
    std::map<fs::path, RootCache> root_caches_;  // of the roots being read
    std::set<std::string> reported_gemeenten_;  // emitting thread only
};

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
    const std::string shard_label = options.shard && !options.shard->whole() ? options.shard->file_label() : "";
    summary.manifest = options.out_dir / manifest_file_name(shard_label);
    const BatchList sources = [&] {
        std::vector<DocumentSource> found = discover_documents(options.inputs, summary.general);
        if (options.shard && !options.shard->whole())
            std::erase_if(found, [&](const DocumentSource& s) { return !options.shard->holds(s.relative); });
        remove_stale_temporaries(options.out_dir, found, summary.manifest.filename().string());
        return BatchList(found);
    }();
    summary.total = sources.size();

    Batch batch(options, env, summary);
    // The registers first, before the manifest is read: building one holds its entries twice for a moment,
    // and the manifest's records need not be there then (the peak of memory is the lower for it).
    for (const auto& root : sources.roots()) batch.read_register(root);
    const std::string shard_text =
        shard_label.empty() ? "" : std::to_string(options.shard->index) + "/" + std::to_string(options.shard->count);
    // The outputs cache: the stats of the manifest's outputs. Damaged, missing or foreign: none.
    const fs::path cache_file =
        options.cache_dir.empty() ? fs::path() : build_cache_file(options.cache_dir, options.out_dir, shard_label);
    ManifestSession session({summary.manifest, cache_file, options.engine_version, shard_text}, sources.in_key_order(),
                            [&](std::size_t i) { return key_of(sources.at(i)); }, summary.general);
    batch.set_session(&session);

    reporter.begin(sources.size());
    const unsigned jobs = options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    int since_written = 0;
    auto interval = std::chrono::steady_clock::duration(kManifestInterval);
    auto written_at = std::chrono::steady_clock::now() - interval;  // the first time: no waiting
    run_ordered<WorkResult>(
        sources.size(), jobs, [&](std::size_t i) { return batch.work(i, sources.at(i)); },
        [&](std::size_t i, WorkResult& r) {
            session.done(i, key_of(r.outcome.source), r.previous, r.record, r.same_record, r.same_stats);
            if (r.abandoned) return;  // not reported, not counted
            batch.collapse(r.outcome.diagnostics);
            if (r.held_back) summary.held_back += 1;
            if (r.rechecked && r.outcome.unchanged) summary.rechecked += 1;
            if (!r.outcome.built) summary.failed += 1;
            else if (r.outcome.unchanged) summary.unchanged += 1;
            else summary.built += 1;
            reporter.document_done(r.outcome, i, sources.size());
            // While the build runs: so that a killed build keeps what it finished. Writing costs in
            // proportion to the whole manifest, so it is done at most a tenth of the time.
            if (++since_written >= kManifestEvery && session.dirty() &&
                std::chrono::steady_clock::now() - written_at >= interval) {
                const auto start = std::chrono::steady_clock::now();
                session.checkpoint(summary.general);
                since_written = 0;
                written_at = std::chrono::steady_clock::now();
                interval = std::max<std::chrono::steady_clock::duration>(kManifestInterval, 10 * (written_at - start));
            }
        },
        [&] { return options.stop && options.stop->load(); },
        [&](std::size_t done) { reporter.progress(done, sources.size()); });
    summary.interrupted = options.stop && options.stop->load() &&
                          summary.built + summary.unchanged + summary.failed < static_cast<int>(sources.size());
    session.finish(summary.general);
    return summary;
}

}  // namespace raadsstuk::build
