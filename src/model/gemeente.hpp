#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/house_style.hpp"
#include "model/zaaknummer.hpp"

namespace raadsstuk::model {

// Somebody who signs or is named: a burgemeester, wethouder, gemeentesecretaris, griffier, ...
struct Functionaris {
    std::string name;                 // JSON: naam, as printed: "drs. N. Stemerdink"
    std::string function;             // JSON: functie: "burgemeester", "loco-gemeentesecretaris", "wethouder", ...
    std::string portfolio;            // JSON: portefeuille (optional, for wethouders)
    Date from;                        // JSON: van
    std::optional<Date> until;        // JSON: tot (inclusive; absent = still in office)
    std::string note;                 // JSON: opmerking (optional): for the secretariat, never printed
    std::string pointer;              // JSON pointer of this entry in its file, for diagnostics

    bool in_office_on(const Date& d) const { return from <= d && (!until || d <= *until); }
};

struct Gemeente {
    std::string id;                   // JSON: id, e.g. "voorschoten"; documents name their gemeente by it
    std::string name;                 // JSON: naam, e.g. "Voorschoten"
    std::vector<std::string> address; // JSON: adres (lines)
    std::string college;              // JSON: college, e.g. "het college van burgemeester en wethouders"
    std::vector<Functionaris> functionarissen;  // JSON: functionarissen
    HouseStyle style;                 // JSON: huisstijl (the current version)
    std::vector<HouseStyle> earlier_styles;  // JSON: eerdere_huisstijlen (optional), each with its versie
    // JSON: zaaknummerpatronen (optional): how this gemeente writes its zaaknummers, e.g. "Z-{jj}-{zaak}".
    // Without patterns, zaaknummers are compared as written.
    std::vector<ZaaknummerPattern> zaaknummer_patterns;
    std::string note;                 // JSON: opmerking (optional): for the secretariat, never printed
    std::string source_file;          // the file it was loaded from, as given
};

}  // namespace raadsstuk::model
