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
    "  raadsstuk build [--out MAP] [--quiet] PAD...   documenten bouwen\n"
    "  raadsstuk help [OPDRACHT]                      deze hulp, of die van een opdracht\n"
    "  raadsstuk --version                            versie tonen\n"
    "\n"
    "Opdrachten:\n"
    "  build   bouwt elk document onder de gegeven bestanden en mappen\n"
    "\n"
    "Afsluitcode: 0 = alles gelukt, 1 = een document is niet gebouwd, 2 = verkeerde aanroep.\n"
    "Meer: docs/cli.md en docs/diagnostics.md.\n";

constexpr std::string_view kBuildHelp =
    "Gebruik: raadsstuk build [--out MAP] [--quiet] PAD...\n"
    "\n"
    "Bouwt elk document (een .json-bestand met \"soort\": \"raadsinformatiebrief\") onder de gegeven\n"
    "bestanden en mappen tot een PDF- en een Markdown-bestand. De uitvoer volgt het pad onder de\n"
    "gegevensmap (de map met gemeenten/): data/documenten/2021/x.json wordt MAP/documenten/2021/x.pdf\n"
    "en x.md.\n"
    "\n"
    "Opties:\n"
    "  --out MAP    uitvoermap (standaard: output)\n"
    "  --quiet, -q  alleen fouten en waarschuwingen tonen, geen voortgang\n"
    "  --help, -h   deze hulp\n"
    "\n"
    "Een document met een fout wordt niet gebouwd; de andere wel. Er blijft nooit een half\n"
    "geschreven bestand achter: elk bestand wordt eerst onder een tijdelijke naam geschreven.\n"
    "Afsluitcode: 0 als alle documenten zijn gebouwd, anders 1 (2 bij een verkeerde aanroep).\n";

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
    return summary.ok() ? 0 : 1;
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
        else return usage_error("onbekende opdracht '" + args.front() + "'", kMainHelp);
        return 0;
    }
    if (command == "--version") {
        std::cout << "raadsstuk " << RAADSSTUK_VERSION << '\n';
        return 0;
    }
    if (command == "build") return run_build_command(args);
    return usage_error("onbekende opdracht '" + command + "'", kMainHelp);
}
