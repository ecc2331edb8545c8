// The manifest: written deterministically with sorted keys and relative paths, read back as written, and a
// damaged one reported with the place of the damage.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "build/manifest.hpp"
#include "diag/diagnostic.hpp"
#include "hash/sha256.hpp"

using namespace raadsstuk::build;

namespace {

Digest digest(char c) { return *Digest::from_text(std::string(64, c)); }

CommonInputs common_example() {
    CommonInputs c;
    c.house_style = {{"gemeenten/voorschoten.json", std::string(64, 'c')}};
    c.template_version = "1";
    c.templates = {{"v1/raadsinformatiebrief.md", std::string(64, 'd')}, {"v1/partials/status.md", std::string(64, 'e')}};
    c.fonts = {{"LiberationSans-Regular.ttf", std::string(64, 'f')}};
    c.hyphenation = std::string(64, '1');
    c.engine = "0.1.0";
    c.engine_build = std::string(64, '4');
    return c;
}

Manifest example() {
    Manifest m;
    m.engine = "0.1.0";
    DocumentRecord r;
    r.source = "documenten/2021/x.json";
    r.data_root = "../data";
    r.kind = "raadsinformatiebrief";
    r.inputs.data = digest('a');
    r.inputs.register_hash = digest('b');
    r.inputs.common = std::make_shared<const CommonInputs>(common_example());
    r.fingerprint = r.inputs.fingerprint();
    r.outputs = {{"documenten/2021/x.md", digest('2'), 1234, std::nullopt},
                 {"documenten/2021/x.pdf", digest('3'), 56789, std::nullopt}};
    m.documents.emplace(r.source, r);
    DocumentRecord other = r;
    other.source = "documenten/2020/a.json";
    m.documents.emplace(other.source, other);
    return m;
}

// The manifest of example() as format 1 wrote it: every record with all its inputs.
std::string format1_text() {
    using nlohmann::json;
    const Manifest m = example();
    json docs = json::object();
    for (const auto& [key, r] : m.documents) {
        const CommonInputs& c = *r.inputs.common;
        json in = {{"data", r.inputs.data.text()}, {"register", r.inputs.register_hash.text()},
                   {"house_style", c.house_style}, {"template_version", c.template_version},
                   {"templates", c.templates}, {"fonts", c.fonts}, {"hyphenation", c.hyphenation},
                   {"engine", c.engine}, {"engine_build", c.engine_build}};
        json outs = json::array();
        for (const auto& o : r.outputs) outs.push_back({{"path", o.path}, {"sha256", o.sha256.text()}, {"bytes", o.bytes}});
        docs[key] = {{"data_root", r.data_root}, {"kind", r.kind}, {"fingerprint", r.fingerprint.text()},
                     {"forced", r.forced}, {"inputs", in}, {"outputs", outs}};
    }
    return json{{"documents", docs}, {"engine", "0.1.0"}, {"format", "raadsstuk-manifest/1"}}.dump(2) + "\n";
}

}  // namespace

TEST_CASE("a manifest reads back as it was written") {
    const Manifest m = example();
    const std::string text = manifest_json(m);
    raadsstuk::diag::Diagnostics ds;
    const auto back = parse_manifest(text, "uit/raadsstuk-manifest.json", "RS606", ds);
    REQUIRE(back);
    CHECK(ds.empty());
    CHECK(back->engine == "0.1.0");
    CHECK(back->documents == m.documents);
    CHECK(manifest_json(*back) == text);
    // The documents' shared inputs are one object in memory, as in the file.
    CHECK(back->documents.begin()->second.inputs.common == back->documents.rbegin()->second.inputs.common);
}

TEST_CASE("format 2 stores the inputs that documents share once") {
    const std::string text = manifest_json(example());
    const auto j = nlohmann::json::parse(text);
    CHECK(j.at("format") == "raadsstuk-manifest/2");
    REQUIRE(j.at("common_inputs").size() == 1);
    const std::string id = j.at("common_inputs").begin().key();
    CHECK(id == common_example().id());
    CHECK(j.at("common_inputs").at(id).at("templates").contains("v1/partials/status.md"));
    for (const auto& [key, d] : j.at("documents").items()) {
        INFO(key);
        CHECK(d.at("inputs").at("common") == id);
        CHECK(d.at("inputs").at("data") == std::string(64, 'a'));
        CHECK_FALSE(d.at("inputs").contains("templates"));
    }
    // Each font's hash once in the whole file, not once per document.
    CHECK(text.find(std::string(64, 'f')) == text.rfind(std::string(64, 'f')));

    // A set another document does not share is a second entry.
    Manifest m = example();
    CommonInputs v2 = common_example();
    v2.template_version = "2";
    m.documents.at("documenten/2021/x.json").inputs.common = std::make_shared<const CommonInputs>(v2);
    CHECK(nlohmann::json::parse(manifest_json(m)).at("common_inputs").size() == 2);

    // A record naming a set that is not there makes the manifest unreadable.
    std::string broken = text;
    broken.replace(broken.find("\"common\": \"" + id) + 11, 64, std::string(64, '0'));
    raadsstuk::diag::Diagnostics ds;
    CHECK_FALSE(parse_manifest(broken, "m.json", "RS606", ds));
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].location.json_pointer == "/documents/documenten~12020~1a.json/inputs/common");

    // So does a set that is not an object, or one that lacks a member, even when no record names it.
    for (const auto& [replacement, pointer] :
         std::vector<std::pair<std::string, std::string>>{{"5", "/common_inputs/x"}, {"{}", "/common_inputs/x/house_style"}}) {
        nlohmann::json j = nlohmann::json::parse(text);
        j["common_inputs"]["x"] = nlohmann::json::parse(replacement);
        raadsstuk::diag::Diagnostics found;
        CHECK_FALSE(parse_manifest(j.dump(2), "m.json", "RS606", found));
        REQUIRE(found.size() == 1);
        CHECK(found[0].location.json_pointer == pointer);
    }
}

TEST_CASE("a manifest of format 1 is read: its documents stay up to date") {
    raadsstuk::diag::Diagnostics ds;
    const auto back = parse_manifest(format1_text(), "uit/raadsstuk-manifest.json", "RS606", ds);
    REQUIRE(back);
    CHECK(ds.empty());
    CHECK(back->documents == example().documents);
    // Equal sets of format 1's records are held once.
    CHECK(back->documents.begin()->second.inputs.common == back->documents.rbegin()->second.inputs.common);
    // Written again, it is format 2.
    CHECK(manifest_json(*back) == manifest_json(example()));
}

TEST_CASE("the fingerprint is the SHA-256 of format 1's inputs without the register") {
    // An output directory built before format 2 keeps its documents unchanged: the fingerprint is the same.
    const DocumentInputs in = example().documents.begin()->second.inputs;
    const CommonInputs& c = *in.common;
    const nlohmann::json format1 = {{"data", in.data.text()},         {"house_style", c.house_style},
                                    {"template_version", c.template_version}, {"templates", c.templates},
                                    {"fonts", c.fonts},               {"hyphenation", c.hyphenation},
                                    {"engine", c.engine},             {"engine_build", c.engine_build}};
    CHECK(in.fingerprint().text() == raadsstuk::hash::sha256_hex(format1.dump()));
}

TEST_CASE("a manifest lists documents and keys in sorted order") {
    const std::string text = manifest_json(example());
    CHECK(text.find("\"documenten/2020/a.json\"") < text.find("\"documenten/2021/x.json\""));
    CHECK(text.find("\"data_root\"") < text.find("\"fingerprint\""));
    CHECK(text.find("\"v1/partials/status.md\"") < text.find("\"v1/raadsinformatiebrief.md\""));
    CHECK(text.find("\"format\": \"raadsstuk-manifest/2\"") != std::string::npos);
    CHECK(text.find("\"common_inputs\"") < text.find("\"documents\""));
}

TEST_CASE("the fingerprint follows every output input but not the register") {
    DocumentInputs in = example().documents.begin()->second.inputs;
    const Digest fp = in.fingerprint();
    DocumentInputs reg = in;
    reg.register_hash = digest('9');
    CHECK(reg.fingerprint() == fp);
    DocumentInputs data = in;
    data.data = digest('0');
    CHECK(data.fingerprint() != fp);
    for (auto change : {+[](CommonInputs& i) { i.engine = "0.2.0"; }, +[](CommonInputs& i) { i.engine_build[0] = '0'; },
                        +[](CommonInputs& i) { i.templates["v1/raadsinformatiebrief.md"][0] = '0'; },
                        +[](CommonInputs& i) { i.house_style["gemeenten/logo.png"] = "x"; },
                        +[](CommonInputs& i) { i.fonts.clear(); }, +[](CommonInputs& i) { i.hyphenation = ""; }}) {
        CommonInputs changed = *in.common;
        change(changed);
        DocumentInputs other = in;
        other.common = std::make_shared<const CommonInputs>(changed);
        CHECK(other.fingerprint() != fp);
        CHECK_FALSE(other == in);
    }
}

TEST_CASE("a damaged manifest is reported with the place of the damage") {
    raadsstuk::diag::Diagnostics ds;
    CHECK_FALSE(parse_manifest("{niet json", "m.json", "RS606", ds));
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].code == "RS606");
    CHECK(ds[0].message.find("geen geldige JSON") != std::string::npos);

    std::string text = manifest_json(example());
    text.replace(text.find("\"bytes\": 1234"), 13, "\"bytes\": \"veel\"");
    ds.clear();
    CHECK_FALSE(parse_manifest(text, "m.json", "RS607", ds));
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].code == "RS607");
    CHECK(ds[0].location.file == "m.json");
    // The first "bytes" in the text is that of the first document in sorted order.
    CHECK(ds[0].location.json_pointer == "/documents/documenten~12020~1a.json/outputs/0/bytes");

    ds.clear();
    CHECK_FALSE(parse_manifest(R"({"format": "iets anders", "engine": "1", "documents": {}})", "m.json", "RS606", ds));
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].location.json_pointer == "/format");
}

TEST_CASE("a manifest written record by record is the JSON text of the whole, indented two spaces") {
    // The manifest is written without building one JSON tree of it; the bytes must stay those of the format
    // (archives compare manifests), which are nlohmann's dump with indent 2 of the whole value.
    Manifest m = example();
    m.shard = "2/4";
    for (const Manifest& each : {example(), m, Manifest{"0.1.0", "", {}}}) {
        const std::string text = manifest_json(each);
        INFO(text);
        CHECK(text == nlohmann::json::parse(text).dump(2) + "\n");
    }
    CHECK(manifest_json(m).find("\"shard\": \"2/4\"") != std::string::npos);
    CHECK(manifest_json(Manifest{"0.1.0", "", {}}).find("\"documents\": {}") != std::string::npos);
}
