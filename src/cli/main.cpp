// The command line: parses arguments, calls the library, prints, and maps the result to an exit code.
//   0  everything asked for was done
//   1  a document failed (its diagnostics were printed)
//   2  the command line itself was wrong
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

#include "build/build_job.hpp"
#include "build/check_job.hpp"
#include "build/check_report.hpp"
#include "diag/diagnostic.hpp"

#ifndef RAADSSTUK_VERSION
#define RAADSSTUK_VERSION "0.0.0"
#endif

namespace {

using namespace raadsstuk;

constexpr std::string_view kMainHelp =
    "raadsstuk: maakt raadsstukken van gemeenten als PDF en Markdown uit gegevens en sjablonen.\n"
    "\n"
    "Gebruik:\n"
    "  raadsstuk build [--out MAP] [--quiet] [--force] PAD...        documenten bouwen\n"
    "  raadsstuk check [--format text|json|sarif] [--werror] PAD...  documenten controleren\n"
    "  raadsstuk help [OPDRACHT]                                     deze hulp, of die van een opdracht\n"
    "  raadsstuk --version                                           versie tonen\n"
    "\n"
    "Opdrachten:\n"
    "  build   controleert en bouwt elk document onder de gegeven bestanden en mappen\n"
    "  check   controleert verwijzingen, data en ondertekenaars, zonder te bouwen\n"
    "\n"
    "Afsluitcode: 0 = alles gelukt, 1 = een document is niet gebouwd of heeft een fout,\n"
    "2 = verkeerde aanroep.\n"
    "Meer: docs/cli.md en docs/diagnostics.md.\n";

constexpr std::string_view kBuildHelp =
    "Gebruik: raadsstuk build [--out MAP] [--quiet] [--force] PAD...\n"
    "\n"
    "Bouwt elk document (een .json-bestand met \"soort\": \"raadsinformatiebrief\") onder de gegeven\n"
    "bestanden en mappen tot een PDF- en een Markdown-bestand. De uitvoer volgt het pad onder de\n"
    "gegevensmap (de map met gemeenten/): data/documenten/2021/x.json wordt MAP/documenten/2021/x.pdf\n"
    "en x.md.\n"
    "\n"
    "Opties:\n"
    "  --out MAP    uitvoermap (standaard: output)\n"
    "  --quiet, -q  alleen fouten en waarschuwingen tonen, geen voortgang\n"
    "  --force      ook bouwen als de controles (zie 'raadsstuk help check') een fout vinden\n"
    "  --help, -h   deze hulp\n"
    "\n"
    "Eerst worden de documenten gecontroleerd zoals 'raadsstuk check' dat doet. Een document met een\n"
    "fout wordt niet gebouwd; de andere wel. Er blijft nooit een half geschreven bestand achter: elk\n"
    "bestand wordt eerst onder een tijdelijke naam geschreven.\n"
    "Afsluitcode: 0 als alle documenten zijn gebouwd, anders 1 (2 bij een verkeerde aanroep).\n";

constexpr std::string_view kCheckHelp =
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

int usage_error(const std::string& message, std::string_view help) {
    std::cerr << "raadsstuk: " << message << "\n\n" << help;
    return 2;
}

void print_diagnostics(const diag::Diagnostics& ds) {
    for (const auto& d : ds) std::cerr << diag::format(d) << '\n';
}

// One line per document; on a terminal the line says which of how many.
class ConsoleReporter : public build::Reporter {
public:
    explicit ConsoleReporter(bool quiet) : quiet_(quiet) {}
    void begin(std::size_t total) override {
        if (!quiet_) std::cerr << "raadsstuk: " << total << (total == 1 ? " document" : " documenten") << '\n';
    }
    void document_done(const build::DocumentOutcome& o, std::size_t index, std::size_t total) override {
        print_diagnostics(o.diagnostics);
        if (quiet_) return;
        std::cerr << '[' << index + 1 << '/' << total << "] " << (o.built ? "gebouwd  " : "MISLUKT  ")
                  << o.source.file.generic_string();
        if (o.built) {
            std::cerr << " ->";
            for (const auto& p : o.outputs) std::cerr << ' ' << p.generic_string();
        }
        std::cerr << '\n';
    }

private:
    bool quiet_;
};

int run_build_command(const std::vector<std::string>& args) {
    build::BuildOptions options;
    bool quiet = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::cout << kBuildHelp;
            return 0;
        } else if (a == "--quiet" || a == "-q") {
            quiet = true;
        } else if (a == "--force") {
            options.force = true;
        } else if (a == "--out" || a == "-o") {
            if (i + 1 >= args.size()) return usage_error("--out verwacht een map", kBuildHelp);
            options.out_dir = args[++i];
        } else if (a.rfind("--out=", 0) == 0) {
            options.out_dir = a.substr(6);
        } else if (a == "--") {
            options.inputs.insert(options.inputs.end(), args.begin() + static_cast<long>(i) + 1, args.end());
            break;
        } else if (!a.empty() && a[0] == '-') {
            return usage_error("onbekende optie '" + a + "'", kBuildHelp);
        } else {
            options.inputs.push_back(a);
        }
    }
    if (options.inputs.empty()) return usage_error("geef ten minste één bestand of map op", kBuildHelp);
    if (options.out_dir.empty()) return usage_error("--out verwacht een map", kBuildHelp);

    ConsoleReporter reporter(quiet);
    const model::Environment env;
    const build::BuildSummary summary = build::run_build(options, env, reporter);
    print_diagnostics(summary.general);
    std::cerr << "raadsstuk: " << summary.built << " gebouwd, " << summary.failed << " mislukt\n";
    if (summary.held_back > 0)
        std::cerr << "raadsstuk: " << summary.held_back
                  << (summary.held_back == 1 ? " document is" : " documenten zijn")
                  << " niet gebouwd vanwege fouten uit de controles; --force bouwt ze toch\n";
    return summary.ok() ? 0 : 1;
}

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

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) return usage_error("geef een opdracht", kMainHelp);
    const std::string command = args.front();
    args.erase(args.begin());
    if (command == "--help" || command == "-h") {
        std::cout << kMainHelp;
        return 0;
    }
    if (command == "help") {
        if (args.empty()) std::cout << kMainHelp;
        else if (args.front() == "build") std::cout << kBuildHelp;
        else if (args.front() == "check") std::cout << kCheckHelp;
        else return usage_error("onbekende opdracht '" + args.front() + "'", kMainHelp);
        return 0;
    }
    if (command == "--version") {
        std::cout << "raadsstuk " << RAADSSTUK_VERSION << '\n';
        return 0;
    }
    if (command == "build") return run_build_command(args);
    if (command == "check") return run_check_command(args);
    return usage_error("onbekende opdracht '" + command + "'", kMainHelp);
}
