#include "build/manifest.hpp"

#include <nlohmann/json.hpp>

#include "hash/sha256.hpp"

namespace raadsstuk::build {
namespace {

using Json = nlohmann::json;

Json common_json(const CommonInputs& c) {
    Json j = Json::object();
    j["house_style"] = c.house_style;
    j["template_version"] = c.template_version;
    j["templates"] = c.templates;
    j["fonts"] = c.fonts;
    j["hyphenation"] = c.hyphenation;
    j["engine"] = c.engine;
    j["engine_build"] = c.engine_build;
    return j;
}

// Reading: every value checked for its type; a missing or mistyped one makes the whole manifest unreadable.
struct Bad {
    std::string pointer;
};

const Json& member(const Json& j, const std::string& key, const std::string& at) {
    if (!j.is_object()) throw Bad{at};
    const auto it = j.find(key);
    if (it == j.end()) throw Bad{at + "/" + key};
    return *it;
}

std::string string_at(const Json& j, const std::string& key, const std::string& at) {
    const Json& v = member(j, key, at);
    if (!v.is_string()) throw Bad{at + "/" + key};
    return v.get<std::string>();
}

Digest digest_at(const Json& j, const std::string& key, const std::string& at) {
    const Json& v = member(j, key, at);
    if (!v.is_string()) throw Bad{at + "/" + key};
    const auto d = Digest::from_text(v.get_ref<const std::string&>());
    if (!d) throw Bad{at + "/" + key};
    return *d;
}

std::map<std::string, std::string> map_at(const Json& j, const std::string& key, const std::string& at) {
    const Json& v = member(j, key, at);
    if (!v.is_object()) throw Bad{at + "/" + key};
    std::map<std::string, std::string> out;
    for (const auto& [k, value] : v.items()) {
        if (!value.is_string()) throw Bad{at + "/" + key + "/" + diag::pointer_escape(k)};
        out.emplace(k, value.get<std::string>());
    }
    return out;
}

CommonInputs common_from(const Json& in, const std::string& at) {
    CommonInputs c;
    c.house_style = map_at(in, "house_style", at);
    c.template_version = string_at(in, "template_version", at);
    c.templates = map_at(in, "templates", at);
    c.fonts = map_at(in, "fonts", at);
    c.hyphenation = string_at(in, "hyphenation", at);
    c.engine = string_at(in, "engine", at);
    c.engine_build = string_at(in, "engine_build", at);
    return c;
}

// The shared sets of one manifest as read: by id (format 2), or by content (format 1, where every record
// repeats its set), so that equal sets are held once.
struct CommonPool {
    std::map<std::string, std::shared_ptr<const CommonInputs>> by_id;
    std::shared_ptr<const CommonInputs> intern(CommonInputs c) {
        std::string id = c.id();
        auto& slot = by_id[std::move(id)];
        if (!slot) slot = std::make_shared<const CommonInputs>(std::move(c));
        return slot;
    }
};

// A record. Of format 2 its set is named ("common") and `common_id` gets the name, resolved when all are
// read; of format 1 the record holds the whole set.
DocumentRecord record_from(const std::string& key, const Json& j, const std::string& at, CommonPool& pool,
                           std::string& common_id) {
    DocumentRecord r;
    r.source = key;
    r.data_root = string_at(j, "data_root", at);
    r.kind = string_at(j, "kind", at);
    r.fingerprint = digest_at(j, "fingerprint", at);
    const Json& forced = member(j, "forced", at);
    if (!forced.is_boolean()) throw Bad{at + "/forced"};
    r.forced = forced.get<bool>();
    const Json& in = member(j, "inputs", at);
    const std::string in_at = at + "/inputs";
    r.inputs.data = digest_at(in, "data", in_at);
    r.inputs.register_hash = digest_at(in, "register", in_at);
    if (in.is_object() && in.contains("common")) common_id = string_at(in, "common", in_at);
    else r.inputs.common = pool.intern(common_from(in, in_at));
    const Json& outs = member(j, "outputs", at);
    if (!outs.is_array()) throw Bad{at + "/outputs"};
    r.outputs.reserve(outs.size());  // held for every document: no spare capacity
    for (std::size_t i = 0; i < outs.size(); ++i) {
        const std::string o_at = at + "/outputs/" + std::to_string(i);
        OutputRecord o;
        o.path = string_at(outs[i], "path", o_at);
        o.sha256 = digest_at(outs[i], "sha256", o_at);
        const Json& bytes = member(outs[i], "bytes", o_at);
        if (!bytes.is_number_unsigned()) throw Bad{o_at + "/bytes"};
        o.bytes = bytes.get<std::uintmax_t>();
        r.outputs.push_back(std::move(o));
    }
    return r;
}

}  // namespace

const std::shared_ptr<const CommonInputs>& no_common_inputs() {
    static const std::shared_ptr<const CommonInputs> none = std::make_shared<const CommonInputs>();
    return none;
}

std::string CommonInputs::id() const { return hash::sha256_hex(common_json(*this).dump()); }

Digest DocumentInputs::fingerprint() const {
    // Format 1's inputs without the register: the bytes it hashed are kept exactly.
    Json j = common_json(*common);
    j["data"] = data.text();
    return Digest::of(j.dump());
}

std::string manifest_file_name(const std::string& shard_label) {
    return shard_label.empty() ? "raadsstuk-manifest.json" : "raadsstuk-manifest-" + shard_label + ".json";
}

namespace {

Json record_json(const DocumentRecord& r, const std::string& common_id) {
    Json d = Json::object();
    d["data_root"] = r.data_root;
    d["kind"] = r.kind;
    d["fingerprint"] = r.fingerprint.text();
    d["forced"] = r.forced;
    d["inputs"] = Json{{"common", common_id}, {"data", r.inputs.data.text()}, {"register", r.inputs.register_hash.text()}};
    Json outs = Json::array();
    for (const auto& o : r.outputs)
        outs.push_back(Json{{"path", o.path}, {"sha256", o.sha256.text()}, {"bytes", o.bytes}});
    d["outputs"] = std::move(outs);
    return d;
}

// `text` (a dump with indent 2) indented by `by` more spaces after each line break.
void append_indented(std::string& out, const std::string& text, std::size_t by) {
    const std::string pad(by, ' ');
    for (char c : text) {
        out += c;
        if (c == '\n') out += pad;
    }
}

// An object of (key, value) written one member at a time, as nlohmann's dump with indent 2 of the whole
// would write it at depth 1.
template <class Each>
void write_object(std::string& buffer, const std::function<void(std::string_view)>& sink, bool empty, Each each) {
    if (empty) {
        buffer += "{}";
        return;
    }
    buffer += "{";
    bool first = true;
    each([&](const std::string& key, const Json& value) {
        buffer += first ? "\n    " : ",\n    ";
        first = false;
        buffer += Json(key).dump();
        buffer += ": ";
        append_indented(buffer, value.dump(2), 4);
        if (sink && buffer.size() >= 1 << 16) {
            sink(buffer);
            buffer.clear();
        }
    });
    buffer += "\n  }";
}

}  // namespace

std::string manifest_head(const std::map<std::string, const CommonInputs*>& sets) {
    std::string out = "{\n  \"common_inputs\": ";
    write_object(out, nullptr, sets.empty(), [&](const auto& member) {
        for (const auto& [id, c] : sets) member(id, common_json(*c));
    });
    out += ",\n  \"documents\": ";
    return out;
}

std::string manifest_record_text(const DocumentRecord& r, const std::string& common_id) {
    std::string out = Json(r.source).dump();
    out += ": ";
    append_indented(out, record_json(r, common_id).dump(2), 4);
    return out;
}

std::string manifest_tail(const std::string& engine, const std::string& shard) {
    std::string out = ",\n  \"engine\": " + Json(engine).dump();
    out += ",\n  \"format\": " + Json(kManifestFormat).dump();
    if (!shard.empty()) out += ",\n  \"shard\": " + Json(shard).dump();
    out += "\n}\n";
    return out;
}

void write_manifest(const Manifest& m, const std::function<void(std::string_view)>& sink) {
    // The same text as one JSON value dumped with indent 2 and sorted keys ("common_inputs" < "documents" <
    // "engine" < "format" < "shard"), written record by record so that no tree of the whole manifest is built.
    std::map<const CommonInputs*, std::string> ids;  // of the sets the records use
    std::map<std::string, const CommonInputs*> sets;  // by id
    for (const auto& [key, r] : m.documents) {
        auto [it, added] = ids.try_emplace(r.inputs.common.get());
        if (added) {
            it->second = r.inputs.common->id();
            sets.emplace(it->second, r.inputs.common.get());
        }
    }
    std::string out = manifest_head(sets);
    if (m.documents.empty()) out += kNoRecords;
    bool first = true;
    for (const auto& [key, r] : m.documents) {
        out += first ? kFirstRecord : kNextRecord;
        first = false;
        out += manifest_record_text(r, ids.at(r.inputs.common.get()));
        if (out.size() >= 1 << 16) {
            sink(out);
            out.clear();
        }
    }
    if (!first) out += kLastRecord;
    out += manifest_tail(m.engine, m.shard);
    sink(out);
}

std::string manifest_json(const Manifest& m) {
    std::string text;
    write_manifest(m, [&](std::string_view part) { text += part; });
    return text;
}

namespace {

// Input: the text, or a stream of it (nlohmann reads either).
template <class Input>
std::optional<Manifest> parse_manifest_from(Input& text, const std::string& file_name, const std::string& code,
                                            diag::Diagnostics& out) {
    const auto bad = [&](const std::string& pointer, const std::string& why) -> std::optional<Manifest> {
        out.push_back(manifest_unreadable(code, file_name, pointer, why));
        return std::nullopt;
    };
    // Each document's record is converted as soon as it is parsed and dropped from the JSON tree, so that
    // reading a manifest of 10,000 documents never holds the whole tree.
    Manifest m;
    CommonPool pool;  // format 2's sets by their id as read, format 1's by content
    std::vector<std::pair<std::string, std::string>> common_ids;  // (document, set) of records read before their set
    std::optional<Bad> damaged;
    std::string top_key, document_key;
    const Json::parser_callback_t keep = [&](int depth, nlohmann::json::parse_event_t event, Json& parsed) {
        using E = nlohmann::json::parse_event_t;
        if (event == E::key && depth == 1) top_key = parsed.get<std::string>();
        if (event == E::key && depth == 2 && (top_key == "documents" || top_key == "common_inputs"))
            document_key = parsed.get<std::string>();
        if (event == E::object_end && depth == 2 && top_key == "documents" && parsed.is_object()) {
            if (damaged) return false;
            try {
                std::string id;
                auto [it, added] = m.documents.emplace(
                    document_key,
                    record_from(document_key, parsed, "/documents/" + diag::pointer_escape(document_key), pool, id));
                // The sets come before the documents (sorted keys): most records find theirs at once.
                const auto known = id.empty() ? pool.by_id.end() : pool.by_id.find(id);
                if (known != pool.by_id.end()) it->second.inputs.common = known->second;
                else if (!id.empty()) common_ids.emplace_back(document_key, std::move(id));
            } catch (const Bad& b) {
                damaged = b;
            }
            return false;
        }
        if (event == E::object_end && depth == 2 && top_key == "common_inputs" && parsed.is_object()) {
            if (damaged) return false;
            try {
                pool.by_id[document_key] = std::make_shared<const CommonInputs>(
                    common_from(parsed, "/common_inputs/" + diag::pointer_escape(document_key)));
            } catch (const Bad& b) {
                damaged = b;
            }
            return false;
        }
        return true;
    };
    const Json j = Json::parse(text, keep, false);
    if (j.is_discarded()) return bad("", "geen geldige JSON");
    try {
        const std::string format = string_at(j, "format", "");
        if (format != kManifestFormat && format != kManifestFormat1)
            return bad("/format", "onbekend formaat (verwacht \"" + std::string(kManifestFormat) + "\")");
        if (damaged) throw *damaged;
        m.engine = string_at(j, "engine", "");
        if (const auto it = j.find("shard"); it != j.end()) {
            if (!it->is_string()) throw Bad{"/shard"};
            m.shard = it->get<std::string>();
        }
        const Json& docs = member(j, "documents", "");
        if (!docs.is_object()) throw Bad{"/documents"};
        // A value of "documents" that is no object was kept in the tree (only records are dropped).
        for (const auto& [key, d] : docs.items()) {
            std::string id;
            record_from(key, d, "/documents/" + diag::pointer_escape(key), pool, id);
        }
        // What of "common_inputs" was kept in the tree is no set (the sets are dropped as they are read).
        if (const auto it = j.find("common_inputs"); it != j.end()) {
            if (!it->is_object()) throw Bad{"/common_inputs"};
            if (!it->empty()) throw Bad{"/common_inputs/" + diag::pointer_escape(it->begin().key())};
        }
        for (const auto& [key, id] : common_ids) {
            const auto it = pool.by_id.find(id);
            if (it == pool.by_id.end()) throw Bad{"/documents/" + diag::pointer_escape(key) + "/inputs/common"};
            m.documents.at(key).inputs.common = it->second;
        }
        return m;
    } catch (const Bad& b) {
        return bad(b.pointer, "waarde ontbreekt of heeft het verkeerde type");
    }
}

}  // namespace

diag::Diagnostic manifest_unreadable(const std::string& code, const std::string& file_name, const std::string& pointer,
                                     const std::string& why) {
    return diag::make(code, {file_name, pointer, 0, 0}, "manifest kan niet worden gelezen: " + why,
                      code == "RS606" ? "alle documenten worden opnieuw gebouwd en het manifest opnieuw geschreven"
                                      : "een manifest schrijft 'raadsstuk build' zelf in zijn uitvoermap");
}

std::optional<CommonSets> parse_common_sets(std::string_view text) {
    const Json j = Json::parse(text, nullptr, false);
    if (!j.is_object()) return std::nullopt;
    CommonSets sets;
    try {
        for (const auto& [id, c] : j.items())
            sets.emplace(id, std::make_shared<const CommonInputs>(common_from(c, "/common_inputs/" + diag::pointer_escape(id))));
    } catch (const Bad&) {
        return std::nullopt;
    }
    return sets;
}

std::optional<DocumentRecord> parse_manifest_record(const std::string& key, std::string_view text, const CommonSets& sets,
                                                    const std::string& file_name, const std::string& code,
                                                    diag::Diagnostics& out) {
    const std::string at = "/documents/" + diag::pointer_escape(key);
    const Json j = Json::parse(text, nullptr, false);
    if (j.is_discarded()) {
        out.push_back(manifest_unreadable(code, file_name, "", "geen geldige JSON"));
        return std::nullopt;
    }
    try {
        CommonPool pool;  // a record of format 1 brings its own set: not one of this stream's
        std::string id;
        DocumentRecord r = record_from(key, j, at, pool, id);
        if (id.empty()) throw Bad{at + "/inputs/common"};
        const auto it = sets.find(id);
        if (it == sets.end()) throw Bad{at + "/inputs/common"};
        r.inputs.common = it->second;
        return r;
    } catch (const Bad& b) {
        out.push_back(manifest_unreadable(code, file_name, b.pointer, "waarde ontbreekt of heeft het verkeerde type"));
        return std::nullopt;
    }
}

std::optional<Manifest> parse_manifest(const std::string& text, const std::string& file_name, const std::string& code,
                                       diag::Diagnostics& out) {
    return parse_manifest_from(text, file_name, code, out);
}

std::optional<Manifest> parse_manifest(std::istream& in, const std::string& file_name, const std::string& code,
                                       diag::Diagnostics& out) {
    return parse_manifest_from(in, file_name, code, out);
}

}  // namespace raadsstuk::build
