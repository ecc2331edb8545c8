// raadsstuk build: checks and builds every document under the given paths, on several threads, skipping
// what is unchanged since the last build (docs/batch.md).
#include <unistd.h>

#include <atomic>
#include <charconv>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <optional>

#include "build/build_job.hpp"
#include "build/progress_line.hpp"
#include "cli/commands.hpp"

namespace raadsstuk::cli {
namespace {

// The user's cache directory for the build cache (docs/batch.md): $RAADSSTUK_CACHE_DIR, else
// $XDG_CACHE_HOME/raadsstuk, else $HOME/.cache/raadsstuk; none when none of them is set.
std::filesystem::path build_cache_dir() {
    const auto set = [](const char* name) {
        const char* v = std::getenv(name);
        return v && *v ? std::optional<std::filesystem::path>(v) : std::nullopt;
    };
    if (const auto dir = set("RAADSSTUK_CACHE_DIR")) return *dir;
    if (const auto dir = set("XDG_CACHE_HOME")) return *dir / "raadsstuk";
    if (const auto dir = set("HOME")) return *dir / ".cache" / "raadsstuk";
    return {};
}


std::atomic<bool> g_stop{false};

extern "C" void request_stop(int) { g_stop.store(true); }

// Ctrl-C and SIGTERM ask the build to stop: what is being written is finished or left out, never half
// written. The handler is reset on the first signal, so a second Ctrl-C ends the process at once (the
// outputs stay complete or absent even then: they are renamed into place).
void install_stop_handlers() {
    struct sigaction action {};
    action.sa_handler = request_stop;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_RESTART;  // no EINTR in the middle of writing a file
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

// On a terminal (and not --quiet): one progress line, updated in place, with the diagnostics above it.
// Otherwise one line per document. --quiet: only the diagnostics.
class ConsoleReporter : public build::Reporter {
public:
    ConsoleReporter(bool quiet, bool terminal) : quiet_(quiet), bar_(terminal && !quiet) {}
    void begin(std::size_t total) override {
        start_ = std::chrono::steady_clock::now();
        if (!quiet_) std::cerr << "raadsstuk: " << total << (total == 1 ? " document" : " documenten") << '\n';
    }
    void document_done(const build::DocumentOutcome& o, std::size_t index, std::size_t total) override {
        if (bar_ && !o.diagnostics.empty()) clear_bar();
        print_diagnostics(o.diagnostics);
        if (quiet_ || bar_) return;
        std::cerr << '[' << index + 1 << '/' << total << "] "
                  << (o.unchanged ? "ongewijzigd " : o.built ? "gebouwd  " : "MISLUKT  ")
                  << o.source.file.generic_string();
        if (o.built) {
            std::cerr << " ->";
            for (const auto& p : o.outputs) std::cerr << ' ' << p.generic_string();
        }
        std::cerr << '\n';
    }
    void progress(std::size_t done, std::size_t total) override {
        if (!bar_) return;
        const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start_;
        std::cerr << '\r' << build::progress_line(done, total, elapsed.count()) << "\033[K" << std::flush;
        shown_ = true;
    }
    void finish() {
        if (shown_) clear_bar();
    }

private:
    void clear_bar() {
        std::cerr << "\r\033[K";
        shown_ = false;
    }
    bool quiet_;
    bool bar_;
    bool shown_ = false;
    std::chrono::steady_clock::time_point start_;
};

}  // namespace

std::optional<unsigned> parse_jobs(const std::string& text) {
    unsigned v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || v == 0 || v > 1024) return std::nullopt;
    return v;
}

const std::string_view kBuildHelp =
    "Gebruik: raadsstuk build [--out MAP] [--jobs N] [--rebuild] [--shard K/N] [--quiet] [--force] PAD...\n"
    "\n"
    "Bouwt elk document (een .json-bestand met \"soort\": \"raadsinformatiebrief\") onder de gegeven\n"
    "bestanden en mappen tot een PDF-, een Markdown- en een toegankelijk HTML-bestand (voor de website).\n"
    "De uitvoer volgt het pad onder de gegevensmap (de map met gemeenten/): data/documenten/2021/x.json\n"
    "wordt MAP/documenten/2021/x.pdf, x.md en x.html.\n"
    "\n"
    "Opties:\n"
    "  --out MAP       uitvoermap (standaard: output)\n"
    "  --jobs N, -j N  N documenten tegelijk bouwen (standaard: alle processorkernen); de uitvoer\n"
    "                  is dezelfde als met --jobs 1\n"
    "  --rebuild       alles opnieuw bouwen, ook wat sinds de vorige keer niet is veranderd\n"
    "  --shard K/N     alleen het K-de van N vaste delen van de documenten bouwen (voor meerdere\n"
    "                  machines); elk deel schrijft zijn eigen manifest\n"
    "  --quiet, -q     alleen fouten en waarschuwingen tonen, geen voortgang\n"
    "  --force         ook bouwen als de controles (zie 'raadsstuk help check') een fout vinden\n"
    "  --sjablonen MAP de map met sjablonen (standaard: templates in de huidige map, anders die bij\n"
    "                  het programma)\n"
    "  --help, -h      deze hulp\n"
    "\n"
    "Eerst worden de documenten gecontroleerd zoals 'raadsstuk check' dat doet. Een document met een\n"
    "fout wordt niet gebouwd; de andere wel. Een document waarvan de gegevens, sjablonen, huisstijl en\n"
    "versie niet zijn veranderd sinds de vorige bouw, wordt overgeslagen (\"ongewijzigd\"). In MAP komt\n"
    "een manifest (raadsstuk-manifest.json) met de SHA-256 van alle invoer en uitvoer; 'raadsstuk\n"
    "verify' controleert daarmee later of alles nog hetzelfde wordt. Een buildcache (in\n"
    "$RAADSSTUK_CACHE_DIR, anders $XDG_CACHE_HOME/raadsstuk of ~/.cache/raadsstuk) maakt een volgende\n"
    "bouw snel; die mag altijd worden verwijderd.\n"
    "Er blijft nooit een half geschreven bestand achter: elk bestand wordt eerst onder een tijdelijke\n"
    "naam geschreven. Na Ctrl-C gaat een nieuwe bouw verder waar de vorige stopte.\n"
    "Afsluitcode: 0 als alle documenten zijn gebouwd, anders 1 (2 bij een verkeerde aanroep, 130 na\n"
    "onderbreken).\n";

int run_build_command(const std::vector<std::string>& args, const model::Environment& env) {
    build::BuildOptions options;
    bool quiet = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        // "--x VALUE" or "--x=VALUE"; nothing when `a` is not option x.
        const auto value = [&](std::string_view name, std::string_view alias = {}) -> std::optional<std::string> {
            if (a == name || (!alias.empty() && a == alias)) {
                if (i + 1 >= args.size()) return std::string();
                return args[++i];
            }
            if (a.size() > name.size() && a.compare(0, name.size(), name) == 0 && a[name.size()] == '=')
                return a.substr(name.size() + 1);
            return std::nullopt;
        };
        if (a == "--help" || a == "-h") {
            std::cout << kBuildHelp;
            return 0;
        } else if (a == "--quiet" || a == "-q") {
            quiet = true;
        } else if (a == "--force") {
            options.force = true;
        } else if (a == "--rebuild") {
            options.rebuild = true;
        } else if (const auto out = value("--out", "-o")) {
            if (out->empty()) return usage_error("--out verwacht een map", kBuildHelp);
            options.out_dir = *out;
        } else if (const auto jobs = value("--jobs", "-j")) {
            const auto n = parse_jobs(*jobs);
            if (!n)
                return usage_error("--jobs verwacht een aantal van 1 tot 1024, niet '" + *jobs + "'", kBuildHelp);
            options.jobs = *n;
        } else if (const auto shard = value("--shard")) {
            options.shard = build::Shard::parse(*shard);
            if (!options.shard)
                return usage_error("--shard verwacht K/N met 1 <= K <= N, zoals 2/8, niet '" + *shard + "'",
                                   kBuildHelp);
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
    options.engine_version = RAADSSTUK_VERSION;
    options.engine_build = engine_build();
    options.cache_dir = build_cache_dir();
    options.stop = &g_stop;
    install_stop_handlers();

    ConsoleReporter reporter(quiet, ::isatty(STDERR_FILENO) == 1);
    const build::BuildSummary summary = build::run_build(options, env, reporter);
    reporter.finish();
    print_diagnostics(summary.general);
    std::cerr << "raadsstuk: " << summary.built << " gebouwd, " << summary.failed << " mislukt";
    if (summary.unchanged > 0) std::cerr << ", " << summary.unchanged << " ongewijzigd";
    if (summary.rechecked > 0) std::cerr << " (waarvan " << summary.rechecked << " opnieuw gecontroleerd)";
    std::cerr << '\n';
    if (summary.held_back > 0)
        std::cerr << "raadsstuk: " << summary.held_back
                  << (summary.held_back == 1 ? " document is" : " documenten zijn")
                  << " niet gebouwd vanwege fouten uit de controles; --force bouwt ze toch\n";
    if (summary.interrupted) {
        const int done = summary.built + summary.unchanged + summary.failed;
        std::cerr << "raadsstuk: onderbroken na " << done << " van " << summary.total
                  << " documenten; wat klaar is staat in het manifest, en dezelfde opdracht gaat verder waar deze "
                     "stopte\n";
        return 130;
    }
    return summary.ok() ? 0 : 1;
}

}  // namespace raadsstuk::cli
