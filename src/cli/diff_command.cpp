// raadsstuk diff: the word-level differences between two versions of a document, and a redline.
#include <cstdlib>
#include <iostream>

#include <unistd.h>

#include "cli/commands.hpp"
#include "diff/diff_job.hpp"
#include "diff/text_report.hpp"

namespace raadsstuk::cli {

const std::string_view kDiffHelp =
    "Gebruik: raadsstuk diff [--kleur=altijd|nooit|auto] [--context N] [--redline BESTAND] OUD NIEUW\n"
    "\n"
    "Vergelijkt twee versies van een document woord voor woord, per deel van de brief. OUD en NIEUW\n"
    "zijn elk een gegevensbestand (.json, eerst tot tekst gemaakt), een gemaakt Markdown-bestand (.md)\n"
    "of een versie uit git: REVISIE:PAD, zoals HEAD~1:data/documenten/2021/x.json (het gemeentebestand\n"
    "komt dan uit de gegevensmap van PAD in de werkmap).\n"
    "\n"
    "Eerst staan de gewijzigde kenmerken (datum, onderwerp, ondertekening, bijlagen), dan per gewijzigd\n"
    "deel de gewijzigde alinea's: [-geschrapt-]{+toegevoegd+}, of in kleur (rood doorgehaald, groen\n"
    "onderstreept) als de uitvoer een terminal is.\n"
    "\n"
    "Opties:\n"
    "  --kleur=auto     kleur als de uitvoer een terminal is en NO_COLOR niet gezet is (standaard)\n"
    "  --kleur=altijd   altijd kleur; --kleur=nooit: nooit kleur\n"
    "  --context N      ongewijzigde woorden rond een wijziging (standaard 6; 0 = hele alinea)\n"
    "  --redline BESTAND.html|BESTAND.pdf\n"
    "                   schrijft ook een redline om op te reageren: de hele tekst met geschrapte\n"
    "                   woorden rood doorgehaald en toegevoegde groen onderstreept, de gewijzigde\n"
    "                   kenmerken bovenaan\n"
    "  --sjablonen MAP  de map met sjablonen (standaard: templates in de huidige map, anders die bij\n"
    "                   het programma)\n"
    "  --help, -h       deze hulp\n"
    "\n"
    "Afsluitcode: 0 als de versies gelijk zijn, 1 als ze verschillen, 2 bij een verkeerde aanroep of\n"
    "als een versie niet te lezen of te maken is (zoals diff).\n";

int run_diff_command(const Arguments& args, const model::Environment& env) {
    diff::DiffRequest request;
    std::string colour = "auto";
    std::size_t context = 6;
    std::vector<std::string> sides;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::cout << kDiffHelp;
            return 0;
        } else if (a == "--kleur" || a.rfind("--kleur=", 0) == 0) {
            if (a == "--kleur") {
                if (i + 1 >= args.size()) return usage_error("--kleur verwacht altijd, nooit of auto", kDiffHelp);
                colour = args[++i];
            } else {
                colour = a.substr(8);
            }
            if (colour != "altijd" && colour != "nooit" && colour != "auto")
                return usage_error("onbekende waarde '" + colour + "' voor --kleur; kies altijd, nooit of auto",
                                   kDiffHelp);
        } else if (a == "--context" || a.rfind("--context=", 0) == 0) {
            std::string value;
            if (a == "--context") {
                if (i + 1 >= args.size()) return usage_error("--context verwacht een aantal woorden", kDiffHelp);
                value = args[++i];
            } else {
                value = a.substr(10);
            }
            if (value.empty() || value.size() > 4 || value.find_first_not_of("0123456789") != std::string::npos)
                return usage_error("--context verwacht een aantal woorden (0 tot 9999), niet '" + value + "'",
                                   kDiffHelp);
            context = static_cast<std::size_t>(std::stoul(value));
        } else if (a == "--redline" || a.rfind("--redline=", 0) == 0) {
            if (a == "--redline") {
                if (i + 1 >= args.size()) return usage_error("--redline verwacht een bestand", kDiffHelp);
                request.redline = args[++i];
            } else {
                request.redline = a.substr(10);
            }
            request.redline_format = diff::redline_format_of(request.redline);
            if (request.redline_format == diff::RedlineFormat::none)
                return usage_error("--redline verwacht een bestand dat eindigt op .html of .pdf, niet '" +
                                       request.redline.generic_string() + "'",
                                   kDiffHelp);
        } else if (a == "--") {
            sides.insert(sides.end(), args.begin() + static_cast<long>(i) + 1, args.end());
            break;
        } else if (!a.empty() && a[0] == '-') {
            return usage_error("onbekende optie '" + a + "'", kDiffHelp);
        } else {
            sides.push_back(a);
        }
    }
    if (sides.size() != 2)
        return usage_error("geef precies twee versies: OUD en NIEUW (nu " + std::to_string(sides.size()) + ")",
                           kDiffHelp);
    request.old_spec = sides[0];
    request.new_spec = sides[1];

    const diff::DiffOutcome outcome = diff::run_diff(request, env);
    print_diagnostics(outcome.diagnostics);
    if (!outcome.diff) return 2;

    diff::TextReportOptions options;
    options.old_name = request.old_spec;
    options.new_name = request.new_spec;
    options.context = context;
    options.colour = colour == "altijd" ||
                     (colour == "auto" && ::isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr);
    std::cout << diff::text_report(*outcome.diff, options);
    std::cout.flush();
    if (request.redline_format != diff::RedlineFormat::none) {
        if (!outcome.redline_written) return 2;
        std::cerr << "raadsstuk: redline geschreven: " << request.redline.generic_string() << '\n';
    }
    return outcome.diff->equal() ? 0 : 1;
}

}  // namespace raadsstuk::cli
