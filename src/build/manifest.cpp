#include "build/manifest.hpp"

#include <nlohmann/json.hpp>

#include "build/sha256.hpp"

namespace raadsstuk::build {
namespace {

using Json = nlohmann::json;

Json inputs_json(const DocumentInputs& in, bool with_register) {
    Json j = Json::object();
    j["data"] = in.data;
    if (with_register) j["register"] = in.register_hash;
    j["house_style"] = in.house_style;
    j["template_version"] = in.template_version;
    j["templates"] = in.templates;
    j["fonts"] = in.fonts;
    j["hyphenation"] = in.hyphenation;
    j["engine"] = in.engine;
    j["engine_build"] = in.engine_build;
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

DocumentRecord record_from(const std::string& key, const Json& j, const std::string& at) {
    DocumentRecord r;
    r.source = key;
    r.data_root = string_at(j, "data_root", at);
    r.kind = string_at(j, "kind", at);
    r.fingerprint = string_at(j, "fingerprint", at);
    const Json& forced = member(j, "forced", at);
    if (!forced.is_boolean()) throw Bad{at + "/forced"};
    r.forced = forced.get<bool>();
    const Json& in = member(j, "inputs", at);
    const std::string in_at = at + "/inputs";
    r.inputs.data = string_at(in, "data", in_at);
    r.inputs.register_hash = string_at(in, "register", in_at);
    r.inputs.house_style = map_at(in, "house_style", in_at);
    r.inputs.template_version = string_at(in, "template_version", in_at);
    r.inputs.templates = map_at(in, "templates", in_at);
    r.inputs.fonts = map_at(in, "fonts", in_at);
    r.inputs.hyphenation = string_at(in, "hyphenation", in_at);
    r.inputs.engine = string_at(in, "engine", in_at);
    r.inputs.engine_build = string_at(in, "engine_build", in_at);
    const Json& outs = member(j, "outputs", at);
    if (!outs.is_array()) throw Bad{at + "/outputs"};
    for (std::size_t i = 0; i < outs.size(); ++i) {
        const std::string o_at = at + "/outputs/" + std::to_string(i);
        OutputRecord o;
        o.path = string_at(outs[i], "path", o_at);
        o.sha256 = string_at(outs[i], "sha256", o_at);
        const Json& bytes = member(outs[i], "bytes", o_at);
        if (!bytes.is_number_unsigned()) throw Bad{o_at + "/bytes"};
        o.bytes = bytes.get<std::uintmax_t>();
        r.outputs.push_back(std::move(o));
    }
    return r;
}

}  // namespace

std::string DocumentInputs::fingerprint() const { return sha256_hex(inputs_json(*this, false).dump()); }

std::string manifest_file_name(const std::string& shard_label) {
    return shard_label.empty() ? "raadsstuk-manifest.json" : "raadsstuk-manifest-" + shard_label + ".json";
}

namespace {

Json record_json(const DocumentRecord& r) {
    Json d = Json::object();
    d["data_root"] = r.data_root;
    d["kind"] = r.kind;
    d["fingerprint"] = r.fingerprint;
    d["forced"] = r.forced;
    d["inputs"] = inputs_json(r.inputs, true);
    Json outs = Json::array();
    for (const auto& o : r.outputs) outs.push_back(Json{{"path", o.path}, {"sha256", o.sha256}, {"bytes", o.bytes}});
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

}  // namespace

std::string manifest_json(const Manifest& m) {
    // The same text as one JSON value dumped with indent 2 and sorted keys ("documents" < "engine" <
    // "format" < "shard"), written record by record so that no tree of the whole manifest is built.
    std::string out = "{\n  \"documents\": ";
    if (m.documents.empty()) {
        out += "{}";
    } else {
        out += "{";
        bool first = true;
        for (const auto& [key, r] : m.documents) {
            out += first ? "\n    " : ",\n    ";
            first = false;
            out += Json(key).dump();
            out += ": ";
            append_indented(out, record_json(r).dump(2), 4);
        }
        out += "\n  }";
    }
    out += ",\n  \"engine\": " + Json(m.engine).dump();
    out += ",\n  \"format\": " + Json(kManifestFormat).dump();
    if (!m.shard.empty()) out += ",\n  \"shard\": " + Json(m.shard).dump();
    out += "\n}\n";
    return out;
}

std::optional<Manifest> parse_manifest(const std::string& text, const std::string& file_name, const std::string& code,
                                       diag::Diagnostics& out) {
    const auto bad = [&](const std::string& pointer, const std::string& why) {
        out.push_back(diag::make(code, {file_name, pointer, 0, 0}, "manifest kan niet worden gelezen: " + why,
                                 code == "RS606" ? "alle documenten worden opnieuw gebouwd en het manifest opnieuw geschreven"
                                                 : "een manifest schrijft 'raadsstuk build' zelf in zijn uitvoermap"));
        return std::nullopt;
    };
    // Each document's record is converted as soon as it is parsed and dropped from the JSON tree, so that
    // reading a manifest of 10,000 documents never holds the whole tree.
    Manifest m;
    std::optional<Bad> damaged;
    std::string top_key, document_key;
    const Json::parser_callback_t keep = [&](int depth, nlohmann::json::parse_event_t event, Json& parsed) {
        using E = nlohmann::json::parse_event_t;
        if (event == E::key && depth == 1) top_key = parsed.get<std::string>();
        if (event == E::key && depth == 2 && top_key == "documents") document_key = parsed.get<std::string>();
        if (event == E::object_end && depth == 2 && top_key == "documents" && parsed.is_object()) {
            if (damaged) return false;
            try {
                m.documents.emplace(document_key,
                                    record_from(document_key, parsed, "/documents/" + diag::pointer_escape(document_key)));
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
        if (string_at(j, "format", "") != kManifestFormat)
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
        for (const auto& [key, d] : docs.items()) record_from(key, d, "/documents/" + diag::pointer_escape(key));
        return m;
    } catch (const Bad& b) {
        return bad(b.pointer, "waarde ontbreekt of heeft het verkeerde type");
    }
}

}  // namespace raadsstuk::build
