#include "synthetic_corpus.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "format/dutch.hpp"
#include "model/date.hpp"

namespace raadsstuk::bench {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class Rng {
public:
    explicit Rng(std::uint32_t seed) : state_(0x9E3779B97F4A7C15ull ^ (seed * 0x100000001B3ull + 1)) {}
    std::uint32_t next() {  // xorshift64*
        state_ ^= state_ >> 12;
        state_ ^= state_ << 25;
        state_ ^= state_ >> 27;
        return static_cast<std::uint32_t>((state_ * 0x2545F4914F6CDD1Dull) >> 32);
    }
    std::size_t below(std::size_t n) { return next() % n; }
    bool percent(unsigned p) { return next() % 100 < p; }
    template <class T>
    const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }

private:
    std::uint64_t state_;
};

json read_json(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + p.string());
    return json::parse(in);
}

void write_json(const fs::path& p, const json& j) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << j.dump(2) << '\n';
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

// ---- Dutch-like prose ----------------------------------------------------------------------------------

const std::vector<std::string> kSubjects = {
    "Het college", "De gemeente", "De werkorganisatie", "Wij", "De regio", "De projectgroep",
    "De betrokken partners", "Het regionale team", "De uitvoeringsorganisatie", "De stuurgroep"};
const std::vector<std::string> kVerbs = {
    "heeft onderzocht", "werkt aan", "verbetert", "bespreekt", "evalueert", "heeft afgesproken",
    "onderzoekt", "versterkt", "bereidt", "volgt nauwgezet", "heeft vastgesteld", "brengt in kaart"};
const std::vector<std::string> kObjects = {
    "de uitvoering van de Wmo", "een plan van aanpak voor de wijken", "de samenwerking met de buurgemeenten",
    "de kosten van de jeugdhulp", "een nieuwe regeling voor de dienstverlening", "de toegang tot ondersteuning",
    "de gevolgen voor inwoners en ondernemers", "de afspraken over de informatievoorziening",
    "de bedrijfsvoering van de gemeenschappelijke regeling", "de planning voor de komende jaren",
    "de zorgcontinuïteit voor cliënten", "de samenwerkingsovereenkomst met de partners",
    "het onderhoud van de openbare ruimte", "de verduurzaming van het maatschappelijk vastgoed",
    "de risico's voor de begroting", "de kwaliteit van de schuldhulpverlening"};
const std::vector<std::string> kClauses = {
    "zodat inwoners sneller worden geholpen", "in overleg met de betrokken partners",
    "binnen de kaders van de begroting", "zoals wij eerder hebben toegezegd", "met oog voor de uitvoerbaarheid",
    "waarbij de kwaliteit voorop staat", "voordat verdere besluitvorming plaatsvindt",
    "om de dienstverlening op peil te houden", "met aandacht voor de kosten op langere termijn"};
const std::vector<std::string> kTopics = {
    "uitvoering Wmo", "jeugdhulp in de regio", "schuldhulpverlening", "openbare verlichting",
    "verduurzaming van het vastgoed", "samenwerking sociaal domein", "onderhoud van wegen en groen",
    "dienstverlening aan inwoners", "informatievoorziening", "huisvesting van statushouders",
    "accommodatiebeleid", "afvalinzameling"};
const std::vector<std::string> kHeadings = {
    "Aanleiding", "Stand van zaken", "Wat betekent dit voor inwoners?", "Financiële gevolgen",
    "Vervolg", "Communicatie", "Planning", "Risico's", "Samenwerking met partners"};

std::string sentence(Rng& rng) {
    std::string s = rng.pick(kSubjects) + " " + rng.pick(kVerbs) + " " + rng.pick(kObjects);
    if (rng.percent(55)) s += ", " + rng.pick(kClauses);
    if (rng.percent(25)) s += " en " + rng.pick(kObjects);
    return s + ".";
}

// A paragraph of about `words` words.
std::string paragraph(Rng& rng, std::size_t words) {
    std::string p;
    std::size_t count = 0;
    while (count < words) {
        const std::string s = sentence(rng);
        p += (p.empty() ? "" : " ") + s;
        count += static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')) + 1;
    }
    return p;
}

// Markdown blocks of a body of about `words` words: paragraphs, a heading every few, now and then a list.
std::vector<std::string> body(Rng& rng, std::size_t words) {
    std::vector<std::string> blocks;
    std::size_t done = 0, since_heading = 0;
    while (done < words) {
        if (since_heading >= 2 && rng.percent(40)) {
            blocks.push_back("## " + rng.pick(kHeadings));
            since_heading = 0;
        }
        if (rng.percent(12)) {
            std::string list;
            for (int i = 0; i < 3; ++i) list += (i ? "\n- " : "- ") + paragraph(rng, 10 + rng.below(14));
            blocks.push_back(list);
            done += 50;
        } else {
            const std::size_t n = 35 + rng.below(90);
            blocks.push_back(paragraph(rng, n));
            done += n;
        }
        ++since_heading;
    }
    return blocks;
}

// 1 to 6 pages, most letters short; or two pages.
std::size_t letter_words(Rng& rng, CorpusMix mix) {
    const unsigned r = rng.next() % 100;
    const std::size_t pages = mix == CorpusMix::two_page_letters ? 2
                              : r < 25                          ? 1
                              : r < 60                          ? 2
                              : r < 80                          ? 3
                              : r < 90                          ? 4
                              : r < 95                          ? 5
                                                                : 6;
    if (mix == CorpusMix::two_page_letters) return 380 + rng.below(150);  // with the letterhead and closing: two pages
    return pages == 1 ? 120 + rng.below(120) : 230 + (pages - 1) * 470 - rng.below(200);
}

// ---- the documents ---------------------------------------------------------------------------------------

struct GemeenteModel {
    std::string id;
    std::string base;        // the data/gemeenten file it was cloned from
    std::string wethouder;   // a portefeuillehouder in office in 2023 and 2024
};

struct Planned {
    std::size_t gemeente = 0;
    model::Date date;
    bool proposal = false;
    std::string zaaknummer;
    std::string documentnummer;
};

model::Date working_day(Rng& rng) {
    const long first = model::Date{2023, 1, 2}.days_since_epoch();
    model::Date d = model::Date::from_days_since_epoch(first + static_cast<long>(rng.below(730)));
    while (d.weekday() >= 5) d = model::Date::from_days_since_epoch(d.days_since_epoch() + 1);
    return d;
}

model::Date plus_days(model::Date d, long n) {
    d = model::Date::from_days_since_epoch(d.days_since_epoch() + n);
    while (d.weekday() >= 5) d = model::Date::from_days_since_epoch(d.days_since_epoch() + 1);
    return d;
}

// The status of a domain depends only on the gemeente and the date, so that letters of one day agree (RS219).
json status_block(const GemeenteModel& g, const model::Date& date) {
    static const std::vector<std::string> statuses = {"besloten", "in onderzoek", "stilgelegd"};
    json onderdelen = json::array();
    const std::vector<std::string> domains = {"Wmo", "Jeugd", "Werk en Inkomen"};
    for (std::size_t i = 0; i < domains.size(); ++i) {
        std::uint32_t h = 2166136261u;  // FNV-1a: the same on every platform
        for (unsigned char c : g.id + date.iso() + domains[i]) h = (h ^ c) * 16777619u;
        onderdelen.push_back({{"onderdeel", domains[i]},
                              {"status", statuses[h % statuses.size()]},
                              {"huidige_partner", "gemeenschappelijke regeling Haaglanden"},
                              {"nieuwe_partner", "gemeenten van de Leidse regio"},
                              {"streefdatum", "per " + std::to_string(date.year + 1 + static_cast<int>(i % 2))},
                              {"toelichting", "gezamenlijke inkoop en afstemming van beleid"}});
    }
    return {{"programma", "Samenwerking sociaal domein"},
            {"inleiding", "De stand van zaken per onderdeel is als volgt."},
            {"onderdelen", onderdelen}};
}

// A reference to an earlier document of the same gemeente, and the sentence that cites it.
void cite(Rng& rng, const Planned& self, const std::vector<Planned>& plan, std::size_t index, json& doc,
          std::vector<std::string>& blocks) {
    for (std::size_t tries = 0; tries < 8 && index > 0; ++tries) {
        const Planned& earlier = plan[rng.below(index)];
        if (earlier.gemeente != self.gemeente || !(earlier.date < self.date)) continue;
        doc["verwijzingen"] = json::array({{{"soort", earlier.proposal ? "raadsvoorstel" : "raadsinformatiebrief"},
                                            {"zaaknummer", earlier.zaaknummer},
                                            {"documentnummer", earlier.documentnummer},
                                            {"datum", earlier.date.iso()}}});
        blocks.insert(blocks.begin() + (blocks.empty() ? 0 : 1),
                      std::string("Met ") + (earlier.proposal ? "ons voorstel" : "onze brief") + " van " +
                          format::format_date(earlier.date) + " (" + earlier.zaaknummer + "/" +
                          earlier.documentnummer + ") hebben wij u hierover eerder geïnformeerd.");
        return;
    }
}

json letter(Rng& rng, const GemeenteModel& g, const Planned& self, const std::vector<Planned>& plan,
            std::size_t index, CorpusMix mix) {
    json doc = {{"soort", "raadsinformatiebrief"},
                {"gemeente", g.id},
                {"sjabloonversie", 1},
                {"huisstijlversie", 1},
                {"zaaknummer", self.zaaknummer},
                {"documentnummer", self.documentnummer},
                {"datum", self.date.iso()},
                {"verzonden", self.date.iso()},
                {"onderwerp", "Voortgang " + rng.pick(kTopics)}};
    json bijlagen = json::array();
    for (std::size_t i = 0, n = rng.below(3); i < n; ++i) bijlagen.push_back("Overzicht " + rng.pick(kTopics));
    doc["bijlagen"] = bijlagen;
    std::vector<std::string> blocks = body(rng, letter_words(rng, mix));
    if (rng.percent(30)) cite(rng, self, plan, index, doc, blocks);
    if (rng.percent(20)) {
        doc["status"] = status_block(g, self.date);
        blocks.insert(blocks.begin() + static_cast<long>(std::min<std::size_t>(2, blocks.size())), "[[status]]");
    }
    doc["tekst"] = blocks;
    doc["ondertekening"] = json::array({{{"functie", "gemeentesecretaris"}}, {{"functie", "burgemeester"}}});
    doc["opmerking"] = "Synthetisch document voor de benchmark (bench/synthetic_corpus.cpp).";
    return doc;
}

json proposal(Rng& rng, const GemeenteModel& g, const Planned& self, const std::vector<Planned>& plan,
              std::size_t index, const json& model) {
    json doc = model;
    doc.erase("$schema");
    doc.erase("relatie_met");
    doc.erase("verwijzingen");
    doc["gemeente"] = g.id;
    doc["zaaknummer"] = self.zaaknummer;
    doc["documentnummer"] = self.documentnummer;
    doc["datum_collegebesluit"] = self.date.iso();
    doc["datum_commissie"] = plus_days(self.date, 20).iso();
    doc["datum_raad"] = plus_days(self.date, 35).iso();
    doc["onderwerp"] = "Krediet " + rng.pick(kTopics);
    doc["portefeuillehouder"] = {{"naam", g.wethouder}};
    doc["opmerking"] = "Synthetisch voorstel voor de benchmark (bench/synthetic_corpus.cpp).";
    json& secties = doc["secties"];
    for (const char* name : {"samenvatting", "beoogd_effect", "argumenten", "kanttekeningen", "communicatie", "uitvoering"})
        secties[name] = body(rng, 60 + rng.below(260));
    std::vector<std::string> first = secties["samenvatting"].get<std::vector<std::string>>();
    if (rng.percent(30)) cite(rng, self, plan, index, doc, first);
    secties["samenvatting"] = first;
    return doc;
}

}  // namespace

CorpusStats write_synthetic_corpus(const fs::path& root, const fs::path& repository, std::size_t documents,
                                   std::uint32_t seed, CorpusMix mix) {
    if (fs::exists(root)) throw std::runtime_error(root.string() + " exists already");
    Rng rng(seed);
    CorpusStats stats;

    // Gemeenten: the two of data/ and clones of them under other names.
    struct Clone {
        const char* base;
        const char* id;
        const char* name;
        const char* primary;
        const char* wethouder;
    };
    const Clone clones[] = {{"voorschoten", "voorschoten", "Voorschoten", nullptr, "ir. K.M. Dijkhuizen"},
                            {"wassenaar", "wassenaar", "Wassenaar", nullptr, "A.C.M. van Rijn"},
                            {"voorschoten", "oegstgeest", "Oegstgeest", "#2b5d34", "ir. K.M. Dijkhuizen"},
                            {"wassenaar", "zoeterwoude", "Zoeterwoude", "#5a2d82", "A.C.M. van Rijn"}};
    std::vector<GemeenteModel> gemeenten;
    for (const Clone& c : clones) {
        json g = read_json(repository / "data/gemeenten" / (std::string(c.base) + ".json"));
        g.erase("$schema");
        const std::string base_name = g.at("naam").get<std::string>();
        if (c.primary) {
            g["id"] = c.id;
            g["naam"] = c.name;
            g["college"] = replace_all(g.at("college").get<std::string>(), base_name, c.name);
            json& style = g["huisstijl"];
            style["kleuren"]["primair"] = c.primary;
            for (auto& line : style["briefhoofd"]) line = replace_all(line.get<std::string>(), base_name, c.name);
            for (auto& line : g["adres"]) line = replace_all(line.get<std::string>(), base_name, c.name);
            g["opmerking"] = "Synthetische gemeente voor de benchmark, gekloond van " + base_name + ".";
        }
        write_json(root / "gemeenten" / (std::string(c.id) + ".json"), g);
        gemeenten.push_back({c.id, c.base, c.wethouder});
    }
    stats.gemeenten = gemeenten.size();

    // Plan every document first: numbers rise with the date across the whole tree (RS214, RS215).
    std::vector<Planned> plan(documents);
    for (auto& p : plan) {
        p.gemeente = rng.below(gemeenten.size());
        p.date = working_day(rng);
        p.proposal = rng.percent(15) && mix == CorpusMix::mixed;
    }
    std::stable_sort(plan.begin(), plan.end(), [](const Planned& a, const Planned& b) { return a.date < b.date; });
    for (std::size_t i = 0; i < plan.size(); ++i) {
        char zaak[32];
        std::snprintf(zaak, sizeof zaak, "Z-%02d-%05zu", plan[i].date.year % 100, 10000 + i);
        plan[i].zaaknummer = zaak;
        plan[i].documentnummer = std::to_string(500000 + i);
    }

    const json voorstel_model =
        read_json(repository / "data/documenten/2023/2023-09-12-krediet-openbare-verlichting-wassenaar.json");
    for (std::size_t i = 0; i < plan.size(); ++i) {
        const Planned& p = plan[i];
        const GemeenteModel& g = gemeenten[p.gemeente];
        const json doc = p.proposal ? proposal(rng, g, p, plan, i, voorstel_model) : letter(rng, g, p, plan, i, mix);
        (p.proposal ? stats.proposals : stats.letters) += 1;
        char name[64];
        std::snprintf(name, sizeof name, "%s-%06zu-%s.json", p.date.iso().c_str(), i, g.id.c_str());
        write_json(root / "documenten" / std::to_string(p.date.year) / name, doc);
    }
    return stats;
}

}  // namespace raadsstuk::bench
