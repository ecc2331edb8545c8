// raadsstuk verify: regenerates what a manifest lists and compares it byte for byte (docs/batch.md).
#include <iostream>

#include "build/verify_job.hpp"
#include "cli/commands.hpp"

namespace raadsstuk::cli {

const std::string_view kVerifyHelp =
    "Gebruik: raadsstuk verify [--jobs N] [--quiet] MANIFEST...\n"
    "\n"
    "Maakt elk document dat in het manifest staat opnieuw, in het geheugen (er wordt niets\n"
    "geschreven), en vergelijkt elk uitvoerbestand byte voor byte met de SHA-256 uit het manifest en,\n"
    "als het er staat, met het bestand naast het manifest. Bij elk verschil staat het document en de\n"
    "reden die te vinden is: invoer gewijzigd (gegevens, huisstijl, lettertype), sjabloon gewijzigd,\n"
    "engine gewijzigd, of onverklaard als alle vastgelegde invoer gelijk is.\n"
    "Geef bij een gedeelde bouw (--shard) alle manifesten: output/raadsstuk-manifest-*.json.\n"
    "\n"
    "Opties:\n"
    "  --jobs N, -j N  N documenten tegelijk (standaard: alle processorkernen)\n"
    "  --quiet, -q     alleen de verschillen en de samenvatting tonen\n"
    "  --sjablonen MAP de map met sjablonen (standaard: templates in de huidige map, anders die bij\n"
    "                  het programma)\n"
    "  --help, -h      deze hulp\n"
    "\n"
    "Afsluitcode: 0 als alles gelijk is, 1 bij een verschil of een onleesbaar manifest, 2 bij een\n"
    "verkeerde aanroep.\n";

int run_verify_command(const Arguments& args, const model::Environment& env) {
    build::VerifyOptions options;
    bool quiet = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::cout << kVerifyHelp;
            return 0;
        } else if (a == "--quiet" || a == "-q") {
            quiet = true;
        } else if (a == "--jobs" || a == "-j" || a.rfind("--jobs=", 0) == 0) {
            std::string text;
            if (a.rfind("--jobs=", 0) == 0) text = a.substr(7);
            else if (i + 1 < args.size()) text = args[++i];
            const auto n = parse_jobs(text);
            if (!n) return usage_error("--jobs verwacht een aantal van 1 tot 1024, niet '" + text + "'", kVerifyHelp);
            options.jobs = *n;
        } else if (a == "--") {
            options.manifests.insert(options.manifests.end(), args.begin() + static_cast<long>(i) + 1, args.end());
            break;
        } else if (!a.empty() && a[0] == '-') {
            return usage_error("onbekende optie '" + a + "'", kVerifyHelp);
        } else {
            options.manifests.emplace_back(a);
        }
    }
    if (options.manifests.empty()) return usage_error("geef een manifest op (raadsstuk-manifest.json)", kVerifyHelp);
    options.engine_version = RAADSSTUK_VERSION;
    options.engine_build = engine_build();

    const build::VerifySummary summary = build::run_verify(options, env);
    print_diagnostics(summary.general);
    const std::size_t total = summary.documents.size();
    for (std::size_t i = 0; i < total; ++i) {
        const auto& d = summary.documents[i];
        print_diagnostics(d.diagnostics);
        if (!quiet)
            std::cerr << '[' << i + 1 << '/' << total << "] " << (d.equal ? "gelijk     " : "VERSCHILT  ") << d.source
                      << '\n';
    }
    std::cerr << "raadsstuk: " << total << (total == 1 ? " document" : " documenten") << " geverifieerd, "
              << summary.equal() << " gelijk, " << summary.different() << " verschillend\n";
    return summary.ok() ? 0 : 1;
}

}  // namespace raadsstuk::cli
