// The manifest: written deterministically with sorted keys and relative paths, read back as written, and a
// damaged one reported with the place of the damage.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "build/manifest.hpp"
#include "diag/diagnostic.hpp"

using namespace raadsstuk::build;

namespace {

Manifest example() {
    Manifest m;
    m.engine = "0.1.0";
    DocumentRecord r;
    r.source = "documenten/2021/x.json";
    r.data_root = "../data";
    r.kind = "raadsinformatiebrief";
    r.inputs.data = std::string(64, 'a');
    r.inputs.register_hash = std::string(64, 'b');
    r.inputs.house_style = {{"gemeenten/voorschoten.json", std::string(64, 'c')}};
    r.inputs.template_version = "1";
    r.inputs.templates = {{"v1/raadsinformatiebrief.md", std::string(64, 'd')}, {"v1/partials/status.md", std::string(64, 'e')}};
    r.inputs.fonts = {{"LiberationSans-Regular.ttf", std::string(64, 'f')}};
    r.inputs.hyphenation = std::string(64, '1');
    r.inputs.engine = "0.1.0";
    r.inputs.engine_build = std::string(64, '4');
    r.fingerprint = r.inputs.fingerprint();
    r.outputs = {{"documenten/2021/x.md", std::string(64, '2'), 1234}, {"documenten/2021/x.pdf", std::string(64, '3'), 56789}};
    m.documents.emplace(r.source, r);
    DocumentRecord other = r;
    other.source = "documenten/2020/a.json";
    m.documents.emplace(other.source, other);
    return m;
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
}

TEST_CASE("a manifest lists documents and keys in sorted order") {
    const std::string text = manifest_json(example());
    CHECK(text.find("\"documenten/2020/a.json\"") < text.find("\"documenten/2021/x.json\""));
    CHECK(text.find("\"data_root\"") < text.find("\"fingerprint\""));
    CHECK(text.find("\"v1/partials/status.md\"") < text.find("\"v1/raadsinformatiebrief.md\""));
    CHECK(text.find("\"format\": \"raadsstuk-manifest/1\"") != std::string::npos);
}

TEST_CASE("the fingerprint follows every output input but not the register") {
    DocumentInputs in = example().documents.begin()->second.inputs;
    const std::string fp = in.fingerprint();
    DocumentInputs reg = in;
    reg.register_hash = std::string(64, '9');
    CHECK(reg.fingerprint() == fp);
    for (auto change : {+[](DocumentInputs& i) { i.data[0] = '0'; }, +[](DocumentInputs& i) { i.engine = "0.2.0"; },
                        +[](DocumentInputs& i) { i.engine_build[0] = '0'; },
                        +[](DocumentInputs& i) { i.templates["v1/raadsinformatiebrief.md"][0] = '0'; },
                        +[](DocumentInputs& i) { i.house_style["gemeenten/logo.png"] = "x"; },
                        +[](DocumentInputs& i) { i.fonts.clear(); }, +[](DocumentInputs& i) { i.hyphenation = ""; }}) {
        DocumentInputs changed = in;
        change(changed);
        CHECK(changed.fingerprint() != fp);
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
