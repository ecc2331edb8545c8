#include "build/manifest_stream.hpp"

#include <nlohmann/json.hpp>

namespace raadsstuk::build {
namespace {

using Json = nlohmann::json;

bool is_space(int c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// The text raadsstuk writes before the shared sets and between them and the records.
constexpr std::string_view kHead = "{\n  \"common_inputs\": ";
constexpr std::string_view kDocuments = ",\n  \"documents\": {";
constexpr std::string_view kEngine = "\n  \"engine\": ";

}  // namespace

std::optional<ManifestReader> ManifestReader::open(const std::filesystem::path& file, std::string file_name,
                                                   std::string code) {
    auto opened = OldFile::open(file);
    if (!opened) return std::nullopt;
    ManifestReader r(std::move(*opened));
    r.file_name_ = std::move(file_name);
    r.code_ = std::move(code);
    // The last members first (they follow the records): this format, the engine and the shard.
    const std::uint64_t size = r.file_.size();
    const std::uint64_t from = size > 4096 ? size - 4096 : 0;
    std::string end;
    if (!r.file_.copy({from, size}, [&](std::string_view part) { end += part; })) return std::nullopt;
    const auto at = end.rfind(kEngine);
    if (at == std::string::npos) return std::nullopt;
    const Json last = Json::parse("{" + end.substr(at + 1), nullptr, false);
    if (!last.is_object() || last.value("format", Json()) != kManifestFormat) return std::nullopt;
    const auto engine = last.find("engine");
    if (engine == last.end() || !engine->is_string()) return std::nullopt;
    r.engine_ = engine->get<std::string>();
    if (const auto shard = last.find("shard"); shard != last.end()) {
        if (!shard->is_string()) return std::nullopt;
        r.shard_ = shard->get<std::string>();
    }
    // Then the shared sets, which come before the records.
    std::string sets;
    if (!r.expect(kHead) || !r.read_object(sets)) return std::nullopt;
    auto parsed = parse_common_sets(sets);
    if (!parsed || !r.expect(kDocuments)) return std::nullopt;
    r.sets_ = std::move(*parsed);
    r.position_ = r.records_begin_ = r.file_.offset();
    return r;
}

bool ManifestReader::expect(std::string_view bytes) {
    for (char c : bytes)
        if (file_.get() != static_cast<unsigned char>(c)) return false;
    return true;
}

void ManifestReader::skip_space() {
    while (is_space(file_.peek())) file_.get();
}

bool ManifestReader::read_string(std::string& raw) {
    if (file_.get() != '"') return false;
    raw = "\"";
    for (;;) {
        const int c = file_.get();
        if (c < 0) return false;
        raw += static_cast<char>(c);
        if (c == '"') return true;
        if (c == '\\') {
            const int escaped = file_.get();
            if (escaped < 0) return false;
            raw += static_cast<char>(escaped);
        }
    }
}

bool ManifestReader::read_object(std::string& text) {
    // Scanned in the file's buffer, a run at a time (a record is a kilobyte or so, read for every
    // document of a no-op build).
    if (file_.peek() != '{') return false;
    text.clear();
    int depth = 0;
    bool in_string = false;
    bool escaped = false;
    for (;;) {
        const std::string_view run = file_.buffered();
        if (run.empty()) return false;
        for (std::size_t i = 0; i < run.size(); ++i) {
            const char c = run[i];
            if (in_string) {
                if (escaped) escaped = false;
                else if (c == '\\') escaped = true;
                else if (c == '"') in_string = false;
            } else if (c == '"') {
                in_string = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                text.append(run.data(), i + 1);
                file_.advance(i + 1);
                return true;
            }
        }
        text.append(run.data(), run.size());
        file_.advance(run.size());
    }
}

void ManifestReader::damaged() {
    done_ = true;
    ahead_.reset();
    damage_.push_back(manifest_unreadable(code_, file_name_, "", "geen geldige JSON"));
}

bool ManifestReader::read_ahead() {
    if (done_) return false;
    skip_space();
    if (file_.peek() == '}') {  // the end of the records
        done_ = true;
        return false;
    }
    if (!first_ && file_.get() != ',') {
        damaged();
        return false;
    }
    first_ = false;
    skip_space();
    Ahead a;
    a.range.begin = file_.offset();
    std::string raw;
    if (!read_string(raw)) {
        damaged();
        return false;
    }
    if (raw.find('\\') == std::string::npos) {
        a.key = raw.substr(1, raw.size() - 2);
    } else {
        const Json key = Json::parse(raw, nullptr, false);
        if (!key.is_string()) {
            damaged();
            return false;
        }
        a.key = key.get<std::string>();
    }
    skip_space();
    if (file_.get() != ':') {
        damaged();
        return false;
    }
    skip_space();
    if (!read_object(a.text)) {
        damaged();
        return false;
    }
    a.range.end = file_.offset();
    if (!last_key_.empty() && !(last_key_ < a.key)) {
        out_of_order_ = true;
        done_ = true;
        return false;
    }
    last_key_ = a.key;
    ahead_ = std::move(a);
    return true;
}

ManifestReader::Taken ManifestReader::read_until(const std::string* key) {
    Taken t;
    while ((ahead_ || read_ahead()) && (!key || ahead_->key <= *key)) {
        diag::Diagnostics found;
        auto record = parse_manifest_record(ahead_->key, ahead_->text, sets_, file_name_, code_, found);
        if (!record) {
            done_ = true;
            ahead_.reset();
            damage_.insert(damage_.end(), found.begin(), found.end());
            return t;
        }
        const ByteRange range = ahead_->range;
        const bool asked = key && ahead_->key == *key;
        ahead_.reset();
        position_ = range.end;
        if (asked) {
            t.record = std::move(record);
            t.own = range;
            return t;
        }
        if (t.passed.empty()) t.passed.begin = range.begin;
        t.passed.end = range.end;
        for (const auto& [id, set] : sets_)  // its set is one of sets_ (a few)
            if (set == record->inputs.common) passed_sets_.insert(id);
    }
    return t;
}

void ManifestReader::seek_records(std::uint64_t offset) {
    file_.seek(offset);
    position_ = offset;
    first_ = offset == records_begin_;
    done_ = false;
    ahead_.reset();
    last_key_.clear();
    damage_.clear();
}

ManifestReader::Taken ManifestReader::take(const std::string& key) { return read_until(&key); }

ByteRange ManifestReader::rest() { return read_until(nullptr).passed; }

ByteRange ManifestReader::skip_rest() {
    ByteRange passed;
    while (ahead_ || read_ahead()) {
        if (passed.empty()) passed.begin = ahead_->range.begin;
        passed.end = position_ = ahead_->range.end;
        ahead_.reset();
    }
    return passed;
}

std::optional<ManifestWriter> ManifestWriter::open(const std::filesystem::path& dir) {
    auto spool = SpoolFile::open(dir);
    if (!spool) return std::nullopt;
    return ManifestWriter(std::move(*spool));
}

void ManifestWriter::record(const DocumentRecord& r) {
    auto [it, added] = ids_.try_emplace(r.inputs.common.get());
    if (added) {
        it->second = r.inputs.common->id();
        used_.emplace(it->second, r.inputs.common);
    }
    spool_.append(records_++ == 0 ? kFirstRecord : kNextRecord);
    spool_.append(manifest_record_text(r, it->second));
}

void ManifestWriter::copy(const OldFile& from, ByteRange records, const std::set<std::string>& their_sets) {
    if (records.empty()) return;
    spool_.append(records_++ == 0 ? kFirstRecord : kNextRecord);
    from.copy(records, [&](std::string_view part) { spool_.append(part); });
    copied_sets_.insert(their_sets.begin(), their_sets.end());
}

bool ManifestWriter::write(const std::function<void(std::string_view)>& sink, const CommonSets& sets,
                           const std::string& engine, const std::string& shard, const OldFile* old, ByteRange tail,
                           const CommonSets* tail_sets) {
    std::map<std::string, const CommonInputs*> named;
    for (const auto& [id, c] : used_) named.emplace(id, c.get());
    for (const auto& id : copied_sets_)
        if (const auto it = sets.find(id); it != sets.end()) named.emplace(id, it->second.get());
    const bool with_tail = old && !tail.empty();
    if (with_tail && tail_sets)
        for (const auto& [id, c] : *tail_sets) named.emplace(id, c.get());
    sink(manifest_head(named));
    bool read = true;
    if (records_ == 0 && !with_tail) {
        sink(kNoRecords);
    } else {
        read = spool_.copy_to(sink);
        if (with_tail) {
            sink(records_ == 0 ? kFirstRecord : kNextRecord);
            read = old->copy(tail, sink) && read;
        }
        sink(kLastRecord);
    }
    sink(manifest_tail(engine, shard));
    return read;
}

bool ManifestWriter::commit(const std::filesystem::path& target, const CommonSets& sets, const std::string& engine,
                            const std::string& shard, diag::Diagnostics& out, const OldFile* old, ByteRange tail,
                            const CommonSets* tail_sets) {
    auto file = AtomicFile::open(target, out);
    if (!file) return false;
    if (!write([&](std::string_view part) { file->append(part); }, sets, engine, shard, old, tail, tail_sets)) {
        out.push_back(diag::make("RS501", {target.generic_string(), "", 0, 0},
                                 "uitvoerbestand kan niet worden geschreven: tijdelijk bestand onleesbaar"));
        return false;  // the AtomicFile removes its temporary
    }
    return file->commit(out);
}

}  // namespace raadsstuk::build
