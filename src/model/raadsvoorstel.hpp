#pragma once
// A raadsvoorstel: the college proposes, the council decides. One data file gives two documents: the
// proposal (voorblad and sections) and the ontwerp-raadsbesluit, which repeats the same beslispunten.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/raadsinformatiebrief.hpp"  // DocumentReference

namespace raadsstuk::model {

// Inline placeholder in the texts of a raadsvoorstel: "[[bedrag:NAAM]]", NAAM a key of "bedragen".
inline constexpr std::string_view kAmountMarkerPrefix = "[[bedrag:";

// A decision point (JSON: beslispunten[]). Text is inline Markdown; it may hold [[bedrag:NAAM]], replaced by
// the amount NAAM of the voorstel's bedragen in Dutch notation ("€ 64.000").
struct Beslispunt {
    std::string text;                      // JSON: tekst
    std::vector<std::string> sub_clauses;  // JSON: onderdelen (optional): a., b., c. under the point
    std::string pointer;
};

// JSON: relatie_met: each shown on the voorblad, empty ones shown empty.
struct Relations {
    std::string agendapunt;            // JSON: agendapunt
    std::string toezegging;            // JSON: toezegging
    std::string amendement_motie;      // JSON: amendement_motie
    std::string schriftelijke_vragen;  // JSON: schriftelijke_vragen
};

// A section of the proposal (JSON: secties.<key>): Markdown blocks like a letter's tekst. The order in the
// document is the template's, not the data's. Known keys: samenvatting, beoogd_effect, argumenten,
// kanttekeningen, financien, communicatie, uitvoering, bijlagen.
struct Section {
    std::string key;
    std::vector<std::string> body;
    std::string pointer;
};

// The wethouder who carries the proposal (JSON: portefeuillehouder): by name as listed in the gemeente's
// functionarissen (function wethouder), resolved on the date of the collegebesluit.
struct PortfolioHolder {
    std::string name;  // JSON: portefeuillehouder.naam
    std::string pointer;
};

struct Raadsvoorstel {
    std::string source_file;
    std::string gemeente;                                  // JSON: gemeente
    std::string template_name = "raadsvoorstel";           // JSON: sjabloon (optional)
    std::string decision_template_name = "raadsbesluit";   // JSON: sjabloon_besluit (optional)
    std::optional<int> template_version;                   // JSON: sjabloonversie (optional: the newest)
    std::optional<int> style_version;                      // JSON: huisstijlversie (optional: the current)
    std::string zaaknummer;                                // JSON: zaaknummer
    std::string documentnummer;                            // JSON: documentnummer (optional)
    Date college_date;                                     // JSON: datum_collegebesluit
    std::optional<Date> committee_date;                    // JSON: datum_commissie (optional)
    Date council_date;                                     // JSON: datum_raad
    std::string proposal_kind = "Adviesnota";              // JSON: soort_voorstel
    std::string subject;                                   // JSON: onderwerp
    PortfolioHolder portfolio_holder;                      // JSON: portefeuillehouder
    std::string programme;                                 // JSON: programma, e.g. "6 sociaal domein"
    std::string core_message;                              // JSON: kernboodschap (inline Markdown)
    std::vector<std::string> attachments;                  // JSON: bijlagen (titles; numbered by position)
    std::vector<Beslispunt> decisions;                     // JSON: beslispunten
    Relations relations;                                   // JSON: relatie_met
    std::vector<Section> sections;                         // JSON: secties (key order; printed in template order)
    std::map<std::string, long long> amounts_cents;        // JSON: bedragen: {"onderzoek": 64000}
    std::vector<DocumentReference> references;             // JSON: verwijzingen
    std::string note;                                      // JSON: opmerking: never printed
};

}  // namespace raadsstuk::model
