// A complete gemeente and a complete raadsinformatiebrief load with every field in its place.
#include "load/load.hpp"
#include "support.hpp"

using namespace raadsstuk;
using load_test::formatted;
using load_test::slurp;
using model::Date;

TEST_CASE("a complete gemeente file loads with all fields") {
    diag::Diagnostics ds;
    const auto g = load::load_gemeente(slurp(load_test::kGemeenteFixture), load_test::kGemeenteFixture, ds);
    CHECK(formatted(ds).empty());
    REQUIRE(g);
    CHECK(g->source_file == load_test::kGemeenteFixture);
    CHECK(g->id == "teststad");
    CHECK(g->name == "Teststad");
    CHECK(g->address == std::vector<std::string>{"Raadhuisplein 1", "1234 AB Teststad"});
    CHECK(g->college == "het college van burgemeester en wethouders");
    CHECK(g->note == "testgegevens");
    REQUIRE(g->functionarissen.size() == 5);
    const auto& first = g->functionarissen[0];
    CHECK(first.name == "A. Eerste");
    CHECK(first.function == "burgemeester");
    CHECK(first.from == Date{2015, 1, 1});
    CHECK(first.until == Date{2020, 12, 31});
    CHECK(first.pointer == "/functionarissen/0");
    CHECK_FALSE(g->functionarissen[1].until);
    CHECK(g->functionarissen[3].note == "waarnemer");
    CHECK(g->functionarissen[4].portfolio == "sociaal domein");
    CHECK(g->functionarissen[4].pointer == "/functionarissen/4");

    const auto& s = g->style;
    CHECK(s.font.regular == "LiberationSans-Regular.ttf");
    CHECK(s.font.bold == "LiberationSans-Bold.ttf");
    CHECK(s.font.italic == "LiberationSans-Italic.ttf");
    CHECK(s.font.bold_italic == "LiberationSans-BoldItalic.ttf");
    CHECK(s.fallback_font == "DejaVuSans-Bold.ttf");
    CHECK(s.body_size == 10.5);
    CHECK(s.heading_size == 13);
    CHECK(s.small_size == 7.5);
    CHECK(s.line_height == 1.25);
    CHECK(s.margin_top == 20);
    CHECK(s.margin_bottom == 18);
    CHECK(s.margin_left == 24);
    CHECK(s.margin_right == 16);
    CHECK(s.text == model::Color{0x10, 0x20, 0x30});
    CHECK(s.primary == model::Color{0x00, 0x43, 0x6e});  // upper-case hex accepted
    CHECK(s.accent == model::Color{0xff, 0x80, 0x00});
    CHECK(s.letterhead == std::vector<std::string>{"Gemeente Teststad", "Postbus 1, 1234 AA Teststad"});
    CHECK(s.logo == "logo-teststad.png");
    CHECK(load::logo_file(*g) == std::filesystem::path("tests/load/fixtures/data/gemeenten/logo-teststad.png"));
    CHECK(s.version == 2);
    // The earlier house style is complete and keeps its own values.
    REQUIRE(g->earlier_styles.size() == 1);
    const auto& earlier = g->earlier_styles[0];
    CHECK(earlier.version == 1);
    CHECK(earlier.fallback_font == "DejaVuSans.ttf");
    CHECK(earlier.body_size == 10);
    CHECK(earlier.primary == model::Color{0x33, 0x66, 0x99});
    CHECK(earlier.letterhead == std::vector<std::string>{"Gemeente Teststad"});
    CHECK(earlier.logo == "logo-teststad.png");
    diag::Diagnostics files;
    load::check_referenced_files(*g, files);
    CHECK(formatted(files).empty());
}

TEST_CASE("a complete raadsinformatiebrief loads with all fields") {
    diag::Diagnostics ds;
    const auto b = load::load_raadsinformatiebrief(slurp(load_test::kBriefFixture), load_test::kBriefFixture, ds);
    CHECK(formatted(ds).empty());
    REQUIRE(b);
    CHECK(b->source_file == load_test::kBriefFixture);
    CHECK(b->gemeente == "teststad");
    CHECK(b->template_name == "raadsinformatiebrief-kort");
    CHECK(b->template_version == 1);
    CHECK(b->style_version == 2);
    CHECK(b->zaaknummer == "Z-21-00001");
    CHECK(b->documentnummer == "100001");
    CHECK(b->date == Date{2021, 5, 20});
    CHECK(b->sent == Date{2021, 5, 21});
    CHECK(b->subject == "Een onderwerp met ë en ‘aanhalingstekens’");
    CHECK(b->salutation == "Geachte leden van de raad,");
    CHECK(b->attachments == std::vector<std::string>{"Bijlage één", "Bijlage twee"});
    REQUIRE(b->references.size() == 2);
    CHECK(b->references[0].zaaknummer == "Z-21-52738");
    CHECK(b->references[0].documentnummer == "289409");
    CHECK(b->references[0].kind == "raadsinformatiebrief");
    CHECK(b->references[0].date == Date{2022, 3, 8});
    CHECK(b->references[0].pointer == "/verwijzingen/0");
    CHECK(b->references[1].zaaknummer.empty());
    CHECK(b->references[1].documentnummer == "205698");
    CHECK_FALSE(b->references[1].date);
    CHECK(b->body == std::vector<std::string>{"Eerste alinea.", "## Een kop", "- een\n- lijst", "[[status]]", "Slot."});
    REQUIRE(b->status);
    CHECK(b->status->programme == "Omklappen");
    CHECK(b->status->intro == "Visueel ziet dit er als volgt uit.");
    REQUIRE(b->status->domains.size() == 2);
    const auto& wmo = b->status->domains[0];
    CHECK(wmo.domain == "Wmo");
    CHECK(wmo.status == "besloten");
    CHECK(wmo.current_partner == "H6");
    CHECK(wmo.new_partner == "Leidse regio");
    CHECK(wmo.target == "per 2023");
    CHECK(wmo.remark == "afgerond eind 2023");
    CHECK(wmo.pointer == "/status/onderdelen/0");
    CHECK(b->status->domains[1].status == "in onderzoek");
    CHECK(b->status->domains[1].new_partner.empty());
    REQUIRE(b->signatories.size() == 2);
    CHECK(b->signatories[0].function == "loco-gemeentesecretaris");
    CHECK(b->signatories[0].name.empty());
    CHECK(b->signatories[0].pointer == "/ondertekening/0");
    CHECK(b->signatories[1].function == "burgemeester");
    CHECK(b->signatories[1].name == "mr. X. Gegeven");
    CHECK(b->note == "datum gereconstrueerd");
}

TEST_CASE("optional fields of a raadsinformatiebrief have their defaults") {
    diag::Diagnostics ds;
    const auto b = load::load_raadsinformatiebrief(
        R"({"soort": "raadsinformatiebrief", "gemeente": "teststad", "zaaknummer": "Z-1", "datum": "2021-05-21",
            "onderwerp": "O", "tekst": ["T"], "ondertekening": [{"functie": "burgemeester"}]})",
        "x.json", ds);
    CHECK(formatted(ds).empty());
    REQUIRE(b);
    CHECK(b->template_name == "raadsinformatiebrief");
    CHECK(b->salutation == "Geachte Raad,");
    CHECK_FALSE(b->sent);
    CHECK_FALSE(b->status);
    CHECK(b->attachments.empty());
    CHECK(b->references.empty());
    CHECK(b->documentnummer.empty());
}

TEST_CASE("a UTF-8 byte-order mark is accepted") {
    diag::Diagnostics ds;
    const auto b = load::load_raadsinformatiebrief("\xEF\xBB\xBF" + slurp(load_test::kBriefFixture),
                                                   load_test::kBriefFixture, ds);
    CHECK(formatted(ds).empty());
    CHECK(b);
}

TEST_CASE("the kind of a data file is its soort") {
    CHECK(load::detect_kind(slurp(load_test::kBriefFixture)) == "raadsinformatiebrief");
    CHECK(load::detect_kind("\xEF\xBB\xBF{\"soort\": \"gemeente\"}") == "gemeente");
    CHECK(load::detect_kind(R"({"soort": "register", "x": 1})") == "register");
    CHECK_FALSE(load::detect_kind(R"({"soort": 3})"));
    CHECK_FALSE(load::detect_kind(R"({"naam": "x"})"));
    CHECK_FALSE(load::detect_kind(R"(["soort"])"));
    CHECK_FALSE(load::detect_kind(R"({"naam": "x",, "soort": "gemeente"})"));
    CHECK_FALSE(load::detect_kind(R"({"x": {"soort": "gemeente"}})"));
    CHECK_FALSE(load::detect_kind(R"({"soort": ["gemeente"]})"));
    CHECK(load::detect_kind(R"({"x": {"soort": "a"}, "y": [1, {"soort": "b"}], "soort": "register"})") == "register");
    // The probe reads no further than the soort: what follows is for the loader of that kind to report.
    CHECK(load::detect_kind(R"({"soort": "gemeente",})") == "gemeente");
    CHECK(load::detect_kind(R"({"soort": "raadsvoorstel", "tekst": "nooit afgesloten)") == "raadsvoorstel");
}
