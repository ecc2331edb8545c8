#include "build/manifest_session.hpp"

#include <fcntl.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>
#include <thread>

#include "build/output_file.hpp"
#include "load/load.hpp"

namespace raadsstuk::build {
namespace fs = std::filesystem;
namespace {

// An output stat recorded in the same clock tick as the cache file's own time is not trusted (it might have
// changed again unseen within the tick), so it would be re-hashed by every build: when there is one (the
// newest stat written is not older than the file), wait a tick and set the cache file's time again.
void settle(const fs::path& cache_file, std::int64_t newest_stat) {
    for (int attempt = 0; attempt < 5; ++attempt) {
        const auto stat = stat_file(cache_file);
        if (!stat || newest_stat < stat->mtime_ns) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        ::utimensat(AT_FDCWD, cache_file.c_str(), nullptr, 0);
    }
}

std::int64_t newest_stat(const DocumentRecord& r) {
    std::int64_t newest = std::numeric_limits<std::int64_t>::min();
    for (const auto& o : r.outputs)
        if (o.stat) newest = std::max({newest, o.stat->mtime_ns, o.stat->ctime_ns});
    return newest;
}

bool has_stats(const DocumentRecord& r) {
    return std::any_of(r.outputs.begin(), r.outputs.end(), [](const OutputRecord& o) { return o.stat.has_value(); });
}

// `range` added to `to`, which it follows in the same file.
void extend(ByteRange& to, ByteRange range) {
    if (range.empty()) return;
    if (to.empty()) to.begin = range.begin;
    to.end = range.end;
}

// A file the build keeps up to date beside the outputs, written whole and atomically.
bool write_whole(const fs::path& file, const std::function<void(const std::function<void(std::string_view)>&)>& produce,
                 diag::Diagnostics& out) {
    auto f = AtomicFile::open(file, out);
    if (!f) return false;
    produce([&](std::string_view part) { f->append(part); });
    return f->commit(out);
}

}  // namespace

bool stats_differ(const DocumentRecord& a, const DocumentRecord& b) {
    if (a.outputs.size() != b.outputs.size()) return true;
    for (std::size_t i = 0; i < a.outputs.size(); ++i)
        if (a.outputs[i].path != b.outputs[i].path || a.outputs[i].stat != b.outputs[i].stat) return true;
    return false;
}

// Streamed: see the header.
struct ManifestSession::Streamed {
    std::optional<ManifestReader> reader;  // nothing: there is no old manifest
    std::optional<ManifestReader> tail;    // the same file, for the records not reached yet at a checkpoint
    bool on_disk = false;                  // a manifest is there
    bool dirty = false;                    // the new manifest differs from it
    std::optional<ManifestWriter> writer;  // once dirty
    bool writer_failed = false;
    ByteRange clean;                       // the old records so far that are unchanged (not yet copied)
    std::set<std::string> clean_sets;      // the sets the unchanged ones that were taken name
    std::map<const CommonInputs*, std::string> ids;
    std::uint64_t emitted_end = 0;         // where the old records of the documents done end
    bool any_record = false;               // the new manifest has one

    std::optional<OutputStatsReader> stats;  // nothing: no old outputs cache (of this format)
    bool cache_on_disk = false;
    bool cache_dirty = false;
    std::optional<SpoolFile> cache_spool;   // the new cache's lines, once dirty
    ByteRange cache_clean;
    std::int64_t newest_stat = std::numeric_limits<std::int64_t>::min();  // of the lines written anew

    const std::string& id_of(const std::shared_ptr<const CommonInputs>& c) {
        auto [it, added] = ids.try_emplace(c.get());
        if (added) it->second = c->id();
        return it->second;
    }
};

struct ManifestSession::Held {
    Manifest manifest;
    bool on_disk = false;
    bool dirty = false;  // the manifest in memory differs from the one read
    bool cache_on_disk = false;
    bool cache_dirty = false;  // the stats in memory differ from the outputs cache read
};

ManifestSession::ManifestSession(SessionFiles files, bool in_key_order, std::function<std::string(std::size_t)> key_at,
                                 diag::Diagnostics& general)
    : files_(std::move(files)), key_at_(std::move(key_at)) {
    std::error_code ec;
    const bool manifest_there = fs::exists(files_.manifest, ec);
    const std::string name = files_.manifest.generic_string();
    if (in_key_order) {
        auto s = std::make_unique<Streamed>();
        s->on_disk = manifest_there;
        if (manifest_there) {
            s->reader = ManifestReader::open(files_.manifest, name);
            s->tail = ManifestReader::open(files_.manifest, name);
        }
        if (!manifest_there || (s->reader && s->tail)) {
            if (s->reader) {
                s->emitted_end = s->reader->position();
                s->dirty = s->reader->engine() != files_.engine || s->reader->shard() != files_.shard;
            } else {
                s->dirty = true;  // nothing on disk: written when it has a record
            }
            if (!files_.cache.empty() && fs::exists(files_.cache, ec)) {
                s->cache_on_disk = true;
                s->stats = OutputStatsReader::open(files_.cache);
                if (s->stats)
                    if (const auto stat = stat_file(files_.cache)) cache_written_ns_ = stat->mtime_ns;
            }
            s->cache_dirty = !s->stats;  // no cache to copy from: every line is written anew
            streamed_ = std::move(s);
            return;
        }
    }
    // Held: the whole manifest read, as before the streamed manifest.
    auto h = std::make_unique<Held>();
    if (manifest_there) {
        diag::Diagnostics read;
        // Parsed from the file as it is read: its text is never held.
        std::ifstream in;
        if (fs::is_regular_file(files_.manifest, ec)) in.open(files_.manifest, std::ios::binary);
        if (in) {
            h->on_disk = true;
            if (auto previous = parse_manifest(in, name, "RS606", read))
                h->manifest = std::move(*previous);
            else
                h->dirty = true;  // rewritten, even when nothing is built
            // A manifest of format 1 is rewritten in format 2 by the next build that changes anything.
        } else {
            load::read_file(files_.manifest, read, load::kAnySize);  // a directory, unreadable: says why (RS001)
        }
        for (auto& d : read) d.severity = diag::Severity::warning;  // the build goes on: it rebuilds
        general.insert(general.end(), read.begin(), read.end());
    }
    // The outputs cache: the stats of the manifest's outputs. Damaged, missing or foreign: none.
    if (!files_.cache.empty() && fs::exists(files_.cache, ec)) {
        std::ifstream in(files_.cache, std::ios::binary);  // a cache that cannot be read is no cache
        if (in) {
            h->cache_on_disk = true;
            if (read_output_stats(in, h->manifest))
                if (const auto stat = stat_file(files_.cache)) cache_written_ns_ = stat->mtime_ns;
        }
    }
    if (h->manifest.engine != files_.engine || h->manifest.shard != files_.shard) h->dirty = h->on_disk || h->dirty;
    h->manifest.engine = files_.engine;
    h->manifest.shard = files_.shard;
    held_ = std::move(h);
}

ManifestSession::~ManifestSession() = default;

bool ManifestSession::streamed() const { return streamed_ != nullptr; }

PreviousRecord ManifestSession::previous(std::size_t index, const std::string& key) {
    std::unique_lock lock(mutex_);
    turn_changed_.wait(lock, [&] { return turn_ == index; });
    ++turn_;
    turn_changed_.notify_all();
    PreviousRecord p;
    if (streamed_ && streamed_->reader) {
        Streamed& s = *streamed_;
        ManifestReader::Taken t = s.reader->take(key);
        if (!s.reader->damage().empty()) {
            // The build goes on without what could not be read, and writes the manifest anew.
            for (auto& d : s.reader->damage()) {
                d.severity = diag::Severity::warning;
                general_pending_.push_back(std::move(d));
            }
            s.reader->damage().clear();
            start_writing();
        }
        if (s.reader->out_of_order()) {
            hold(general_pending_);
        } else {
            p.record = std::move(t.record);
            p.passed = t.passed;
            p.own = t.own;
        }
    }
    if (streamed_ && streamed_->stats) {
        const auto t = streamed_->stats->take(key, p.record ? &*p.record : nullptr);
        p.passed_stats = t.passed;
        p.own_stats = t.own_range;
        p.own_stat_lines = t.own;
    }
    if (held_) {
        const auto it = held_->manifest.documents.find(key);
        if (it != held_->manifest.documents.end()) p.record = it->second;
    }
    return p;
}

void ManifestSession::hold(diag::Diagnostics& warnings) {
    // The old manifest read whole (its records are out of order, so it cannot be walked with the batch).
    Streamed& s = *streamed_;
    auto h = std::make_unique<Held>();
    h->on_disk = true;
    diag::Diagnostics read;
    const auto text = s.reader->file().read_all();
    std::optional<Manifest> old = text ? parse_manifest(*text, files_.manifest.generic_string(), "RS606", read) : std::nullopt;
    if (old) h->manifest = std::move(*old);
    for (auto& d : read) d.severity = diag::Severity::warning;
    warnings.insert(warnings.end(), read.begin(), read.end());
    h->dirty = s.dirty || !old;
    if (s.stats) {
        if (const auto cache = s.stats->file().read_all()) {
            std::istringstream in(*cache);
            read_output_stats(in, h->manifest);
        }
    }
    h->cache_on_disk = s.cache_on_disk;
    h->cache_dirty = true;  // the stats of the documents done so far were not kept
    if (s.dirty && s.writer) {
        // What was written so far replaces the old records of the documents done.
        for (std::size_t i = 0; i < emitted_; ++i) h->manifest.documents.erase(key_at_(i));
        std::string written;
        s.writer->copy(s.reader->file(), s.clean, s.clean_sets);
        s.writer->write([&](std::string_view part) { written += part; }, s.reader->sets(), files_.engine, files_.shard);
        diag::Diagnostics ignored;
        if (auto now = parse_manifest(written, files_.manifest.generic_string(), "RS606", ignored))
            for (auto& [key, r] : now->documents) h->manifest.documents.insert_or_assign(key, std::move(r));
    }
    h->manifest.engine = files_.engine;
    h->manifest.shard = files_.shard;
    held_ = std::move(h);
    streamed_.reset();
}

void ManifestSession::done(std::size_t index, const std::string& key, PreviousRecord& previous,
                           std::optional<DocumentRecord>& now, bool same_record, bool same_stats) {
    const std::lock_guard lock(mutex_);
    emitted_ = index + 1;
    if (held_) {
        Held& h = *held_;
        const auto it = h.manifest.documents.find(key);
        if (now) {
            if (it == h.manifest.documents.end()) {
                h.dirty = true;
                h.cache_dirty = h.cache_dirty || has_stats(*now);
                h.manifest.documents.emplace(key, std::move(*now));
            } else {
                h.dirty = h.dirty || !(it->second == *now);
                h.cache_dirty = h.cache_dirty || stats_differ(it->second, *now);
                it->second = std::move(*now);
            }
        } else if (it != h.manifest.documents.end()) {
            h.dirty = true;
            h.cache_dirty = h.cache_dirty || has_stats(it->second);
            h.manifest.documents.erase(it);
        }
        return;
    }
    Streamed& s = *streamed_;
    // The manifest.
    const bool had = !previous.own.empty();  // an old record (the worker has let go of it)
    const bool unchanged = now ? same_record && had : !had;
    if (!s.dirty && unchanged) {
        extend(s.clean, previous.passed);
        extend(s.clean, previous.own);
        if (now) s.clean_sets.insert(s.id_of(now->inputs.common));
    } else {
        s.dirty = true;
        // The writing starts with the first record to write (a first build's output directory may not be
        // there before).
        if (now || !previous.passed.empty()) start_writing();
        if (s.writer) {
            if (s.reader) s.writer->copy(s.reader->file(), previous.passed, s.reader->passed_sets());
            // An unchanged record is copied as it was, not encoded again.
            if (now && same_record && had && s.reader)
                s.writer->copy(s.reader->file(), previous.own, {s.id_of(now->inputs.common)});
            else if (now)
                s.writer->record(*now);
        }
    }
    s.any_record = s.any_record || now.has_value() || !previous.passed.empty();
    s.emitted_end = std::max({s.emitted_end, previous.passed.end, previous.own.end});
    // The outputs cache.
    const bool stats_unchanged = now ? same_stats : previous.own_stat_lines == 0;
    if (!s.cache_dirty && stats_unchanged) {
        extend(s.cache_clean, previous.passed_stats);
        extend(s.cache_clean, previous.own_stats);
    } else {
        start_cache();
        if (s.cache_spool) {
            if (s.stats) s.stats->file().copy(previous.passed_stats, [&](std::string_view p) { s.cache_spool->append(p); });
            if (now && same_stats && s.stats) {  // its lines as they were
                s.stats->file().copy(previous.own_stats, [&](std::string_view p) { s.cache_spool->append(p); });
            } else if (now) {
                s.cache_spool->append(output_stats_lines(key, *now));
                s.newest_stat = std::max(s.newest_stat, newest_stat(*now));
            }
        }
    }
}

void ManifestSession::start_writing() {
    Streamed& s = *streamed_;
    s.dirty = true;
    if (s.writer || s.writer_failed) return;
    s.writer = ManifestWriter::open(files_.manifest.parent_path());
    if (!s.writer) {
        s.writer_failed = true;  // reported when the manifest is written
        return;
    }
    if (s.reader) {
        std::set<std::string> sets = s.clean_sets;
        sets.insert(s.reader->passed_sets().begin(), s.reader->passed_sets().end());
        s.writer->copy(s.reader->file(), s.clean, sets);
    }
    s.clean = {};
}

void ManifestSession::start_cache() {
    Streamed& s = *streamed_;
    s.cache_dirty = true;
    if (s.cache_spool || files_.cache.empty()) return;
    std::error_code ec;
    fs::create_directories(files_.cache.parent_path(), ec);
    s.cache_spool = SpoolFile::open(files_.cache.parent_path());
    if (!s.cache_spool) return;  // the cache is an optimisation: a build never fails for it
    if (s.stats) s.stats->file().copy(s.cache_clean, [&](std::string_view p) { s.cache_spool->append(p); });
    s.cache_clean = {};
}

bool ManifestSession::dirty() const {
    const std::lock_guard lock(mutex_);
    return held_ ? held_->dirty : streamed_->dirty;
}

void ManifestSession::take_pending(diag::Diagnostics& general) {
    general.insert(general.end(), general_pending_.begin(), general_pending_.end());
    general_pending_.clear();
}

void ManifestSession::write_held(Held& h, diag::Diagnostics& general) {
    // A build that made nothing leaves no manifest behind either (a failed first build writes nothing at
    // all); one that was there is kept up to date.
    if (h.dirty && (!h.manifest.documents.empty() || h.on_disk))
        if (write_whole(files_.manifest, [&](const auto& sink) { write_manifest(h.manifest, sink); }, general))
            h.on_disk = true;
    h.dirty = false;
    if (!files_.cache.empty() && (!h.manifest.documents.empty() || h.cache_on_disk) &&
        (h.cache_dirty || !h.cache_on_disk)) {
        h.cache_dirty = false;
        diag::Diagnostics ignored;  // the cache is an optimisation: a build never fails for it
        std::error_code ec;
        fs::create_directories(files_.cache.parent_path(), ec);
        if (write_whole(files_.cache, [&](const auto& sink) { write_output_stats(h.manifest, sink); }, ignored)) {
            h.cache_on_disk = true;
            std::int64_t newest = std::numeric_limits<std::int64_t>::min();
            for (const auto& [key, r] : h.manifest.documents) newest = std::max(newest, newest_stat(r));
            settle(files_.cache, newest);
        }
    }
}

ManifestSession::Streamed* ManifestSession::begin_write(diag::Diagnostics& general) {
    take_pending(general);
    if (!held_) return &*streamed_;
    write_held(*held_, general);
    return nullptr;
}

void ManifestSession::checkpoint(diag::Diagnostics& general) {
    const std::lock_guard lock(mutex_);
    Streamed* streamed = begin_write(general);
    if (!streamed) return;
    Streamed& s = *streamed;
    if (!s.dirty || !s.writer) return;
    if (!s.any_record && !s.on_disk) return;
    ByteRange rest;
    if (s.tail) {
        s.tail->seek_records(s.emitted_end);
        rest = s.tail->skip_rest();
    }
    const CommonSets none;
    const CommonSets& old_sets = s.reader ? s.reader->sets() : none;
    if (s.writer->commit(files_.manifest, old_sets, files_.engine, files_.shard, general, s.tail ? &s.tail->file() : nullptr,
                         rest, &old_sets))
        s.on_disk = true;
}

void ManifestSession::finish(diag::Diagnostics& general) {
    const std::lock_guard lock(mutex_);
    Streamed* streamed = begin_write(general);
    if (!streamed) return;
    Streamed& s = *streamed;
    // The records after the last document, and their stats, as they were.
    if (s.reader) {
        const ByteRange rest = s.reader->rest();
        if (s.reader->out_of_order()) {  // found after the last document: read whole after all
            hold(general);
            write_held(*held_, general);
            return;
        }
        if (!s.reader->damage().empty()) {
            // What cannot be read after the last document is left out.
            for (auto& d : s.reader->damage()) d.severity = diag::Severity::warning;
            general.insert(general.end(), s.reader->damage().begin(), s.reader->damage().end());
            s.reader->damage().clear();
            start_writing();
        }
        if (!s.dirty) {
            extend(s.clean, rest);
        } else if (!rest.empty()) {
            start_writing();
            if (s.writer) s.writer->copy(s.reader->file(), rest, s.reader->passed_sets());
        }
        s.any_record = s.any_record || !rest.empty();
    }
    if (s.dirty && (s.any_record || s.on_disk)) {
        start_writing();
        if (s.writer) {
            const CommonSets none;
            if (s.writer->commit(files_.manifest, s.reader ? s.reader->sets() : none, files_.engine, files_.shard, general))
                s.on_disk = true;
        } else {
            general.push_back(diag::make("RS501", {files_.manifest.generic_string(), "", 0, 0},
                                         "uitvoerbestand kan niet worden geschreven: geen tijdelijk bestand mogelijk"));
        }
    }
    if (files_.cache.empty()) return;
    if (s.stats) {
        const ByteRange rest = s.stats->rest();
        if (s.stats->damaged()) start_cache();
        if (s.cache_dirty && s.cache_spool)
            s.stats->file().copy(rest, [&](std::string_view p) { s.cache_spool->append(p); });
    }
    if (!(s.any_record || s.cache_on_disk) || !(s.cache_dirty || !s.cache_on_disk)) return;
    start_cache();
    if (!s.cache_spool) return;
    diag::Diagnostics ignored;  // the cache is an optimisation: a build never fails for it
    bool read = true;
    const bool written = write_whole(
        files_.cache,
        [&](const auto& sink) {
            sink(output_stats_header());
            read = s.cache_spool->copy_to(sink);
        },
        ignored);
    if (written && !read) {
        std::error_code ec;
        fs::remove(files_.cache, ec);  // no cache rather than a part of one
    }
    if (written && read) settle(files_.cache, s.newest_stat);
}

}  // namespace raadsstuk::build
