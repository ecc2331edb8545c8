// The JSON Schemas under data/schema/ and the loader accept exactly the same keys, object by object, and the
// same closed lists of values. Both directions are checked: the schema is walked and compared with the
// loader's tables, and the loader is fed a complete document with each key taken away or an unknown one added.
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "load/load.hpp"
#include "load/shapes.hpp"
#include "support.hpp"

using namespace raadsstuk;
using load_test::formatted;
using load_test::slurp;
using nlohmann::json;

namespace {

struct SchemaObject {
    std::set<std::string> required;
    std::set<std::string> all;
    bool closed = false;
};

const json& follow(const json& root, const json& node) {
    const json* n = &node;
    while (n->contains("$ref")) {
        const std::string ref = n->at("$ref").get<std::string>();
        REQUIRE(ref.rfind("#/", 0) == 0);
        n = &root.at(json::json_pointer(ref.substr(1)));
    }
    return *n;
}

// Every object the schema describes, by its path with "*" for array elements.
void walk(const json& root, const json& node, const std::string& path, std::map<std::string, SchemaObject>& out) {
    const json& n = follow(root, node);
    if (n.contains("properties")) {
        SchemaObject o;
        for (const auto& r : n.value("required", json::array())) o.required.insert(r.get<std::string>());
        for (const auto& [key, sub] : n.at("properties").items()) {
            o.all.insert(key);
            walk(root, sub, path + "/" + key, out);
        }
        o.closed = n.contains("additionalProperties") && n.at("additionalProperties") == false;
        out[path] = o;
    }
    if (n.contains("items")) walk(root, n.at("items"), path + "/*", out);
}

std::map<std::string, SchemaObject> schema_objects(const std::string& file) {
    const json schema = json::parse(slurp(file));
    CHECK(schema.at("$schema") == "https://json-schema.org/draft/2020-12/schema");
    std::map<std::string, SchemaObject> out;
    walk(schema, schema, "", out);
    return out;
}

void compare(const std::string& schema_file, std::span<const load::ObjectShape> shapes) {
    const auto objects = schema_objects(schema_file);
    std::set<std::string> loader_paths;
    for (const auto& shape : shapes) {
        const std::string path(shape.path);
        INFO(schema_file << " object at '" << path << "'");
        loader_paths.insert(path);
        REQUIRE(objects.count(path) == 1);
        const SchemaObject& o = objects.at(path);
        const std::set<std::string> required(shape.required.begin(), shape.required.end());
        std::set<std::string> all(required);
        all.insert(shape.optional.begin(), shape.optional.end());
        CHECK(o.required == required);
        CHECK(o.all == all);
        CHECK(o.closed);
    }
    std::set<std::string> schema_paths;
    for (const auto& [path, o] : objects) schema_paths.insert(path);
    CHECK(schema_paths == loader_paths);
}

std::set<std::string> strings(const json& j) {
    std::set<std::string> out;
    for (const auto& s : j) out.insert(s.get<std::string>());
    return out;
}

std::set<std::string> strings(std::span<const std::string_view> v) { return {v.begin(), v.end()}; }

// The concrete pointers of the objects at a shape path ("/functionarissen/*" -> "/functionarissen/0", ...).
void expand(const json& node, std::string_view pattern, const std::string& prefix, std::vector<std::string>& out) {
    if (pattern.empty()) {
        if (node.is_object()) out.push_back(prefix);
        return;
    }
    pattern.remove_prefix(1);
    const std::string_view segment = pattern.substr(0, pattern.find('/'));
    const std::string_view rest = pattern.substr(segment.size());
    if (segment == "*") {
        if (!node.is_array()) return;
        for (std::size_t i = 0; i < node.size(); ++i)
            expand(node.at(i), rest, prefix + "/" + std::to_string(i), out);
    } else if (node.is_object() && node.contains(segment)) {
        expand(node.at(std::string(segment)), rest, prefix + "/" + std::string(segment), out);
    }
}

using Loader = bool (*)(const std::string& text, const std::string& file, diag::Diagnostics&);

bool load_gemeente(const std::string& text, const std::string& file, diag::Diagnostics& ds) {
    return load::load_gemeente(text, file, ds).has_value();
}
bool load_brief(const std::string& text, const std::string& file, diag::Diagnostics& ds) {
    return load::load_raadsinformatiebrief(text, file, ds).has_value();
}
bool load_voorstel(const std::string& text, const std::string& file, diag::Diagnostics& ds) {
    return load::load_raadsvoorstel(text, file, ds).has_value();
}

// Takes each key of each object of the complete fixture away, and adds an unknown one to each object.
void probe_loader(const std::string& fixture, std::span<const load::ObjectShape> shapes, Loader loader) {
    const json full = json::parse(slurp(fixture));
    for (const auto& shape : shapes) {
        std::vector<std::string> objects;
        expand(full, shape.path, "", objects);
        INFO(fixture << " object at '" << shape.path << "'");
        REQUIRE_FALSE(objects.empty());  // the fixture is complete: it has every object...
        for (std::string_view key : shape.required) {
            json doc = full;
            doc.at(json::json_pointer(objects.front())).erase(std::string(key));
            diag::Diagnostics ds;
            CHECK_FALSE(loader(doc.dump(), "f.json", ds));
            REQUIRE(ds.size() == 1);
            CHECK(ds[0].code == "RS004");
            CHECK(ds[0].location.json_pointer == objects.front() + "/" + diag::pointer_escape(std::string(key)));
        }
        for (std::string_view key : shape.optional) {
            // ... and every optional key in at least one of them.
            const auto with_key = std::find_if(objects.begin(), objects.end(), [&](const std::string& p) {
                return full.at(json::json_pointer(p)).contains(key);
            });
            INFO("optional key " << key);
            REQUIRE(with_key != objects.end());
            json doc = full;
            doc.at(json::json_pointer(*with_key)).erase(std::string(key));
            // The [[status]] marker asks for the status block: take both away together.
            if (key == "status" && *with_key == "") doc.at("tekst").erase(3);
            // Without its versie the current house style is version 1, which the earlier one has: take that away too.
            if (key == "versie" && *with_key == "/huisstijl") doc.erase("eerdere_huisstijlen");
            // The amounts are named in texts: take those texts away with them.
            if (key == "bedragen" && *with_key == "") {
                doc.at("beslispunten").erase(1);
                doc.at("secties").erase("financien");
            }
            diag::Diagnostics ds;
            CHECK(loader(doc.dump(), "f.json", ds));
            CHECK(formatted(ds).empty());
        }
        json doc = full;
        doc.at(json::json_pointer(objects.front()))["onbekend_veld"] = 1;
        diag::Diagnostics ds;
        CHECK_FALSE(loader(doc.dump(), "f.json", ds));
        REQUIRE(ds.size() == 1);
        CHECK(ds[0].code == "RS005");
        CHECK(ds[0].location.json_pointer == objects.front() + "/onbekend_veld");
    }
}

}  // namespace

TEST_CASE("the gemeente schema has exactly the keys the loader accepts") {
    compare("data/schema/gemeente.schema.json", load::gemeente_shapes());
    const json schema = json::parse(slurp("data/schema/gemeente.schema.json"));
    CHECK(strings(schema.at("$defs").at("functie").at("enum")) == strings(load::known_functions()));
    CHECK(schema.at("properties").at("soort").at("const") == load::kKindGemeente);
}

TEST_CASE("the raadsinformatiebrief schema has exactly the keys the loader accepts") {
    compare("data/schema/raadsinformatiebrief.schema.json", load::raadsinformatiebrief_shapes());
    const json schema = json::parse(slurp("data/schema/raadsinformatiebrief.schema.json"));
    const json& defs = schema.at("$defs");
    CHECK(strings(defs.at("ondertekenaar").at("properties").at("functie").at("enum")) ==
          strings(load::known_functions()));
    CHECK(strings(defs.at("onderdeel").at("properties").at("status").at("enum")) == strings(load::status_values()));
    CHECK(schema.at("properties").at("soort").at("const") == load::kKindRaadsinformatiebrief);
    // The one rule the key tables cannot say: a verwijzing has a zaaknummer, a documentnummer or both.
    CHECK(defs.at("verwijzing").at("anyOf") ==
          json::parse(R"([{"required": ["zaaknummer"]}, {"required": ["documentnummer"]}])"));
}

TEST_CASE("the loader reports each missing required key and each unknown key of every object") {
    probe_loader(load_test::kGemeenteFixture, load::gemeente_shapes(), load_gemeente);
    probe_loader(load_test::kBriefFixture, load::raadsinformatiebrief_shapes(), load_brief);
    probe_loader(load_test::kVoorstelFixture, load::raadsvoorstel_shapes(), load_voorstel);
}

TEST_CASE("the raadsvoorstel schema has exactly the keys the loader accepts") {
    compare("data/schema/raadsvoorstel.schema.json", load::raadsvoorstel_shapes());
    const json schema = json::parse(slurp("data/schema/raadsvoorstel.schema.json"));
    CHECK(schema.at("properties").at("soort").at("const") == load::kKindRaadsvoorstel);
    // bedragen: names as ids, numbers as values (the key tables know no free keys).
    CHECK(schema.at("properties").at("bedragen").at("additionalProperties") == json::parse(R"({"type": "number"})"));
    // The same verwijzing as in a letter.
    const json brief = json::parse(slurp("data/schema/raadsinformatiebrief.schema.json"));
    CHECK(schema.at("$defs").at("verwijzing") == brief.at("$defs").at("verwijzing"));
}
