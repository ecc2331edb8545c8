// raadsstuk check: the consistency checks, without building.
#include <iostream>

#include "build/check_job.hpp"
#include "build/check_report.hpp"
#include "cli/commands.hpp"

namespace raadsstuk::cli {

const std::string_view kCheckHelp =
    "Gebruik: raadsstuk check [--format text|json|sarif] [--werror] PAD...\n"
    "\n"
    "Controleert elk document en elk registerbestand onder de gegeven bestanden en mappen, zonder\n"
    "te bouwen: verwijzingen naar eerdere stukken (tegen het register: alle documenten van de\n"
    "gegevensmap en de registerbestanden in register/), zaak- en documentnummers, data en\n"
    "weekdagen in de tekst, \"jl.\" en \"a.s.\", ondertekenaars op de datum van het document,\n"
    "het statusblok, bijlagen en bedragen. Elke bevinding heeft een vaste code (RS2xx); zie\n"
    "docs/checks.md.\n"
    "\n"
    "Opties:\n"
    "  --format text   zoals een compiler: bestand:plaats: fout|waarschuwing RSnnn: melding (standaard)\n"
    "  --format json   één JSON-object met alle bevindingen, voor hulpprogramma's\n"
    "  --format sarif  SARIF 2.1.0, voor review- en code-hostingdiensten\n"
    "  --werror        waarschuwingen tellen als fouten voor de afsluitcode\n"
    "  --help, -h      deze hulp\n"
    "\n"
    "De bevindingen staan op standaarduitvoer, gesorteerd op bestand en plaats.\n"
    "Afsluitcode: 1 als er een fout is (met --werror: ook bij een waarschuwing), anders 0;\n"
    "2 bij een verkeerde aanroep.\n";

int run_check_command(const std::vector<std::string>& args) {
    build::CheckOptions options;
    std::string format = "text";
    bool werror = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::cout << kCheckHelp;
            return 0;
        } else if (a == "--werror") {
            werror = true;
        } else if (a == "--format" || a.rfind("--format=", 0) == 0) {
            if (a == "--format") {
                if (i + 1 >= args.size()) return usage_error("--format verwacht text, json of sarif", kCheckHelp);
                format = args[++i];
            } else {
                format = a.substr(9);
            }
            if (format != "text" && format != "json" && format != "sarif")
                return usage_error("onbekend formaat '" + format + "'; kies text, json of sarif", kCheckHelp);
        } else if (a == "--") {
            options.inputs.insert(options.inputs.end(), args.begin() + static_cast<long>(i) + 1, args.end());
            break;
        } else if (!a.empty() && a[0] == '-') {
            return usage_error("onbekende optie '" + a + "'", kCheckHelp);
        } else {
            options.inputs.push_back(a);
        }
    }
    if (options.inputs.empty()) return usage_error("geef ten minste één bestand of map op", kCheckHelp);

    const build::CheckSummary summary = build::run_check(options);
    if (format == "json") std::cout << build::json_report(summary, RAADSSTUK_VERSION);
    else if (format == "sarif") std::cout << build::sarif_report(summary, RAADSSTUK_VERSION);
    else std::cout << build::text_report(summary);
    std::cout.flush();
    const bool failed = summary.errors() > 0 || (werror && summary.warnings() > 0);
    return failed ? 1 : 0;
}

}  // namespace raadsstuk::cli
