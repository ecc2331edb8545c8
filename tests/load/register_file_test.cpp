// Register files: what the loader reads, what it refuses, and that the schema has the same keys.
#include <set>

#include <nlohmann/json.hpp>

#include "load/load.hpp"
#include "load/register_file.hpp"
#include "support.hpp"

using namespace raadsstuk;
using load_test::formatted;
using nlohmann::json;

namespace {

const char* kRegister = R"({
  "soort": "register",
  "gemeente": "voorschoten",
  "documenten": [
    {"zaaknummer": "Z-21-52738", "documentnummer": "289409", "soort": "raadsinformatiebrief",
     "datum": "2022-03-08", "onderwerp": "Verkenning", "opmerking": "uit de brief van 13 september 2022"},
    {"zaaknummer": "Z/20/0047053/205698", "soort": "raadsvoorstel", "datum": "2020-09-22",
     "onderwerp": "Werk en Inkomen", "afzender": "gemeente Leiden"}
  ]
})";

}  // namespace

TEST_CASE("a register file gives its entries, filed under its gemeente, with where their fields are") {
    diag::Diagnostics ds;
    const auto entries = load::load_register(kRegister, "data/register/voorschoten.json", ds);
    CHECK(formatted(ds).empty());
    REQUIRE(entries);
    REQUIRE(entries->size() == 2);
    const auto& a = entries->at(0);
    CHECK(a.gemeente == "voorschoten");
    CHECK(a.zaaknummer == "Z-21-52738");
    CHECK(a.documentnummer == "289409");
    CHECK(a.kind == "raadsinformatiebrief");
    CHECK(a.date == model::Date{2022, 3, 8});
    CHECK(a.subject == "Verkenning");
    CHECK(a.source_file == "data/register/voorschoten.json");
    CHECK(a.pointer == "/documenten/0");
    CHECK(a.documentnummer_pointer == "/documenten/0/documentnummer");
    CHECK(a.date_pointer == "/documenten/0/datum");
    const auto& b = entries->at(1);
    CHECK(b.documentnummer.empty());
    CHECK(b.documentnummer_pointer.empty());
    CHECK(b.sender == "gemeente Leiden");
}

TEST_CASE("a register file with mistakes is reported like any data file, every mistake") {
    json doc = json::parse(kRegister);
    doc["documenten"][0]["datum"] = "2022-02-30";
    doc["documenten"][1].erase("onderwerp");
    doc["documenten"][1]["soortt"] = "x";
    doc["soort"] = "registers";
    diag::Diagnostics ds;
    CHECK_FALSE(load::load_register(doc.dump(), "r.json", ds));
    CHECK(formatted(ds) == std::vector<std::string>{
        "r.json:/soort: fout RS007: verwacht soort \"register\", gevonden \"registers\"\n"
        "  hint: dit bestand wordt gelezen als register; staat het in de juiste map?",
        "r.json:/documenten/0/datum: fout RS006: \"2022-02-30\" is geen bestaande datum (30 februari 2022 bestaat niet)\n"
        "  hint: februari 2022 heeft 28 dagen",
        "r.json:/documenten/1/soortt: fout RS005: onbekend veld \"soortt\"\n  hint: bedoelt u \"soort\"?",
        "r.json:/documenten/1/onderwerp: fout RS004: verplicht veld \"onderwerp\" ontbreekt"});
}

TEST_CASE("the register schema has exactly the keys the loader accepts") {
    const json schema = json::parse(load_test::slurp("data/schema/register.schema.json"));
    CHECK(schema.at("$schema") == "https://json-schema.org/draft/2020-12/schema");
    CHECK(schema.at("properties").at("soort").at("const") == load::kKindRegister);
    const auto keys = [](const json& object) {
        std::set<std::string> out;
        for (const auto& [k, v] : object.at("properties").items()) out.insert(k);
        return out;
    };
    const auto required = [](const json& object) { return object.at("required").get<std::set<std::string>>(); };
    const json& entry = schema.at("$defs").at("document");
    for (const auto& shape : load::register_shapes()) {
        INFO(shape.path);
        const json& object = shape.path.empty() ? schema : entry;
        std::set<std::string> all(shape.required.begin(), shape.required.end());
        CHECK(required(object) == all);
        all.insert(shape.optional.begin(), shape.optional.end());
        CHECK(keys(object) == all);
        CHECK(object.at("additionalProperties") == false);
    }
    CHECK(load::register_shapes().size() == 2);
    CHECK(schema.at("properties").at("documenten").at("items").at("$ref") == "#/$defs/document");
}

TEST_CASE("a gemeente's zaaknummerpatronen are read, and a malformed one is RS009 with the reason") {
    json g = json::parse(load_test::slurp(load_test::kGemeenteFixture));
    diag::Diagnostics ok;
    const auto loaded = load::load_gemeente(g.dump(), "teststad.json", ok);
    REQUIRE(loaded);
    REQUIRE(loaded->zaaknummer_patterns.size() == 2);
    CHECK(loaded->zaaknummer_patterns[0].text() == "Z-{jj}-{zaak}[/{document}]");

    g["zaaknummerpatronen"] = {"Z-{jj}-{zaak}", "Z-{jaar}-{zaak}"};
    diag::Diagnostics ds;
    CHECK_FALSE(load::load_gemeente(g.dump(), "teststad.json", ds));
    CHECK(formatted(ds) == std::vector<std::string>{
        "teststad.json:/zaaknummerpatronen/1: fout RS009: \"Z-{jaar}-{zaak}\" is geen geldig zaaknummerpatroon: "
        "onbekend deel {jaar}; bekend zijn {jj}, {jjjj}, {zaak} en {document}\n"
        "  hint: bijvoorbeeld \"Z-{jj}-{zaak}[/{document}]\"; zie docs/data.md"});
}
