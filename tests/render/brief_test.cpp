// Full renders of the real template (templates/) against constructed letters, compared with reviewed golden
// files in tests/render/golden/. A golden file is never regenerated to make a test pass: on a difference the
// actual output is written beside it as NAME.actual for review.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "render/brief_view.hpp"
#include "render/markdown_body.hpp"
#include "render/render_brief.hpp"

using namespace raadsstuk;
using model::Date;

namespace {

model::ResolvedBrief voorschoten_letter() {
    model::ResolvedBrief r;
    r.gemeente.id = "voorschoten";
    r.gemeente.name = "Voorschoten";
    r.gemeente.college = "het college van burgemeester en wethouders";
    r.signatories = {{"A. R. de Graaf", "gemeentesecretaris"}, {"drs. N. Stemerdink", "burgemeester"}};
    r.brief.source_file = "data/documenten/test.json";
    r.brief.gemeente = "voorschoten";
    return r;
}

// The letter of 21 May 2021 (reference letter 2021-05-21_raadsinformatiebrief_werk-en-inkomen-leiden).
model::ResolvedBrief letter_2021() {
    auto r = voorschoten_letter();
    auto& b = r.brief;
    b.zaaknummer = "Z-21-51234";  // reconstructed
    b.documentnummer = "281144";  // reconstructed
    b.date = Date{2021, 5, 21};
    b.sent = Date{2021, 5, 21};
    b.subject = "Verkenning uitvoering Werk en Inkomen door de gemeente Leiden";
    b.body = {
        "Eind november 2020 heeft u besloten in te stemmen met verder onderzoek door ons college naar de "
        "uitvoering van Werk en Inkomen door de gemeente Leiden per 1 januari 2023. De afgelopen periode heeft "
        "hierover overleg plaatsgevonden op ambtelijk niveau met de huidige partner, de gemeente "
        "Leidschendam-Voorburg, en de beoogde partner, de gemeente Leiden en is gewerkt aan het realiseren van "
        "bestuurlijk commitment. Uit overleg is duidelijk dat verkenning van de mogelijkheden tot uit- en "
        "toetreding van Voorschoten aan deze betreffende samenwerkingen en overleg hierover met beide partners "
        "meer tijd vraagt dan verwacht.",
        "Wij kunnen u informeren dat wij op 18 mei jl. een intentieverklaring tot verkennen samenwerking sociaal "
        "domein met de gemeente Leiden hebben vastgesteld. Hierover hebben wij voorafgaand overleg gevoerd met "
        "het college van Leiden.",
        "In deze intentieverklaring wordt vastgelegd dat voor het zomerreces 2021 een plan van aanpak met een "
        "opzet voor een verkenning van (on)mogelijkheden, voorwaarden en het daartoe benodigde proces voor een "
        "eventuele samenwerking op zijn vroegst per 1 januari 2024 op het gebied van de uitvoering van Werk en "
        "Inkomen wordt opgesteld. Dit, voor zover nodig, in samenhang met de beoogde samenwerkingen voor de "
        "inkoop en afstemming van beleid Wmo ondersteuning en jeugdhulp, jeugdbescherming en jeugdreclassering "
        "met de Leidse regio gelet op bedrijfsvoeringaspecten. De kosten van het opstellen van het plan van "
        "aanpak en de verkenning zijn voor rekening van de gemeente Voorschoten. Op basis van het plan van "
        "aanpak gaan Leiden en Voorschoten ieder voor zich besluiten wel of niet aan deze verkenning deel te "
        "nemen.",
        "Uit overleg is gebleken dat een eerst mogelijke reële datum van een eventuele overstap voor het "
        "onderdeel uitvoering Werk en Inkomen door Leiden op zijn vroegst per 1 januari 2024 is. Dit is "
        "afhankelijk van meerdere factoren. Een belangrijke factor zijn de ontwikkelingen op het gebied van "
        "bedrijfsvoering. Er speelt ook een discussie over de positionering van de bedrijfsvoeringorganisatie "
        "Servicepunt 71. Besluitvorming daarover door de gemeenteraden van de Leidse regio wordt verwacht medio "
        "2021. Dit alles maakt het voorlopig te complex om Voorschoten op te nemen. Het wordt verstandiger "
        "geacht dit eventueel te doen binnen een samenwerkingsmodel dat hiervoor wel is geschikt.",
        "Op basis van uitkomsten van een verdere verkenning van samenwerking met de gemeente Leiden, in "
        "combinatie met de uitkomsten van verkenning van uittreden met de gemeente Leidschendam-Voorburg en "
        "overleg, kan verdere besluitvorming over de beoogde overstap plaatsvinden. Wij informeren u na het "
        "zomerreces 2021 over de ontwikkelingen.",
    };
    return r;
}

model::StatusBlock sociaal_domein_status() {
    model::StatusBlock s;
    s.programme = "Omklappen sociaal domein naar de Leidse regio";
    s.intro = "Visueel ziet dit er als volgt uit.";
    s.domains = {
        {"Werk en Inkomen (uitvoering)", "stilgelegd", "Leidschendam-Voorburg", "Leiden", "medio 2023",
         "onderzoek stilgelegd vanwege complexiteit bedrijfsvoering", ""},
        {"Wmo (inkoop en beleid)", "besloten", "Haaglanden 6 / Wassenaar", "Leidse regio", "per 2023",
         "overbruggingsregeling begeleiding tot eind 2023", ""},
        {"Jeugd (inkoop en beleid)", "in onderzoek", "jeugdhulpregio Haaglanden", "Leidse regio/Holland Rijnland",
         "voorlopig per 2024", "besluit raad voor eind 2022", ""},
    };
    return s;
}

// A condensed version of the 2022 letter (reference letter 2022_raadsinformatiebrief_omklappen-sociaal-domein):
// a reference to an earlier letter, question headings, a list, the status table placed by "[[status]]".
model::ResolvedBrief letter_2022() {
    auto r = voorschoten_letter();
    auto& b = r.brief;
    b.zaaknummer = "Z-22-61520";      // reconstructed
    b.documentnummer = "318702";      // reconstructed
    b.date = Date{2022, 9, 27};       // reconstructed
    b.subject = "Stand van zaken omklappen sociaal domein naar de Leidse regio";
    b.references = {{"Z-21-52738", "289409", "raadsinformatiebrief", Date{2022, 3, 8}, ""}};
    b.status = sociaal_domein_status();
    b.body = {
        "Met onze informatiebrief van 8 maart jl. (Z-21-52738/289409) hebben wij u geïnformeerd over de "
        "uitkomsten van een verkenning samenwerking sociaal domein met de gemeente Leiden en de impact op het "
        "omklappen van het sociaal domein naar de Leidse regio. Wij hebben u toen geïnformeerd dat het verstandig "
        "lijkt per onderdeel in tempo te differentiëren.",
        "## Wat is de stand van zaken van het omklappen sociaal domein naar de Leidse regio?",
        "De gemeente Voorschoten:",
        "- Heeft besloten de gezamenlijke inkoop en het afstemmen van beleid Wmo ondersteuning te gaan doen met "
        "de gemeenten van de Leidse regio per 2023;\n"
        "- Is verder aan het onderzoeken de gezamenlijke inkoop en het afstemmen van beleid jeugdhulp, "
        "jeugdbescherming en reclassering met de gemeenten van de Leidse regio/Holland Rijnland te gaan doen, "
        "voorlopig per 2024 en moet hierover volgens deze planning eind 2022 beslissen en\n"
        "- heeft het verder onderzoek naar de uitvoering van Werk&Inkomen door de gemeente Leiden in een "
        "samenwerking met Leiden en Leiderdorp, in overleg met betrokken partners stilgelegd tot medio 2023 "
        "gezien complexiteit op het gebied van bedrijfsvoering bij beide gemeenten. Er is geen jaar voor "
        "besluitvorming over een eventuele overstap aan te geven.",
        "[[status]]",
        "## Wat is de stand van zaken omklappen sociaal domein onderdeel jeugd (gezamenlijke inkoop en afstemming beleid)?",
        "Dit onderzoek en het realiseren van (pro forma) bestuurlijk commitment vanuit beide regio’s voor de "
        "uitkomsten hiervan, is in een afrondende fase en wordt medio oktober a.s. verwacht. Een integrale "
        "overstap van jeugdhulpregio is niet alleen gewenst, maar ook noodzakelijk vanwege operationele "
        "haalbaarheid. Wij gaan u daarom een voorstel voor besluitvorming over een eventuele overstap in "
        "december 2022 voorleggen en of dit tegen voor u acceptabele kosten kan.",
    };
    return r;
}

// Everything a user could get wrong or try: template syntax, Markdown and HTML in values and body, a status
// without "[[status]]" (placed after the body), attachments, three signatories.
model::ResolvedBrief letter_edge_cases() {
    auto r = voorschoten_letter();
    r.signatories.push_back({"J. *de* Vries | Jansen", "loco-gemeentesecretaris"});
    auto& b = r.brief;
    b.zaaknummer = "Z-23-{{1}}";
    b.documentnummer = "1. 400100";
    b.date = Date{2024, 2, 29};
    b.sent = Date{2024, 3, 1};
    b.subject = "# *Bijzondere* tekens: <script>alert(1)</script> | {{onderwerp}} _en_ \\ `code`";
    b.salutation = "Geachte leden van de raad,";
    b.attachments = {"Plan van aanpak [concept]", "1. Overzicht | kosten > € 1.000"};
    b.status = sociaal_domein_status();
    b.status->domains.resize(1);
    b.status->domains[0].remark = "zie <b>bijlage</b> | kolom *twee*";
    b.body = {
        "Eerste zin. Tweede zin met *nadruk* en {{naam}}.",
        "<!-- raadsstuk:slot -->\nGeen echte marker. <script>alert('x')</script>",
        "",
        "Vraag? Antwoord! 3 inwoners. 1. Geen lijst.",
    };
    return r;
}

std::string read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// The status partial rendered on its own, as render_brief does for "[[status]]".
std::string render_status(const render::TemplateSet& set, const model::ResolvedBrief& brief) {
    bool placed = false;
    for (const auto& block : brief.brief.body) placed = placed || render::is_status_placeholder(block);
    if (!placed || !brief.brief.status) return {};
    diag::Diagnostics ds;
    const auto md = set.find_partial("status")->render(render::make_brief_view(brief), set, ds);
    REQUIRE(md);
    return *md;
}

std::string render_with_real_template(const model::ResolvedBrief& brief) {
    diag::Diagnostics ds;
    const render::TemplateSet set = render::load_template_set("templates/v1", ds);
    const render::Template* t = render::select_template(set, brief.brief, ds);
    REQUIRE(t);
    const auto md = render::render_brief(*t, set, brief, ds);
    for (const auto& d : ds) FAIL_CHECK(diag::format(d));
    REQUIRE(md);
    // The template itself must produce clean output: normalising must not be what makes it clean.
    diag::Diagnostics ds2;
    const auto raw = t->render(render::make_brief_view(brief, render_status(set, brief)), set, ds2);
    REQUIRE(raw);
    CHECK(*raw == *md);
    return *md;
}

void check_golden(const std::string& name, const std::string& actual) {
    const std::filesystem::path golden = std::filesystem::path("tests/render/golden") / name;
    const std::filesystem::path actual_path = golden.string() + ".actual";
    const std::string expected = read(golden);
    if (actual != expected) {
        std::ofstream(actual_path, std::ios::binary) << actual;
        FAIL("rendered Markdown differs from " << golden.generic_string() << "; actual output written to "
                                               << actual_path.generic_string() << " for review");
    }
    std::filesystem::remove(actual_path);
}

}  // namespace

TEST_CASE("golden: the letter of 21 mei 2021") {
    check_golden("2021-05-21_werk-en-inkomen-leiden.md", render_with_real_template(letter_2021()));
}

TEST_CASE("golden: the 2022 letter with the status table in the body") {
    check_golden("2022_omklappen-sociaal-domein.md", render_with_real_template(letter_2022()));
}

TEST_CASE("golden: special characters everywhere, status after the body, attachments") {
    check_golden("edge-cases.md", render_with_real_template(letter_edge_cases()));
}
