// The command line: picks the command and hands it its arguments (src/cli/*_command.cpp). Exit codes:
//   0  everything asked for was done
//   1  a document failed (its diagnostics were printed)
//   2  the command line itself was wrong
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.hpp"
#include "cli/templates_dir.hpp"

namespace {

using namespace raadsstuk::cli;

constexpr std::string_view kMainHelp =
    "raadsstuk: maakt raadsstukken van gemeenten als PDF, Markdown en HTML uit gegevens en sjablonen.\n"
    "\n"
    "Gebruik:\n"
    "  raadsstuk build [--out MAP] [--quiet] [--force] PAD...        documenten bouwen\n"
    "                  [--jobs N] [--rebuild] [--shard K/N]\n"
    "  raadsstuk check [--format text|json|sarif] [--werror] PAD...  documenten controleren\n"
    "  raadsstuk verify [--jobs N] [--quiet] MANIFEST...             gebouwde documenten nagaan\n"
    "  raadsstuk diff [--kleur=K] [--redline BESTAND] OUD NIEUW      versies woord voor woord vergelijken\n"
    "  raadsstuk import [-o UIT.json] [--gemeente ID] BRIEF.txt      oude brief als concept inlezen\n"
    "  raadsstuk help [OPDRACHT]                                     deze hulp, of die van een opdracht\n"
    "  raadsstuk --version                                           versie tonen\n"
    "\n"
    "build, verify en diff nemen ook --sjablonen MAP: de map met sjablonen (standaard: templates\n"
    "in de huidige map, anders die bij het programma).\n"
    "\n"
    "Opdrachten:\n"
    "  build   controleert en bouwt elk document onder de gegeven bestanden en mappen\n"
    "  check   controleert verwijzingen, data en ondertekenaars, zonder te bouwen\n"
    "  verify  maakt de documenten van een manifest opnieuw en vergelijkt ze byte voor byte\n"
    "  diff    vergelijkt twee versies van een document woord voor woord, met redline\n"
    "  import  maakt een concept-gegevensbestand van de platte tekst van een oude brief\n"
    "\n"
    "Afsluitcode: 0 = alles gelukt, 1 = een document is niet gebouwd of heeft een fout,\n"
    "2 = verkeerde aanroep. Bij diff: 0 = gelijk, 1 = verschillend, 2 = fout of verkeerde aanroep.\n"
    "Meer: docs/cli.md en docs/diagnostics.md.\n";

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
        else if (args.front() == "verify") std::cout << kVerifyHelp;
        else if (args.front() == "diff") std::cout << kDiffHelp;
        else if (args.front() == "import") std::cout << kImportHelp;
        else return usage_error("onbekende opdracht '" + args.front() + "'", kMainHelp);
        return 0;
    }
    if (command == "--version") {
        std::cout << "raadsstuk " << RAADSSTUK_VERSION << '\n';
        return 0;
    }
    if (command == "check") return run_check_command(args);
    // The commands that render take --sjablonen MAP.
    const auto renders = [&](int (*run)(const Arguments&, const raadsstuk::model::Environment&), std::string_view help) {
        std::string error;
        const auto templates = take_templates_option(args, &error);
        if (!error.empty()) return usage_error(error, help);
        return run(args, run_environment(templates));
    };
    if (command == "build") return renders(run_build_command, kBuildHelp);
    if (command == "verify") return renders(run_verify_command, kVerifyHelp);
    if (command == "diff") return renders(run_diff_command, kDiffHelp);
    if (command == "import") return run_import_command(args, run_environment(std::nullopt));
    return usage_error("onbekende opdracht '" + command + "'", kMainHelp);
}
