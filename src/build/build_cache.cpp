#include "build/build_cache.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <sstream>
#include <vector>
#include <string_view>

#include <nlohmann/json.hpp>

#include "hash/sha256.hpp"

namespace raadsstuk::build {
namespace {

using Json = nlohmann::json;

std::int64_t ns(const timespec& t) { return static_cast<std::int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec; }

const char* state_name(LeanFile::State s) {
    switch (s) {
        case LeanFile::State::loaded: return "geladen";
        case LeanFile::State::unknown_kind: return "onbekende soort";
        case LeanFile::State::unloadable: break;
    }
    return "niet te laden";
}

Json entry_json(const model::RegisterEntry& e) {
    Json statuses = Json::array();
    for (const auto& s : e.statuses) statuses.push_back(Json::array({s.domain, s.status, s.pointer}));
    // source_file is not kept: it is the file's name, which the register sets when the entry is used.
    return Json::array({e.gemeente, e.zaaknummer, e.documentnummer, e.kind, e.date.year, e.date.month, e.date.day,
                        e.subject, e.sender, e.pointer, e.zaaknummer_pointer, e.documentnummer_pointer, e.date_pointer,
                        std::move(statuses)});
}

// Throws (nlohmann's type errors) on anything but what entry_json writes; the caller drops the cache then.
model::RegisterEntry entry_from(const Json& j) {
    model::RegisterEntry e;
    if (!j.is_array() || j.size() != 14) throw std::runtime_error("entry");
    e.gemeente = j.at(0).get<std::string>();
    e.zaaknummer = j.at(1).get<std::string>();
    e.documentnummer = j.at(2).get<std::string>();
    e.kind = j.at(3).get<std::string>();
    e.date.year = j.at(4).get<int>();
    e.date.month = j.at(5).get<int>();
    e.date.day = j.at(6).get<int>();
    e.subject = j.at(7).get<std::string>();
    e.sender = j.at(8).get<std::string>();
    e.pointer = j.at(9).get<std::string>();
    e.zaaknummer_pointer = j.at(10).get<std::string>();
    e.documentnummer_pointer = j.at(11).get<std::string>();
    e.date_pointer = j.at(12).get<std::string>();
    for (const auto& s : j.at(13)) {
        if (!s.is_array() || s.size() != 3) throw std::runtime_error("status");
        e.statuses.push_back({s.at(0).get<std::string>(), s.at(1).get<std::string>(), s.at(2).get<std::string>()});
    }
    return e;
}

}  // namespace

std::optional<FileStat> stat_file(const std::filesystem::path& file) {
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    return FileStat{static_cast<std::uintmax_t>(st.st_size), ns(st.st_mtim), ns(st.st_ctim),
                    static_cast<std::uint64_t>(st.st_ino)};
}

namespace {

std::string absolute_key(const std::filesystem::path& p) {
    std::error_code ec;
    return std::filesystem::absolute(p.empty() ? std::filesystem::path(".") : p, ec).lexically_normal().generic_string();
}

}  // namespace

std::filesystem::path build_cache_file(const std::filesystem::path& cache_dir, const std::filesystem::path& out_dir,
                                       const std::string& shard_label) {
    const std::string key = absolute_key(out_dir) + "\n" + shard_label;
    return cache_dir / ("build-" + hash::sha256_hex(key).substr(0, 16) + ".cache");
}

std::filesystem::path data_cache_file(const std::filesystem::path& cache_dir, const std::filesystem::path& data_root) {
    return cache_dir / ("data-" + hash::sha256_hex(absolute_key(data_root)).substr(0, 16) + ".cache");
}

bool trusted(const OutputRecord& output, const FileStat& now, std::int64_t written_ns) {
    return output.stat && *output.stat == now && now.mtime_ns < written_ns && now.ctime_ns < written_ns;
}

std::string output_stats_header() { return Json{{"format", kBuildCacheFormat}}.dump() + "\n"; }

std::string output_stats_lines(const std::string& key, const DocumentRecord& record) {
    std::string out;
    for (const auto& o : record.outputs) {
        if (!o.stat) continue;
        const FileStat& s = *o.stat;
        out += Json::array({"uitvoer", key, o.path, s.bytes, s.mtime_ns, s.ctime_ns, s.inode}).dump() + "\n";
    }
    return out;
}

void write_output_stats(const Manifest& manifest, const std::function<void(std::string_view)>& sink) {
    std::string out = output_stats_header();
    for (const auto& [key, r] : manifest.documents) {
        out += output_stats_lines(key, r);
        if (out.size() >= 1 << 16) {
            sink(out);
            out.clear();
        }
    }
    sink(out);
}

std::optional<OutputStatsReader> OutputStatsReader::open(const std::filesystem::path& file) {
    auto opened = OldFile::open(file);
    if (!opened) return std::nullopt;
    OutputStatsReader r(std::move(*opened));
    std::string head;
    r.file_.read_line(head);
    const Json j = Json::parse(head, nullptr, false);
    if (!j.is_object() || j.value("format", "") != kBuildCacheFormat) return std::nullopt;
    r.header_end_ = r.file_.offset();
    return r;
}

bool OutputStatsReader::read_ahead() {
    if (done_) return false;
    Line l;
    l.range.begin = file_.offset();
    std::string text;
    const bool read = file_.read_line(text);
    l.range.end = file_.offset();
    if (!read) {
        done_ = true;
        damaged_ = file_.failed();
        return false;
    }
    try {
        const Json j = Json::parse(text);
        if (!j.is_array() || j.size() != 7 || j.at(0).get<std::string>() != "uitvoer") throw std::runtime_error("line");
        l.key = j.at(1).get<std::string>();
        l.path = j.at(2).get<std::string>();
        l.stat = FileStat{j.at(3).get<std::uintmax_t>(), j.at(4).get<std::int64_t>(), j.at(5).get<std::int64_t>(),
                          j.at(6).get<std::uint64_t>()};
    } catch (const std::exception&) {
        done_ = damaged_ = true;
        return false;
    }
    if (l.key < last_key_) {  // out of order: not this engine's
        done_ = damaged_ = true;
        return false;
    }
    last_key_ = l.key;
    ahead_ = std::move(l);
    return true;
}

OutputStatsReader::Taken OutputStatsReader::read_until(const std::string* key, DocumentRecord* record) {
    Taken t;
    while ((ahead_ || read_ahead()) && (!key || ahead_->key <= *key)) {
        if (key && ahead_->key == *key) {
            ++t.own;
            if (t.own_range.empty()) t.own_range.begin = ahead_->range.begin;
            t.own_range.end = ahead_->range.end;
            if (record)
                for (auto& o : record->outputs)
                    if (o.path == ahead_->path) o.stat = ahead_->stat;
        } else {
            if (t.passed.empty()) t.passed.begin = ahead_->range.begin;
            t.passed.end = ahead_->range.end;
        }
        ahead_.reset();
    }
    return t;
}

OutputStatsReader::Taken OutputStatsReader::take(const std::string& key, DocumentRecord* record) {
    return read_until(&key, record);
}

ByteRange OutputStatsReader::rest() { return read_until(nullptr, nullptr).passed; }

std::string output_stats_text(const Manifest& manifest) {
    std::string text;
    write_output_stats(manifest, [&](std::string_view part) { text += part; });
    return text;
}

bool read_output_stats(std::istream& in, Manifest& manifest) {
    // Each stat is set as its line is read (a list of them first would be the largest thing a no-op build
    // of 10,000 documents holds); a cache that turns out damaged sets none.
    const auto read = [&] {
        std::string line;
        try {
            if (!std::getline(in, line)) return false;
            const Json head = Json::parse(line);
            if (!head.is_object() || head.value("format", "") != kBuildCacheFormat) return false;
            while (std::getline(in, line)) {
                const Json j = Json::parse(line);
                if (!j.is_array() || j.size() != 7 || j.at(0).get<std::string>() != "uitvoer") return false;
                const FileStat s{j.at(3).get<std::uintmax_t>(), j.at(4).get<std::int64_t>(),
                                 j.at(5).get<std::int64_t>(), j.at(6).get<std::uint64_t>()};
                const auto it = manifest.documents.find(j.at(1).get_ref<const std::string&>());
                if (it == manifest.documents.end()) continue;
                const std::string& path = j.at(2).get_ref<const std::string&>();
                for (auto& o : it->second.outputs)
                    if (o.path == path) o.stat = s;
            }
        } catch (const std::exception&) {
            return false;  // a damaged cache is no cache
        }
        return !in.bad();
    };
    if (read()) return true;
    for (auto& [key, r] : manifest.documents)
        for (auto& o : r.outputs) o.stat.reset();
    return false;
}

bool read_output_stats(const std::string& text, Manifest& manifest) {
    std::istringstream in(text);
    return read_output_stats(in, manifest);
}

std::string data_cache_header() { return Json{{"format", kDataCacheFormat}}.dump() + "\n"; }

std::string data_cache_line(const std::string& relative, const CachedDataFile& f) {
    Json entries = Json::array();
    for (const auto& e : f.lean.entries) entries.push_back(entry_json(e));
    const DocumentFacts& d = f.facts;
    Json facts = Json::array({d.soort, d.sjabloonversie ? Json(*d.sjabloonversie) : Json(nullptr), d.sjabloon,
                              d.sjabloon_besluit, d.gemeente});
    return Json::array({"gegevens", relative, f.sha256.text(), state_name(f.lean.state), f.lean.unknown_kind,
                        std::move(entries), std::move(facts)})
               .dump() +
           "\n";
}

bool is_data_cache_header(const std::string& line) {
    try {
        const Json head = Json::parse(line);
        return head.is_object() && head.value("format", "") == kDataCacheFormat;
    } catch (const std::exception&) {
        return false;
    }
}

std::optional<std::pair<std::string, CachedDataFile>> parse_data_cache_line(const std::string& line) {
    try {
        const Json j = Json::parse(line);
        if (!j.is_array() || j.size() != 7 || j.at(0).get<std::string>() != "gegevens") return std::nullopt;
        CachedDataFile f;
        const auto sha = Digest::from_text(j.at(2).get<std::string>());
        if (!sha) return std::nullopt;
        f.sha256 = *sha;
        const std::string state = j.at(3).get<std::string>();
        f.lean.state = state == "geladen"           ? LeanFile::State::loaded
                       : state == "onbekende soort" ? LeanFile::State::unknown_kind
                                                    : LeanFile::State::unloadable;
        f.lean.unknown_kind = j.at(4).get<std::string>();
        for (const auto& e : j.at(5)) f.lean.entries.push_back(entry_from(e));
        const Json& d = j.at(6);
        if (!d.is_array() || d.size() != 5) return std::nullopt;
        f.facts.soort = d.at(0).get<std::string>();
        if (!d.at(1).is_null()) f.facts.sjabloonversie = d.at(1).get<int>();
        f.facts.sjabloon = d.at(2).get<std::string>();
        f.facts.sjabloon_besluit = d.at(3).get<std::string>();
        f.facts.gemeente = d.at(4).get<std::string>();
        return std::make_pair(j.at(1).get<std::string>(), std::move(f));
    } catch (const std::exception&) {
        return std::nullopt;  // a damaged line is no line
    }
}

std::map<std::string, CachedDataFile> parse_data_cache(const std::string& text) {
    std::istringstream in(text);
    std::map<std::string, CachedDataFile> files;
    std::string line;
    if (!std::getline(in, line) || !is_data_cache_header(line)) return {};
    while (std::getline(in, line)) {
        auto f = parse_data_cache_line(line);
        if (!f) return {};  // a damaged cache is no cache
        files[f->first] = std::move(f->second);
    }
    return files;
}

}  // namespace raadsstuk::build
