#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/date.hpp"

namespace raadsstuk::model {

// A reference to an earlier document (JSON: verwijzingen[]).
struct DocumentReference {
    std::string zaaknummer;           // JSON: zaaknummer (optional if documentnummer given)
    std::string documentnummer;       // JSON: documentnummer (optional if zaaknummer given)
    std::string kind;                 // JSON: soort, e.g. "raadsinformatiebrief", "raadsvoorstel", "collegebesluit"
    std::optional<Date> date;         // JSON: datum
    std::string pointer;
};

// A signatory (JSON: ondertekening[]): by function; the name is resolved from the gemeente's
// functionarissen on the document's date unless the data names it.
struct Signatory {
    std::string function;             // JSON: functie
    std::string name;                 // JSON: naam (optional; empty = resolve)
    std::string pointer;
};

// The status of one domain of a programme (JSON: status.onderdelen[]).
struct DomainStatus {
    std::string domain;               // JSON: onderdeel, e.g. "Werk en Inkomen"
    std::string status;               // JSON: status: "besloten" | "in onderzoek" | "stilgelegd" | "afgerond" | "gepland"
    std::string current_partner;      // JSON: huidige_partner
    std::string new_partner;          // JSON: nieuwe_partner
    std::string target;               // JSON: streefdatum: free text such as "per 2023", "medio 2023", "2024-01-01"
    std::string remark;               // JSON: toelichting
    std::string pointer;
};

struct StatusBlock {
    std::string programme;            // JSON: status.programma, e.g. "Omklappen sociaal domein naar de Leidse regio"
    std::string intro;                // JSON: status.inleiding, e.g. "Visueel ziet dit er als volgt uit."
    std::vector<DomainStatus> domains;
};

struct Raadsinformatiebrief {
    std::string source_file;          // path as given
    std::string gemeente;             // JSON: gemeente (id of a gemeente file)
    std::string template_name = "raadsinformatiebrief";  // JSON: sjabloon (optional)
    std::optional<int> template_version;
    std::optional<int> style_version;     // JSON: huisstijlversie (optional: the gemeente's current house style)  // JSON: sjabloonversie (optional: the newest version of the templates)
    std::string zaaknummer;           // JSON: zaaknummer
    std::string documentnummer;       // JSON: documentnummer
    Date date;                        // JSON: datum
    std::optional<Date> sent;         // JSON: verzonden
    std::string subject;              // JSON: onderwerp
    std::string salutation = "Geachte Raad,";  // JSON: aanhef (optional)
    std::vector<std::string> attachments;     // JSON: bijlagen (titles; numbered by position)
    std::vector<DocumentReference> references;  // JSON: verwijzingen
    // JSON: tekst: array of Markdown blocks (paragraphs, "## headings", lists), joined by blank lines.
    std::vector<std::string> body;
    // JSON: status (optional): where the template places it is the template's business.
    std::optional<StatusBlock> status;
    std::vector<Signatory> signatories;       // JSON: ondertekening
    std::string note;                 // JSON: opmerking: free text for the secretariat, never printed
};

}  // namespace raadsstuk::model
