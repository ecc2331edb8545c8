// How long the checks take on a large register. Generates a data directory of N documents in memory
// (letters and raadsvoorstellen with references, dates with weekdays, "jl." dates, zaaknummers in the text,
// status blocks, attachments and amounts, all consistent, plus a register file of historic documents), then
// times: loading everything and building the register; running every check on every document; and the
// same once more through files on disk, as `raadsstuk check` does it. Prints the figures per thousand
// documents, and the findings (there should be none: a finding means a false positive or a generator bug).
//
//   cmake --build build --target check_bench && build/bench/check_bench [N]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <unistd.h>

#include "build/check_job.hpp"
#include "build/register_root.hpp"
#include "format/dutch.hpp"
#include "model/date.hpp"

namespace {

using namespace raadsstuk;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kGemeenten = 4;
constexpr int kHistoric = 500;  // entries in each register file

std::string gemeente_json(int g) {
    return R"({
  "soort": "gemeente", "id": "bench-)" + std::to_string(g) + R"(", "naam": "Bench )" + std::to_string(g) + R"(",
  "adres": ["Raadhuis 1"], "college": "het college van burgemeester en wethouders",
  "zaaknummerpatronen": ["Z-{jj}-{zaak}[/{document}]", "Z/{jj}/{zaak}[/[{document}]]"],
  "functionarissen": [
    {"naam": "A. Burgemeester", "functie": "burgemeester", "van": "2000-01-01"},
    {"naam": "B. Secretaris", "functie": "gemeentesecretaris", "van": "2000-01-01"},
    {"naam": "C. Griffier", "functie": "griffier", "van": "2000-01-01"},
    {"naam": "D. Wethouder", "functie": "wethouder", "van": "2000-01-01"}
  ],
  "huisstijl": {
    "lettertype": {"regulier": "LiberationSans-Regular.ttf", "vet": "LiberationSans-Bold.ttf",
                   "cursief": "LiberationSans-Italic.ttf", "vetcursief": "LiberationSans-BoldItalic.ttf"},
    "grootte": {"tekst": 10, "kop": 12, "klein": 8}, "regelafstand": 1.35,
    "marges": {"boven": 25, "onder": 25, "links": 25, "rechts": 20},
    "kleuren": {"tekst": "#000000", "primair": "#000000", "accent": "#000000"},
    "briefhoofd": ["Bench"]
  }
})";
}

struct Doc {
    int gemeente;
    int zaak;
    long number;
    model::Date date;
};

std::string zaaknummer(const Doc& d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "Z-%02d-%d", d.date.year % 100, d.zaak);
    return buf;
}

std::string cite(const Doc& d) { return zaaknummer(d) + "/" + std::to_string(d.number); }

std::string letter_json(const Doc& d, const Doc* earlier, const Doc* other, int i) {
    const model::Date jl = model::Date::from_days_since_epoch(d.date.days_since_epoch() - 20);
    std::string tekst = "\"Op " + format::format_date_with_weekday(d.date) + " informeren wij u over de stand van zaken. "
                        "Op " + std::to_string(jl.day) + " " + std::string(format::month_name(jl.month)) +
                        " jl. is overleg gevoerd; zie bijlage 1.\"";
    std::string refs;
    if (earlier) {
        tekst += ", \"Met onze brief van " + format::format_date(earlier->date) + " (" + cite(*earlier) +
                 ") hebben wij u eerder geïnformeerd. De kosten bedragen € 64.000 en de planning staat in bijlage 2.\"";
        refs = ", \"verwijzingen\": [{\"zaaknummer\": \"" + zaaknummer(*earlier) + "\", \"documentnummer\": \"" +
               std::to_string(earlier->number) + "\", \"soort\": \"raadsinformatiebrief\", \"datum\": \"" +
               earlier->date.iso() + "\"}";
        if (other)
            refs += ", {\"documentnummer\": \"" + std::to_string(other->number) +
                    "\", \"soort\": \"collegebesluit\", \"datum\": \"" + other->date.iso() + "\"}";
        refs += "]";
    }
    tekst += ", \"## Verder\", \"- eerste punt;\\n- tweede punt met \\\"aanhalingstekens\\\"\"";
    std::string status;
    if (i % 10 == 0)
        status = ", \"status\": {\"programma\": \"Programma\", \"onderdelen\": [{\"onderdeel\": \"Wmo\", \"status\": "
                 "\"besloten\", \"streefdatum\": \"per " + std::to_string(d.date.year + 1) + "\"}, {\"onderdeel\": \"Jeugd "
                 + std::to_string(i) + "\", \"status\": \"in onderzoek\", \"streefdatum\": \"medio " +
                 std::to_string(d.date.year + 1) + "\"}]}";
    return "{\"soort\": \"raadsinformatiebrief\", \"gemeente\": \"bench-" + std::to_string(d.gemeente) +
           "\", \"zaaknummer\": \"" + zaaknummer(d) + "\", \"documentnummer\": \"" + std::to_string(d.number) +
           "\", \"datum\": \"" + d.date.iso() + "\", \"verzonden\": \"" + d.date.iso() +
           "\", \"onderwerp\": \"Brief " + std::to_string(i) + "\", \"bijlagen\": [\"Overzicht\", \"Planning\"]" + refs +
           ", \"tekst\": [" + tekst + "]" + status +
           ", \"ondertekening\": [{\"functie\": \"gemeentesecretaris\"}, {\"functie\": \"burgemeester\"}]}";
}

std::string voorstel_json(const Doc& d, int i) {
    const model::Date raad = model::Date::from_days_since_epoch(d.date.days_since_epoch() + 30);
    const model::Date commissie = model::Date::from_days_since_epoch(d.date.days_since_epoch() + 14);
    return "{\"soort\": \"raadsvoorstel\", \"gemeente\": \"bench-" + std::to_string(d.gemeente) +
           "\", \"zaaknummer\": \"" + zaaknummer(d) + "\", \"documentnummer\": \"" + std::to_string(d.number) +
           "\", \"datum_collegebesluit\": \"" + d.date.iso() + "\", \"datum_commissie\": \"" + commissie.iso() +
           "\", \"datum_raad\": \"" + raad.iso() + "\", \"onderwerp\": \"Voorstel " + std::to_string(i) +
           "\", \"portefeuillehouder\": {\"naam\": \"D. Wethouder\"}, \"programma\": \"1 bestuur\", "
           "\"kernboodschap\": \"De raad stelt [[bedrag:krediet]] beschikbaar.\", \"bijlagen\": [\"Analyse\"], "
           "\"bedragen\": {\"krediet\": 64000}, \"beslispunten\": [{\"tekst\": \"Een krediet van € 64.000 beschikbaar "
           "te stellen.\"}], \"secties\": {\"samenvatting\": [\"Zie bijlage 1.\"], \"beoogd_effect\": [\"Effect.\"], "
           "\"financien\": [\"Het krediet is [[bedrag:krediet]].\"]}}";
}

struct Generated {
    std::vector<build::DataFile> files;
    std::size_t documents = 0;
};

Generated generate(int n) {
    Generated out;
    for (int g = 0; g < kGemeenten; ++g)
        out.files.push_back({"gemeenten/bench-" + std::to_string(g) + ".json", gemeente_json(g)});
    // Historic documents in register files, 2005-2009; the generated documents 2010 onwards, each gemeente's
    // documentnummers rising with the dates.
    std::vector<std::vector<Doc>> per(kGemeenten);
    const long start_historic = model::Date{2005, 1, 3}.days_since_epoch();
    for (int g = 0; g < kGemeenten; ++g) {
        std::string entries;
        for (int k = 0; k < kHistoric; ++k) {
            Doc d{g, 1000 + k, 100000 + k, model::Date::from_days_since_epoch(start_historic + k * 3)};
            per[g].push_back(d);
            entries += std::string(k ? ",\n" : "") + "{\"zaaknummer\": \"" + zaaknummer(d) + "\", \"documentnummer\": \"" +
                       std::to_string(d.number) + "\", \"soort\": \"collegebesluit\", \"datum\": \"" + d.date.iso() +
                       "\", \"onderwerp\": \"Besluit " + std::to_string(k) + "\"}";
        }
        out.files.push_back({"register/bench-" + std::to_string(g) + ".json",
                             "{\"soort\": \"register\", \"gemeente\": \"bench-" + std::to_string(g) +
                                 "\", \"documenten\": [" + entries + "]}"});
    }
    const long start = model::Date{2010, 1, 4}.days_since_epoch();
    std::vector<int> letters_of(kGemeenten, 0);
    for (int i = 0; i < n; ++i) {
        const int g = i % kGemeenten;
        const int k = i / kGemeenten;
        Doc d{g, 20000 + k, 200000 + k, model::Date::from_days_since_epoch(start + k)};
        const std::string dir = "documenten/" + std::to_string(d.date.year) + "/";
        if (i % 20 == 7) {
            out.files.push_back({dir + "voorstel-" + std::to_string(i) + ".json", voorstel_json(d, i)});
        } else {
            // Cite an earlier letter of the same gemeente and a historic besluit.
            const Doc* earlier = nullptr;
            for (auto it = per[g].rbegin(); it != per[g].rend() && it - per[g].rbegin() < 40; ++it)
                if (it->number >= 200000 && (k - (it->number - 200000)) % 7 == 3) earlier = &*it;
            const Doc* historic = &per[g][static_cast<std::size_t>(k) % kHistoric];
            out.files.push_back({dir + "brief-" + std::to_string(i) + ".json",
                                 letter_json(d, earlier, earlier ? historic : nullptr, i)});
            ++letters_of[g];
        }
        if (i % 20 != 7) per[g].push_back(d);
        ++out.documents;
    }
    return out;
}

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

void figure(const char* what, Clock::duration d, std::size_t documents) {
    std::printf("  %-44s %9.1f ms   %7.1f ms per 1000 documents\n", what, ms(d), ms(d) * 1000.0 / static_cast<double>(documents));
}

void print_findings(const std::map<std::string, int>& by_code) {
    if (by_code.empty()) {
        std::printf("  findings: none\n");
        return;
    }
    for (const auto& [code, count] : by_code) std::printf("  findings: %s x %d\n", code.c_str(), count);
}

}  // namespace

int main(int argc, char** argv) {
    const int n = argc > 1 ? std::atoi(argv[1]) : 10000;
    if (n <= 0) {
        std::fprintf(stderr, "gebruik: check_bench [AANTAL]\n");
        return 2;
    }
    const auto t0 = Clock::now();
    Generated gen = generate(n);
    const auto t1 = Clock::now();
    std::size_t bytes = 0, citing = 0;
    for (const auto& f : gen.files) {
        bytes += f.text.size();
        citing += f.text.find("\"verwijzingen\"") != std::string::npos;
    }
    std::printf("check_bench: %zu documents, %d register files of %d entries, %d gemeenten, %.1f MB of JSON\n",
                gen.documents, kGemeenten, kHistoric, kGemeenten, static_cast<double>(bytes) / 1e6);
    std::printf("  %zu documents cite an earlier letter and a historic besluit, by reference and in the text\n", citing);
    figure("generate (not part of the checks)", t1 - t0, gen.documents);

    std::vector<fs::path> documents;
    for (const auto& f : gen.files)
        if (f.relative.begin()->string() == "documenten") documents.push_back(f.relative);
    std::vector<build::DataFile> on_disk = gen.files;

    // In memory: the work of the checks without the file system.
    const auto t2 = Clock::now();
    const build::RegisterRoot root("bench", std::move(gen.files));
    const auto t3 = Clock::now();
    std::map<std::string, int> by_code;
    for (const auto& d : documents)
        for (const auto& diag : root.check_file(d)) ++by_code[diag.code];
    const auto t4 = Clock::now();
    std::printf("in memory:\n");
    figure("load every file, build the register", t3 - t2, documents.size());
    figure("resolve and check every document", t4 - t3, documents.size());
    figure("together", t4 - t2, documents.size());
    print_findings(by_code);

    // Through files, as raadsstuk check does it (walk, read, load, check, sort).
    std::string templ = (fs::temp_directory_path() / "raadsstuk-bench-XXXXXX").string();
    const fs::path dir = ::mkdtemp(templ.data());
    for (const auto& f : on_disk) {
        fs::create_directories((dir / f.relative).parent_path());
        std::ofstream(dir / f.relative, std::ios::binary) << f.text;
    }
    build::CheckOptions options;
    options.inputs = {dir.string()};
    const auto t5 = Clock::now();
    const build::CheckSummary summary = build::run_check(options);
    const auto t6 = Clock::now();
    std::printf("through files (raadsstuk check):\n");
    figure("check every document and register file", t6 - t5, summary.files);
    std::map<std::string, int> file_codes;
    for (const auto& f : summary.findings) ++file_codes[f.diagnostic.code];
    print_findings(file_codes);
    std::error_code ec;
    fs::remove_all(dir, ec);
    return by_code.empty() && file_codes.empty() ? 0 : 1;
}
