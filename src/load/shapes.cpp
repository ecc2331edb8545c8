#include "load/shapes.hpp"

#include <stdexcept>
#include <string>

namespace raadsstuk::load {
namespace {

const std::vector<ObjectShape> kGemeente = {
    {"",
     {"soort", "id", "naam", "adres", "college", "functionarissen", "huisstijl"},
     {"$schema", "zaaknummerpatronen", "eerdere_huisstijlen", "opmerking"}},
    {"/functionarissen/*", {"naam", "functie", "van"}, {"portefeuille", "tot", "opmerking"}},
    {"/huisstijl", {"lettertype", "grootte", "regelafstand", "marges", "kleuren", "briefhoofd"}, {"versie", "logo"}},
    {"/huisstijl/lettertype", {"regulier", "vet", "cursief", "vetcursief"}, {"terugval"}},
    {"/huisstijl/grootte", {"tekst", "kop", "klein"}, {}},
    {"/huisstijl/marges", {"boven", "onder", "links", "rechts"}, {}},
    {"/huisstijl/kleuren", {"tekst", "primair", "accent"}, {}},
    // An earlier house style is a complete one with the version it had (the same shape as huisstijl).
    {"/eerdere_huisstijlen/*", {"lettertype", "grootte", "regelafstand", "marges", "kleuren", "briefhoofd"}, {"versie", "logo"}},
    {"/eerdere_huisstijlen/*/lettertype", {"regulier", "vet", "cursief", "vetcursief"}, {"terugval"}},
    {"/eerdere_huisstijlen/*/grootte", {"tekst", "kop", "klein"}, {}},
    {"/eerdere_huisstijlen/*/marges", {"boven", "onder", "links", "rechts"}, {}},
    {"/eerdere_huisstijlen/*/kleuren", {"tekst", "primair", "accent"}, {}},
};

const std::vector<ObjectShape> kRaadsinformatiebrief = {
    {"",
     {"soort", "gemeente", "zaaknummer", "datum", "onderwerp", "tekst", "ondertekening"},
     {"$schema", "sjabloon", "sjabloonversie", "huisstijlversie", "documentnummer", "verzonden", "aanhef", "bijlagen", "verwijzingen", "status",
      "opmerking"}},
    // At least one of zaaknummer and documentnummer (checked apart: the table only knows single keys).
    {"/verwijzingen/*", {"soort"}, {"zaaknummer", "documentnummer", "datum"}},
    {"/status", {"programma", "onderdelen"}, {"inleiding"}},
    {"/status/onderdelen/*",
     {"onderdeel", "status"},
     {"huidige_partner", "nieuwe_partner", "streefdatum", "toelichting"}},
    {"/ondertekening/*", {"functie"}, {"naam"}},
};

const std::vector<ObjectShape> kRaadsvoorstel = {
    {"",
     {"soort", "gemeente", "zaaknummer", "datum_collegebesluit", "datum_raad", "onderwerp", "portefeuillehouder",
      "programma", "kernboodschap", "beslispunten", "secties"},
     {"$schema", "sjabloon", "sjabloon_besluit", "sjabloonversie", "huisstijlversie", "documentnummer", "datum_commissie", "soort_voorstel", "bijlagen",
      "relatie_met", "bedragen", "verwijzingen", "opmerking"}},
    {"/portefeuillehouder", {"naam"}, {}},
    {"/beslispunten/*", {"tekst"}, {"onderdelen"}},
    {"/relatie_met", {}, {"agendapunt", "toezegging", "amendement_motie", "schriftelijke_vragen"}},
    {"/secties",
     {"samenvatting", "beoogd_effect"},
     {"argumenten", "kanttekeningen", "financien", "communicatie", "uitvoering", "bijlagen"}},
    {"/verwijzingen/*", {"soort"}, {"zaaknummer", "documentnummer", "datum"}},
};

constexpr std::string_view kFunctions[] = {
    "burgemeester", "loco-burgemeester", "gemeentesecretaris", "loco-gemeentesecretaris",
    "griffier",     "plaatsvervangend griffier", "wethouder",
};

constexpr std::string_view kStatusValues[] = {"besloten", "in onderzoek", "stilgelegd", "gepland", "afgerond"};

}  // namespace

std::span<const ObjectShape> gemeente_shapes() { return kGemeente; }
std::span<const ObjectShape> raadsinformatiebrief_shapes() { return kRaadsinformatiebrief; }
std::span<const ObjectShape> raadsvoorstel_shapes() { return kRaadsvoorstel; }

const ObjectShape& shape_at(std::span<const ObjectShape> shapes, std::string_view path) {
    for (const auto& s : shapes)
        if (s.path == path) return s;
    throw std::logic_error("load: no object shape at '" + std::string(path) + "'");
}

std::span<const std::string_view> known_functions() { return kFunctions; }
std::span<const std::string_view> status_values() { return kStatusValues; }

}  // namespace raadsstuk::load
