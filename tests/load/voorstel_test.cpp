// The raadsvoorstel loader: what it reads, and the diagnostics of its own rules (amounts and placeholders).
#include <nlohmann/json.hpp>

#include "load/load.hpp"
#include "support.hpp"

using namespace raadsstuk;
using load_test::formatted;
using nlohmann::json;
using Lines = std::vector<std::string>;

namespace {

json fixture() { return json::parse(load_test::slurp(load_test::kVoorstelFixture)); }

Lines errors_of(const json& doc) {
    diag::Diagnostics ds;
    const auto p = load::load_raadsvoorstel(doc.dump(), "v.json", ds);
    CHECK_FALSE(p);
    return formatted(ds);
}

}  // namespace

TEST_CASE("raadsvoorstel: the complete fixture loads with every field") {
    diag::Diagnostics ds;
    const auto p = load::load_raadsvoorstel(load_test::slurp(load_test::kVoorstelFixture), "v.json", ds);
    REQUIRE(p);
    CHECK(formatted(ds).empty());
    CHECK(p->zaaknummer == "Z/20/0047053/205698");
    CHECK(p->college_date.iso() == "2020-09-22");
    REQUIRE(p->committee_date);
    CHECK(p->committee_date->iso() == "2020-10-15");
    CHECK(p->council_date.iso() == "2020-11-12");
    CHECK(p->proposal_kind == "Adviesnota");
    CHECK(p->portfolio_holder.name == "E. Wethouder");
    CHECK(p->portfolio_holder.pointer == "/portefeuillehouder");
    REQUIRE(p->decisions.size() == 2);
    CHECK(p->decisions[1].text == "De kosten van [[bedrag:onderzoek]] te dekken uit:");
    CHECK(p->decisions[1].sub_clauses == std::vector<std::string>{"de concernreserve;", "de algemene reserve."});
    CHECK(p->decisions[1].pointer == "/beslispunten/1");
    CHECK(p->relations.amendement_motie == "Motie 12");
    CHECK(p->amounts_cents.at("onderzoek") == 6400000);
    CHECK(p->amounts_cents.at("frictie") == 1250050);
    REQUIRE(p->sections.size() == 8);
    CHECK(p->sections[0].key == "argumenten");
    CHECK(p->sections[0].pointer == "/secties/argumenten");
    REQUIRE(p->references.size() == 1);
    CHECK(p->references[0].kind == "raadsbesluit");
}

TEST_CASE("raadsvoorstel: defaults for what may be left out") {
    json doc = fixture();
    for (const char* key : {"soort_voorstel", "sjabloon", "sjabloon_besluit", "datum_commissie", "relatie_met"}) doc.erase(key);
    diag::Diagnostics ds;
    const auto p = load::load_raadsvoorstel(doc.dump(), "v.json", ds);
    REQUIRE(p);
    CHECK(p->proposal_kind == "Adviesnota");
    CHECK(p->template_name == "raadsvoorstel");
    CHECK(p->decision_template_name == "raadsbesluit");
    CHECK_FALSE(p->committee_date);
    CHECK(p->relations.agendapunt.empty());
}

TEST_CASE("raadsvoorstel: a placeholder for an amount that is not there is RS015 at its text, with a suggestion") {
    json doc = fixture();
    doc["beslispunten"][1]["onderdelen"][0] = "de reserve van [[bedrag:onderzoeken]];";
    CHECK(errors_of(doc) ==
          Lines{"v.json:/beslispunten/1/onderdelen/0: fout RS015: bedrag \"onderzoeken\" staat niet in \"bedragen\"\n"
                "  hint: bedoelt u \"onderzoek\"? bekende bedragen: \"frictie\" en \"onderzoek\""});
}

TEST_CASE("raadsvoorstel: another [[...]] marker is RS007, amounts with fractions of cents are RS012") {
    json doc = fixture();
    doc["secties"]["samenvatting"][0] = "Zie [[status]].";
    doc["bedragen"]["frictie"] = 12.345;
    CHECK(errors_of(doc) ==
          Lines{"v.json:/bedragen/frictie: fout RS012: bedrag 12.345 heeft meer dan twee decimalen\n"
                "  hint: een bedrag is in euro's met hoogstens centen, zoals 12500.5",
                "v.json:/secties/samenvatting/0: fout RS007: onbekende markering \"[[status]]\"\n"
                "  hint: in een raadsvoorstel bestaat alleen \"[[bedrag:NAAM]]\", met NAAM uit \"bedragen\""});
}

TEST_CASE("raadsvoorstel: bedragen must be an object of numbers with id names") {
    json doc = fixture();
    doc["bedragen"] = json::parse(R"({"Onderzoek": 1, "onderzoek": "veel", "frictie": 2})");
    const Lines errors = errors_of(doc);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].starts_with("v.json:/bedragen/Onderzoek: fout RS009: naam van bedrag \"Onderzoek\" is ongeldig"));
    CHECK(errors[1].starts_with("v.json:/bedragen/onderzoek: fout RS003:"));
}

TEST_CASE("raadsvoorstel: beslispunten and secties samenvatting and beoogd_effect are required") {
    json doc = fixture();
    doc["beslispunten"] = json::array();
    doc["secties"].erase("beoogd_effect");
    const Lines errors = errors_of(doc);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].starts_with("v.json:/beslispunten: fout RS004:"));
    CHECK(errors[1].starts_with("v.json:/secties/beoogd_effect: fout RS004:"));
}
