#pragma once
// One document as the register knows it: a document of the data tree, or an entry of a register file
// (data/register/*.json) for a document this engine never made (historic letters, documents of others
// filed in the gemeente's case system). The checks resolve references and numbers against the register.
#include <string>
#include <vector>

#include "model/date.hpp"

namespace raadsstuk::model {

// A domain status a document reports (raadsinformatiebrief status.onderdelen[]), for the check that two
// documents of one date do not contradict each other.
struct ReportedStatus {
    std::string domain;   // "Werk en Inkomen"
    std::string status;   // "stilgelegd"
    std::string pointer;  // of its "status" field in the document
};

struct RegisterEntry {
    std::string gemeente;                // id of the gemeente in whose case system it is filed
    std::string zaaknummer;              // as written
    std::string documentnummer;          // as written; may be empty
    std::string kind;                    // "raadsinformatiebrief", "raadsvoorstel", "collegebesluit", ...
    Date date;                           // of a raadsvoorstel: the collegebesluit
    std::string subject;                 // onderwerp
    std::string sender;                  // register files only (JSON: afzender): a document of another organisation
    std::string source_file;             // the file it comes from, as given
    std::string pointer;                 // "" for a document; "/documenten/3" for an entry of a register file
    std::string zaaknummer_pointer;      // where the fields are in the file, for diagnostics
    std::string documentnummer_pointer;  // empty when there is no documentnummer field
    std::string date_pointer;
    std::vector<ReportedStatus> statuses;
};

}  // namespace raadsstuk::model
