// raadsstuk import: a draft data file from the plain text of a historic letter.
#include <iostream>

#include "cli/commands.hpp"
#include "import/import_job.hpp"

namespace raadsstuk::cli {

const std::string_view kImportHelp =
    "Gebruik: raadsstuk import [-o UIT.json] [--gemeente ID] BRIEF.txt\n"
    "\n"
    "Leest de platte tekst van een raadsinformatiebrief die niet met raadsstuk is gemaakt (zoals\n"
    "pdftotext die uit de PDF haalt) en maakt er een concept-gegevensbestand van, in JSON: zaaknummer,\n"
    "documentnummer, datum, onderwerp en bijlagen (als de brief ze noemt), de aanhef, de alinea's van de\n"
    "tekst (afgebroken regels en woorden weer aan elkaar), het slot en de ondertekenaars.\n"
    "\n"
    "Wat niet in de brief staat krijgt de waarde \"ONBEKEND\"; wat onzeker is (zoals letters die bij het\n"
    "uithalen van de tekst verloren gingen) staat met het regelnummer in het veld \"_import\" en als\n"
    "waarschuwing op standaardfout. Zolang \"_import\" er staat, bouwt raadsstuk het concept niet: vul\n"
    "het aan, controleer het en verwijder dan \"_import\".\n"
    "\n"
    "Opties:\n"
    "  -o, --out UIT.json  schrijf het concept naar dit bestand (standaard: standaarduitvoer)\n"
    "  --gemeente ID       de gemeente van de brief (gemeenten/ID.json in de gegevensmap boven UIT.json,\n"
    "                      of in data/); de ondertekenaars worden met haar functionarissen vergeleken\n"
    "  --help, -h          deze hulp\n"
    "\n"
    "Afsluitcode: 0 als het concept is gemaakt (ook met waarschuwingen), 1 als de brief niet te lezen\n"
    "of het concept niet te schrijven is, 2 bij een verkeerde aanroep.\n";

int run_import_command(const Arguments& args, const model::Environment& env) {
    import::ImportRequest request;
    std::vector<std::string> inputs;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::cout << kImportHelp;
            return 0;
        } else if (a == "-o" || a == "--out") {
            if (i + 1 >= args.size() || args[i + 1].empty()) return usage_error(a + " verwacht een bestand", kImportHelp);
            request.output = args[++i];
        } else if (a.rfind("--out=", 0) == 0) {
            request.output = a.substr(6);
            if (request.output.empty()) return usage_error("--out verwacht een bestand", kImportHelp);
        } else if (a == "--gemeente" || a.rfind("--gemeente=", 0) == 0) {
            if (a == "--gemeente") {
                if (i + 1 >= args.size()) return usage_error("--gemeente verwacht een id, zoals voorschoten", kImportHelp);
                request.gemeente_id = args[++i];
            } else {
                request.gemeente_id = a.substr(11);
            }
            if (request.gemeente_id.empty() ||
                request.gemeente_id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos)
                return usage_error("--gemeente verwacht een id van kleine letters, cijfers en streepjes, niet '" +
                                       request.gemeente_id + "'",
                                   kImportHelp);
        } else if (a == "--") {
            inputs.insert(inputs.end(), args.begin() + static_cast<long>(i) + 1, args.end());
            break;
        } else if (!a.empty() && a[0] == '-') {
            return usage_error("onbekende optie '" + a + "'", kImportHelp);
        } else {
            inputs.push_back(a);
        }
    }
    if (inputs.size() != 1)
        return usage_error("geef precies één tekstbestand van een brief (nu " + std::to_string(inputs.size()) + ")",
                           kImportHelp);
    request.input = inputs.front();

    const import::ImportOutcome outcome = import::run_import(request, env);
    print_diagnostics(outcome.diagnostics);
    if (!outcome.json) return 1;
    if (request.output.empty()) {
        std::cout << *outcome.json;
        std::cout.flush();
    } else {
        std::cerr << "raadsstuk: concept geschreven: " << request.output.generic_string() << '\n';
    }
    return 0;
}

}  // namespace raadsstuk::cli
