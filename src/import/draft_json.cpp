#include "import/draft_json.hpp"

#include <nlohmann/json.hpp>

namespace raadsstuk::import {

std::string draft_json(const ImportedLetter& l, const std::string& source_name) {
    using Json = nlohmann::ordered_json;
    Json j;
    j["$schema"] = "../../schema/raadsinformatiebrief.schema.json";
    j["soort"] = "raadsinformatiebrief";
    j["gemeente"] = l.gemeente;
    j["zaaknummer"] = l.zaaknummer;
    if (!l.documentnummer.empty()) j["documentnummer"] = l.documentnummer;
    j["datum"] = l.datum;
    if (!l.verzonden.empty()) j["verzonden"] = l.verzonden;
    j["onderwerp"] = l.onderwerp;
    if (!l.aanhef.empty()) j["aanhef"] = l.aanhef;
    if (!l.bijlagen.empty()) j["bijlagen"] = l.bijlagen;
    j["tekst"] = l.tekst;
    Json signatories = Json::array();
    for (const auto& s : l.ondertekening) {
        Json entry;
        entry["functie"] = s.function;
        entry["naam"] = s.name;
        signatories.push_back(entry);
    }
    if (signatories.empty()) signatories.push_back(Json{{"functie", std::string(kUnknown)}});
    j["ondertekening"] = signatories;
    j["opmerking"] = "Geïmporteerd uit " + source_name + " met raadsstuk import. Nog na te lopen: zie \"_import\".";

    auto marks = [](const std::vector<Mark>& ms) {
        Json a = Json::array();
        for (const auto& m : ms) {
            Json e;
            e["veld"] = m.pointer;
            if (m.line > 0) e["regel"] = m.line;
            e["reden"] = m.reason;
            a.push_back(e);
        }
        return a;
    };
    Json info;
    info["bron"] = source_name;
    info["onbekend"] = marks(l.unknown);
    info["onzeker"] = marks(l.uncertain);
    Json left_out = Json::array();
    for (const auto& o : l.left_out) left_out.push_back(Json{{"regel", o.line}, {"tekst", o.text}, {"reden", o.reason}});
    info["weggelaten"] = left_out;
    info["uitleg"] = "Vul de velden met \"ONBEKEND\" in, controleer de onzekere plaatsen en verwijder dan dit "
                     "veld \"_import\": zolang het er staat, bouwt raadsstuk het document niet.";
    j["_import"] = info;
    return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace raadsstuk::import
