// The view of a raadsvoorstel, shared by its proposal and its ontwerp-raadsbesluit.
#include <catch2/catch.hpp>

#include "render/voorstel_view.hpp"

using namespace raadsstuk;
using render::Value;

namespace {

const Value& at(const Value& v, const std::string& key) {
    const Value* found = v.find(key);
    INFO(key);
    REQUIRE(found);
    return *found;
}

model::ResolvedVoorstel minimal() {
    model::ResolvedVoorstel r;
    r.gemeente.name = "Teststad";
    r.gemeente.college = "het college";
    model::Raadsvoorstel& p = r.voorstel;
    p.source_file = "v.json";
    p.zaaknummer = "Z/20/1";
    p.college_date = {2020, 9, 22};
    p.council_date = {2020, 11, 12};
    p.subject = "Onderwerp";
    p.programme = "6 sociaal domein";
    p.core_message = "Eerste zin met [[bedrag:a]]. Tweede zin <b>vet</b>.";
    p.amounts_cents = {{"a", 6400000}, {"b", 1250050}};
    p.decisions = {{"Kosten van [[bedrag:a]] te dekken uit:", {"[[bedrag:b]] uit de reserve;", "de rest."}, "/beslispunten/0"}};
    p.sections = {{"financien", {"Totaal [[bedrag:a]].", "| Post | Bedrag |\n| --- | ---: |\n| B | [[bedrag:b]] |"}, "/secties/financien"},
                  {"samenvatting", {"Kort."}, "/secties/samenvatting"}};
    r.portfolio_holder = {"G. Wethouder", "Wethouder"};
    r.college = {{"C. Secretaris", "gemeentesecretaris"}, {"A. Eerste", "burgemeester"}};
    r.council = {{"A. Eerste", "voorzitter"}, {"F. Griffier", "griffier"}};
    return r;
}

}  // namespace

TEST_CASE("insert_amounts: placeholders become Dutch amounts, other text stays") {
    const std::map<std::string, long long> amounts{{"a", 6400000}, {"b", 1250050}};
    CHECK(render::insert_amounts("De kosten van [[bedrag:a]] en [[bedrag:b]].", amounts) ==
          "De kosten van € 64.000 en € 12.500,50.");
    CHECK(render::insert_amounts("[[bedrag:c]] [[bedrag:a", amounts) == "[[bedrag:c]] [[bedrag:a");
    CHECK(render::insert_amounts("", amounts).empty());
}

TEST_CASE("voorstel view: dates with and without weekday, people, optional parts as false") {
    const Value v = render::make_voorstel_view(minimal());
    CHECK(at(v, "datum_collegebesluit") == Value("22 september 2020"));
    CHECK(at(v, "datum_collegebesluit_met_dag") == Value("dinsdag 22 september 2020"));
    CHECK(at(v, "datum_raad_met_dag") == Value("donderdag 12 november 2020"));
    CHECK(at(v, "datum_commissie") == Value(false));
    CHECK(at(v, "documentnummer") == Value(false));
    CHECK(at(v, "portefeuillehouder") == Value("Wethouder G. Wethouder"));
    CHECK(at(at(v, "bijlagen"), "aantal") == Value("geen"));
    const auto& raad = at(at(v, "ondertekening_raad"), "personen").as_list();
    REQUIRE(raad.size() == 2);
    CHECK(at(raad[0], "functie") == Value("voorzitter"));
    CHECK(at(raad[1], "naam") == Value("F. Griffier"));
}

TEST_CASE("voorstel view: amounts in every text, sentences on their own line, HTML neutralised") {
    const Value v = render::make_voorstel_view(minimal());
    CHECK(at(v, "kernboodschap") == Value("Eerste zin met € 64.000.\n  Tweede zin \\<b>vet\\</b>."));
    const auto& punten = at(v, "beslispunten").as_list();
    REQUIRE(punten.size() == 1);
    CHECK(at(punten[0], "nummer") == Value("1"));
    CHECK(at(punten[0], "tekst") == Value("Kosten van € 64.000 te dekken uit:"));
    const auto& onderdelen = at(punten[0], "onderdelen").as_list();
    REQUIRE(onderdelen.size() == 2);
    CHECK(at(onderdelen[0], "letter") == Value("a"));
    CHECK(at(onderdelen[0], "tekst") == Value("€ 12.500,50 uit de reserve;"));
    CHECK(at(onderdelen[1], "letter") == Value("b"));
    const Value& secties = at(v, "secties");
    CHECK(at(secties, "financien") ==
          Value("Totaal € 64.000.\n\n| Post | Bedrag |\n| --- | ---: |\n| B | € 12.500,50 |"));
    CHECK(at(secties, "samenvatting") == Value("Kort."));
    for (const char* absent : {"beoogd_effect", "argumenten", "kanttekeningen", "communicatie", "uitvoering", "bijlagen"})
        CHECK(at(secties, absent) == Value(false));
}
