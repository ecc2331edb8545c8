// raadsstuk build: checks and builds every document under the given paths.
#include <iostream>

#include "build/build_job.hpp"
#include "cli/commands.hpp"

namespace raadsstuk::cli {
namespace {

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

}  // namespace

const std::string_view kBuildHelp =
    "Gebruik: raadsstuk build [--out MAP] [--quiet] [--force] PAD...\n"
    "\n"
    "Bouwt elk document (een .json-bestand met \"soort\": \"raadsinformatiebrief\") onder de gegeven\n"
    "bestanden en mappen tot een PDF-, een Markdown- en een toegankelijk HTML-bestand (voor de website).\n"
    "De uitvoer volgt het pad onder de gegevensmap (de map met gemeenten/): data/documenten/2021/x.json\n"
    "wordt MAP/documenten/2021/x.pdf, x.md en x.html.\n"
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

}  // namespace raadsstuk::cli
