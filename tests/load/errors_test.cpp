// Every kind of mistake in a data file gives the exact diagnostic a user sees: file, JSON pointer, code,
// Dutch message and hint.
#include <nlohmann/json.hpp>

#include "load/load.hpp"
#include "support.hpp"

using namespace raadsstuk;
using load_test::formatted;
using nlohmann::json;
using Lines = std::vector<std::string>;

namespace {

const json kBrief = json::parse(R"({
  "soort": "raadsinformatiebrief", "gemeente": "teststad", "zaaknummer": "Z-1", "datum": "2021-05-21",
  "onderwerp": "O", "tekst": ["T"], "ondertekening": [{"functie": "burgemeester"}]
})");

const json kGemeente = json::parse(R"({
  "soort": "gemeente", "id": "teststad", "naam": "Teststad", "adres": ["Raadhuisplein 1"], "college": "het college",
  "functionarissen": [{"naam": "A", "functie": "burgemeester", "van": "2021-01-01"}],
  "huisstijl": {
    "lettertype": {"regulier": "a.ttf", "vet": "b.ttf", "cursief": "c.ttf", "vetcursief": "d.TTF"},
    "grootte": {"tekst": 10, "kop": 12, "klein": 8}, "regelafstand": 1.3,
    "marges": {"boven": 25, "onder": 25, "links": 25, "rechts": 20},
    "kleuren": {"tekst": "#000000", "primair": "#00436e", "accent": "#AABBCC"}, "briefhoofd": ["Gemeente Teststad"]
  }
})");

// A copy of doc with the value at pointer set (test input is built here, not read).
json with(json doc, const std::string& pointer, json value) {
    doc[json::json_pointer(pointer)] = std::move(value);
    return doc;
}

json without(json doc, const std::string& pointer) {
    const json::json_pointer p(pointer);
    doc.at(p.parent_pointer()).erase(p.back());
    return doc;
}

Lines brief_text_errors(const std::string& text, const std::string& file = "x.json") {
    diag::Diagnostics ds;
    const auto b = load::load_raadsinformatiebrief(text, file, ds);
    CHECK(b.has_value() == ds.empty());
    return formatted(ds);
}
Lines brief_errors(const json& doc) { return brief_text_errors(doc.dump(2)); }

Lines gemeente_errors(const json& doc, const std::string& file = "g.json") {
    diag::Diagnostics ds;
    const auto g = load::load_gemeente(doc.dump(2), file, ds);
    CHECK(g.has_value() == ds.empty());
    return formatted(ds);
}

}  // namespace

TEST_CASE("the minimal documents used below are valid") {
    CHECK(brief_errors(kBrief).empty());
    CHECK(gemeente_errors(kGemeente).empty());
}

TEST_CASE("RS003: a value of the wrong JSON type") {
    CHECK(brief_errors(with(kBrief, "/onderwerp", 12)) ==
          Lines{"x.json:/onderwerp: fout RS003: verwacht tekst (string), gevonden getal"});
    CHECK(brief_errors(with(kBrief, "/tekst", "Eerste alinea.")) ==
          Lines{"x.json:/tekst: fout RS003: verwacht lijst (array), gevonden tekst\n"
                "  hint: zet de tekst in een lijst: [\"...\"]"});
    CHECK(brief_errors(with(kBrief, "/tekst/1", true)) ==
          Lines{"x.json:/tekst/1: fout RS003: verwacht tekst (string), gevonden waar/onwaar"});
    CHECK(brief_errors(with(kBrief, "/datum", 20210521)) ==
          Lines{"x.json:/datum: fout RS003: verwacht datum (tekst JJJJ-MM-DD), gevonden getal"});
    CHECK(brief_errors(with(kBrief, "/ondertekening/0", "burgemeester")) ==
          Lines{"x.json:/ondertekening/0: fout RS003: verwacht object, gevonden tekst"});
    CHECK(brief_errors(with(kBrief, "/status", nullptr)) ==
          Lines{"x.json:/status: fout RS003: verwacht object, gevonden null"});
    CHECK(brief_errors(with(kBrief, "/$schema", 5)) ==
          Lines{"x.json:/$schema: fout RS003: verwacht tekst (string), gevonden getal"});
    CHECK(brief_text_errors("[1, 2]") == Lines{"x.json: fout RS003: verwacht object, gevonden lijst"});
    CHECK(gemeente_errors(with(kGemeente, "/huisstijl/grootte/tekst", "10")) ==
          Lines{"g.json:/huisstijl/grootte/tekst: fout RS003: verwacht getal (number), gevonden tekst\n"
                "  hint: schrijf een getal zonder aanhalingstekens, met een punt als decimaalteken: 10.5"});
}

TEST_CASE("RS004: a required field is missing") {
    CHECK(brief_errors(without(kBrief, "/datum")) ==
          Lines{"x.json:/datum: fout RS004: verplicht veld \"datum\" ontbreekt"});
    CHECK(brief_errors(without(kBrief, "/ondertekening/0/functie")) ==
          Lines{"x.json:/ondertekening/0/functie: fout RS004: verplicht veld \"functie\" ontbreekt"});
    CHECK(gemeente_errors(without(kGemeente, "/huisstijl/kleuren/accent")) ==
          Lines{"g.json:/huisstijl/kleuren/accent: fout RS004: verplicht veld \"accent\" ontbreekt"});
    CHECK(brief_errors(with(kBrief, "/ondertekening", json::array())) ==
          Lines{"x.json:/ondertekening: fout RS004: lege lijst; verwacht ten minste één ondertekenaar"});
    CHECK(brief_errors(with(kBrief, "/verwijzingen", json::parse(R"([{"soort": "raadsvoorstel"}])"))) ==
          Lines{"x.json:/verwijzingen/0: fout RS004: verwijzing zonder \"zaaknummer\" en zonder \"documentnummer\"\n"
                "  hint: geef ten minste één van beide, zoals \"zaaknummer\": \"Z-21-52738\""});
}

TEST_CASE("RS005: an unknown field, with a suggestion when one is close") {
    CHECK(brief_errors(with(kBrief, "/ondertekeningen", json::array())) ==
          Lines{"x.json:/ondertekeningen: fout RS005: onbekend veld \"ondertekeningen\"\n"
                "  hint: bedoelt u \"ondertekening\"?"});
    CHECK(brief_errors(with(without(kBrief, "/onderwerp"), "/onderwrp", "O")) ==
          Lines{"x.json:/onderwrp: fout RS005: onbekend veld \"onderwrp\"\n  hint: bedoelt u \"onderwerp\"?",
                "x.json:/onderwerp: fout RS004: verplicht veld \"onderwerp\" ontbreekt"});
    CHECK(brief_errors(with(kBrief, "/Datum", "2021-05-21")) ==
          Lines{"x.json:/Datum: fout RS005: onbekend veld \"Datum\"\n  hint: bedoelt u \"datum\"?"});
    CHECK(brief_errors(with(kBrief, "/ondertekening/0/kleur", "blauw")) ==
          Lines{"x.json:/ondertekening/0/kleur: fout RS005: onbekend veld \"kleur\"\n"
                "  hint: toegestane velden hier: \"functie\" en \"naam\""});
    CHECK(brief_errors(with(kBrief, "/a~1b", 1)) ==
          Lines{"x.json:/a~1b: fout RS005: onbekend veld \"a/b\"\n"
                "  hint: toegestane velden hier: \"$schema\", \"aanhef\", \"bijlagen\", \"datum\", \"documentnummer\", "
                "\"gemeente\", \"huisstijlversie\", \"ondertekening\", \"onderwerp\", \"opmerking\", \"sjabloon\", "
                "\"sjabloonversie\", \"soort\", \"status\", \"tekst\", \"verwijzingen\", \"verzonden\" en "
                "\"zaaknummer\""});
}

TEST_CASE("RS006: dates that do not exist or are not written as JJJJ-MM-DD") {
    CHECK(brief_errors(with(kBrief, "/datum", "2020-09-31")) ==
          Lines{"x.json:/datum: fout RS006: \"2020-09-31\" is geen bestaande datum (31 september 2020 bestaat niet)\n"
                "  hint: september heeft 30 dagen"});
    CHECK(brief_errors(with(kBrief, "/datum", "2021-02-29")) ==
          Lines{"x.json:/datum: fout RS006: \"2021-02-29\" is geen bestaande datum (29 februari 2021 bestaat niet)\n"
                "  hint: februari 2021 heeft 28 dagen"});
    CHECK(brief_errors(with(kBrief, "/verzonden", "2021-13-01")) ==
          Lines{"x.json:/verzonden: fout RS006: \"2021-13-01\" is geen bestaande datum (maand 13 bestaat niet)\n"
                "  hint: de maand staat in het midden (JJJJ-MM-DD) en loopt van 01 tot en met 12"});
    CHECK(brief_errors(with(kBrief, "/datum", "2021-05-00")) ==
          Lines{"x.json:/datum: fout RS006: \"2021-05-00\" is geen bestaande datum (dag 0 bestaat niet)"});
    CHECK(brief_errors(with(kBrief, "/datum", "21-05-2021")) ==
          Lines{"x.json:/datum: fout RS006: \"21-05-2021\" is geen datum in de vorm JJJJ-MM-DD\n"
                "  hint: bedoelt u \"2021-05-21\"? Een datum schrijft u als jaar-maand-dag"});
    CHECK(brief_errors(with(kBrief, "/datum", "21 mei 2021")) ==
          Lines{"x.json:/datum: fout RS006: \"21 mei 2021\" is geen datum in de vorm JJJJ-MM-DD\n"
                "  hint: schrijf een datum als jaar-maand-dag, zoals \"2021-05-21\""});
    CHECK(gemeente_errors(with(kGemeente, "/functionarissen/0/tot", "2100-02-29")) ==
          Lines{"g.json:/functionarissen/0/tot: fout RS006: \"2100-02-29\" is geen bestaande datum "
                "(29 februari 2100 bestaat niet)\n  hint: februari 2100 heeft 28 dagen"});
    CHECK(brief_errors(with(kBrief, "/datum", "2020-02-29")).empty());
}

TEST_CASE("RS007: a value that is not one of the allowed ones") {
    CHECK(brief_errors(with(kBrief, "/ondertekening/0/functie", "Burgemeester")) ==
          Lines{"x.json:/ondertekening/0/functie: fout RS007: onbekende functie \"Burgemeester\"\n"
                "  hint: bedoelt u \"burgemeester\"? toegestaan: \"burgemeester\", \"loco-burgemeester\", "
                "\"gemeentesecretaris\", \"loco-gemeentesecretaris\", \"griffier\", \"plaatsvervangend griffier\" en "
                "\"wethouder\""});
    CHECK(gemeente_errors(with(kGemeente, "/functionarissen/0/functie", "secretaris")) ==
          Lines{"g.json:/functionarissen/0/functie: fout RS007: onbekende functie \"secretaris\"\n"
                "  hint: toegestaan: \"burgemeester\", \"loco-burgemeester\", \"gemeentesecretaris\", "
                "\"loco-gemeentesecretaris\", \"griffier\", \"plaatsvervangend griffier\" en \"wethouder\""});
    const json status = json::parse(R"({"programma": "P", "onderdelen": [{"onderdeel": "Wmo", "status": "in onderzoek "}]})");
    CHECK(brief_errors(with(kBrief, "/status", status)) ==
          Lines{"x.json:/status/onderdelen/0/status: fout RS007: onbekende status \"in onderzoek \"\n"
                "  hint: bedoelt u \"in onderzoek\"? toegestaan: \"besloten\", \"in onderzoek\", \"stilgelegd\", "
                "\"gepland\" en \"afgerond\""});
    CHECK(brief_errors(with(kBrief, "/soort", "gemeente")) ==
          Lines{"x.json:/soort: fout RS007: verwacht soort \"raadsinformatiebrief\", gevonden \"gemeente\"\n"
                "  hint: dit bestand wordt gelezen als raadsinformatiebrief; staat het in de juiste map?"});
    CHECK(brief_errors(with(kBrief, "/tekst", json::array({"[[Status]]"}))) ==
          Lines{"x.json:/tekst/0: fout RS007: onbekende markering \"[[Status]]\"\n"
                "  hint: de enige markering is \"[[status]]\" (kleine letters)"});
}

TEST_CASE("RS009: empty or malformed text") {
    CHECK(brief_errors(with(kBrief, "/onderwerp", "  ")) ==
          Lines{"x.json:/onderwerp: fout RS009: lege tekst\n"
                "  hint: vul de tekst in, of laat een veld dat niet verplicht is weg"});
    CHECK(gemeente_errors(with(kGemeente, "/huisstijl/kleuren/primair", "#12345")) ==
          Lines{"g.json:/huisstijl/kleuren/primair: fout RS009: \"#12345\" is geen kleur in de vorm #rrggbb\n"
                "  hint: een # gevolgd door zes hexadecimale cijfers (0-9, a-f), zoals \"#1f3a5f\""});
    CHECK(gemeente_errors(with(kGemeente, "/huisstijl/kleuren/tekst", "zwart")) ==
          Lines{"g.json:/huisstijl/kleuren/tekst: fout RS009: \"zwart\" is geen kleur in de vorm #rrggbb\n"
                "  hint: een # gevolgd door zes hexadecimale cijfers (0-9, a-f), zoals \"#1f3a5f\""});
    CHECK(gemeente_errors(with(kGemeente, "/huisstijl/kleuren/accent", "#00436g")).size() == 1);
    CHECK(brief_errors(with(kBrief, "/gemeente", "Voor Schoten")) ==
          Lines{"x.json:/gemeente: fout RS009: \"Voor Schoten\" is geen geldige naam voor \"gemeente\"\n"
                "  hint: alleen kleine letters, cijfers en koppeltekens, zoals \"voorschoten\""});
    CHECK(brief_errors(with(kBrief, "/gemeente", "../geheim")).size() == 1);
    CHECK(gemeente_errors(with(kGemeente, "/huisstijl/lettertype/vet", "LiberationSans-Bold")) ==
          Lines{"g.json:/huisstijl/lettertype/vet: fout RS009: \"LiberationSans-Bold\" is geen .ttf-bestand\n"
                "  hint: geef de bestandsnaam met .ttf, zoals \"LiberationSans-Bold.ttf\""});
    CHECK(gemeente_errors(with(kGemeente, "/huisstijl/logo", "logo.svg")) ==
          Lines{"g.json:/huisstijl/logo: fout RS009: \"logo.svg\" is geen .png-bestand\n"
                "  hint: geef de bestandsnaam met .png, zoals \"logo-voorschoten.png\""});
}

TEST_CASE("the status marker stands alone, once, and needs a status block") {
    const json status = json::parse(R"({"programma": "P", "onderdelen": [{"onderdeel": "Wmo", "status": "besloten"}]})");
    CHECK(brief_errors(with(kBrief, "/tekst", json::array({"A", "[[status]]"}))) ==
          Lines{"x.json:/status: fout RS004: verplicht veld \"status\" ontbreekt: de tekst vraagt het statusblok in "
                "/tekst/1"});
    CHECK(brief_errors(with(with(kBrief, "/tekst", json::array({"[[status]]", "B", "[[status]]"})), "/status",
                            status)) ==
          Lines{"x.json:/tekst/2: fout RS009: de markering \"[[status]]\" staat al in /tekst/0\n"
                "  hint: het statusblok staat maar op één plaats"});
    CHECK(brief_errors(with(with(kBrief, "/tekst", json::array({"[[status]] "})), "/status", status)) ==
          Lines{"x.json:/tekst/0: fout RS009: de markering \"[[status]]\" moet een blok op zichzelf zijn, zonder "
                "spaties eromheen"});
    // A status block without a marker is the template's to place.
    CHECK(brief_errors(with(kBrief, "/status", status)).empty());
}

TEST_CASE("RS010: a period in office that ends before it starts") {
    CHECK(gemeente_errors(with(kGemeente, "/functionarissen/0/tot", "2020-12-31")) ==
          Lines{"g.json:/functionarissen/0/tot: fout RS010: de ambtsperiode eindigt (tot 2020-12-31) voordat die "
                "begint (van 2021-01-01)\n  hint: \"tot\" is de laatste dag in functie; verwisselde u \"van\" en \"tot\"?"});
    CHECK(gemeente_errors(with(kGemeente, "/functionarissen/0/tot", "2021-01-01")).empty());  // one day in office
}

TEST_CASE("RS012: numbers outside their range") {
    CHECK(gemeente_errors(with(kGemeente, "/huisstijl/regelafstand", 0.5)) ==
          Lines{"g.json:/huisstijl/regelafstand: fout RS012: 0.5 ligt buiten het toegestane bereik (1 tot en met 3)"});
    CHECK(gemeente_errors(with(kGemeente, "/huisstijl/marges/links", -5)) ==
          Lines{"g.json:/huisstijl/marges/links: fout RS012: -5 ligt buiten het toegestane bereik (0 tot en met 100)"});
    CHECK(gemeente_errors(with(kGemeente, "/huisstijl/grootte/tekst", 100)) ==
          Lines{"g.json:/huisstijl/grootte/tekst: fout RS012: 100 ligt buiten het toegestane bereik (6 tot en met 24)"});
}

TEST_CASE("RS013: the id of a gemeente is the name of its file") {
    CHECK(gemeente_errors(kGemeente, "data/gemeenten/voorschoten.json") ==
          Lines{"data/gemeenten/voorschoten.json:/id: fout RS013: id \"teststad\" past niet bij de bestandsnaam "
                "\"voorschoten.json\"\n  hint: documenten vinden hun gemeente als gemeenten/<id>.json: noem het "
                "bestand \"teststad.json\" of maak de id \"voorschoten\""});
    CHECK(gemeente_errors(kGemeente, "data/gemeenten/teststad.json").empty());
}

TEST_CASE("all errors of a file are reported, not only the first") {
    json doc = with(kBrief, "/onderwerp", 12);
    doc = with(doc, "/datum", "2021-02-29");
    doc = with(doc, "/ondertekening/1", json::parse(R"({"functie": "secretaris", "naam": ""})"));
    doc = with(doc, "/bijlage", json::array());
    doc = without(doc, "/zaaknummer");
    CHECK(brief_errors(doc) ==
          Lines{"x.json:/bijlage: fout RS005: onbekend veld \"bijlage\"\n  hint: bedoelt u \"bijlagen\"?",
                "x.json:/zaaknummer: fout RS004: verplicht veld \"zaaknummer\" ontbreekt",
                "x.json:/datum: fout RS006: \"2021-02-29\" is geen bestaande datum (29 februari 2021 bestaat niet)\n"
                "  hint: februari 2021 heeft 28 dagen",
                "x.json:/onderwerp: fout RS003: verwacht tekst (string), gevonden getal",
                "x.json:/ondertekening/1/functie: fout RS007: onbekende functie \"secretaris\"\n"
                "  hint: toegestaan: \"burgemeester\", \"loco-burgemeester\", \"gemeentesecretaris\", "
                "\"loco-gemeentesecretaris\", \"griffier\", \"plaatsvervangend griffier\" en \"wethouder\"",
                "x.json:/ondertekening/1/naam: fout RS009: lege tekst\n"
                "  hint: vul de tekst in, of laat een veld dat niet verplicht is weg"});

    json g = with(kGemeente, "/functionarissen/1", json::parse(R"({"naam": "B", "functie": "griffier",
                                                                     "van": "2020-09-31", "tot": "2019-01-01"})"));
    g = with(g, "/huisstijl/kleuren/accent", "#abc");
    g = without(g, "/huisstijl/grootte/kop");
    CHECK(gemeente_errors(g) ==
          Lines{"g.json:/functionarissen/1/van: fout RS006: \"2020-09-31\" is geen bestaande datum "
                "(31 september 2020 bestaat niet)\n  hint: september heeft 30 dagen",
                "g.json:/huisstijl/grootte/kop: fout RS004: verplicht veld \"kop\" ontbreekt",
                "g.json:/huisstijl/kleuren/accent: fout RS009: \"#abc\" is geen kleur in de vorm #rrggbb\n"
                "  hint: een # gevolgd door zes hexadecimale cijfers (0-9, a-f), zoals \"#1f3a5f\""});
}

TEST_CASE("errors of earlier files in the same list do not fail a good file") {
    diag::Diagnostics ds;
    CHECK_FALSE(load::load_raadsinformatiebrief("{", "a.json", ds));
    REQUIRE(ds.size() == 1);
    CHECK(load::load_raadsinformatiebrief(kBrief.dump(), "b.json", ds));
    CHECK(load::load_gemeente(kGemeente.dump(), "teststad.json", ds));
    CHECK(ds.size() == 1);
}
