#include <catch2/catch.hpp>

#include "render/brief_view.hpp"
#include "render/render_brief.hpp"

using namespace raadsstuk;
using render::Value;

namespace {

model::ResolvedBrief minimal() {
    model::ResolvedBrief r;
    r.gemeente.name = "Wassenaar";
    r.gemeente.college = "het college van burgemeester en wethouders";
    r.signatories = {{"M. Jansen", "griffier"}};
    r.brief.source_file = "data/documenten/x.json";
    r.brief.zaaknummer = "Z-1";
    r.brief.documentnummer = "2";
    r.brief.date = model::Date{2020, 9, 22};
    r.brief.subject = "Onderwerp";
    r.brief.body = {"Tekst."};
    return r;
}

const Value& at(const Value& v, std::string_view key) {
    const Value* found = v.find(key);
    INFO(key);
    REQUIRE(found);
    return *found;
}

}  // namespace

TEST_CASE("the view has every documented variable, optional ones as false or empty") {
    const Value v = render::make_brief_view(minimal());
    for (const char* key : {"gemeente", "college", "zaaknummer", "documentnummer", "datum", "datum_iso",
                            "datum_met_dag", "verzonden", "onderwerp", "aanhef", "bijlagen", "verwijzingen",
                            "tekst", "status", "status_na_tekst", "ondertekening"}) {
        INFO(key);
        CHECK(v.find(key));
    }
    CHECK(v.as_map().size() == 16);  // docs/templates.md lists exactly these
    CHECK(at(at(v, "gemeente"), "naam") == Value("Wassenaar"));
    CHECK(at(v, "datum") == Value("22 september 2020"));
    CHECK(at(v, "datum_iso") == Value("2020-09-22"));
    CHECK(at(v, "datum_met_dag") == Value("dinsdag 22 september 2020"));
    CHECK(at(v, "verzonden") == Value(false));
    CHECK(at(v, "aanhef") == Value("Geachte Raad,"));
    CHECK(at(v, "status") == Value(false));
    CHECK(at(v, "status_na_tekst") == Value(false));
    CHECK(at(v, "verwijzingen") == Value::list());
    const Value& bijlagen = at(v, "bijlagen");
    CHECK(at(bijlagen, "aantal") == Value("geen"));
    CHECK(at(bijlagen, "heeft") == Value(false));
    CHECK(at(bijlagen, "lijst") == Value::list());
    const auto& personen = at(at(v, "ondertekening"), "personen").as_list();
    REQUIRE(personen.size() == 1);
    CHECK(at(personen[0], "naam") == Value("M. Jansen"));
    CHECK(at(personen[0], "functie") == Value("griffier"));
}

TEST_CASE("the view: verzonden, bijlagen, verwijzingen, status") {
    auto r = minimal();
    r.brief.sent = model::Date{2021, 5, 21};
    r.brief.attachments = {"Intentieverklaring", "Plan van aanpak"};
    r.brief.references = {{"Z-21-52738", "289409", "raadsinformatiebrief", model::Date{2022, 3, 8}, ""},
                          {"", "300001", "", std::nullopt, ""}};
    r.brief.status = model::StatusBlock{"Programma", "Inleiding.", {{"Wmo", "besloten", "H6", "Leiden", "per 2023", "", ""}}};
    const Value v = render::make_brief_view(r);
    CHECK(at(v, "verzonden") == Value("21 mei 2021"));
    CHECK(at(at(v, "bijlagen"), "aantal") == Value("2"));
    CHECK(at(at(v, "bijlagen"), "heeft") == Value(true));
    const auto& lijst = at(at(v, "bijlagen"), "lijst").as_list();
    REQUIRE(lijst.size() == 2);
    CHECK(at(lijst[1], "nummer") == Value("2"));
    CHECK(at(lijst[1], "titel") == Value("Plan van aanpak"));
    const auto& refs = at(v, "verwijzingen").as_list();
    REQUIRE(refs.size() == 2);
    CHECK(at(refs[0], "kenmerk") == Value("Z-21-52738/289409"));
    CHECK(at(refs[0], "datum") == Value("8 maart 2022"));
    CHECK(at(refs[0], "soort") == Value("raadsinformatiebrief"));
    CHECK(at(refs[1], "kenmerk") == Value("300001"));
    CHECK(at(refs[1], "zaaknummer") == Value(false));
    CHECK(at(refs[1], "datum") == Value(false));
    const Value& status = at(v, "status");
    CHECK(at(status, "programma") == Value("Programma"));
    CHECK(at(at(status, "onderdelen").as_list()[0], "nieuwe_partner") == Value("Leiden"));
    CHECK(at(v, "status_na_tekst") == Value(true));  // no [[status]] in the body
}

TEST_CASE("the view: body blocks joined by blank lines, [[status]] replaced") {
    auto r = minimal();
    r.brief.body = {"Een. Twee.", "  ", "[[status]]", "Drie."};
    r.brief.status = model::StatusBlock{"P", "I", {}};
    const Value v = render::make_brief_view(r, "STATUS\n");
    CHECK(at(v, "tekst") == Value("Een.\nTwee.\n\nSTATUS\n\nDrie."));
    CHECK(at(v, "status_na_tekst") == Value(false));
}

TEST_CASE("render_brief: [[status]] without status data is RS303 at the body block") {
    auto r = minimal();
    r.brief.body = {"Tekst.", "[[status]]"};
    diag::Diagnostics ds;
    const auto set = render::load_template_set("templates/v1", ds);
    REQUIRE(ds.empty());
    CHECK_FALSE(render::render_brief(*set.find_template("raadsinformatiebrief"), set, r, ds));
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].code == "RS303");
    CHECK(diag::format(ds[0]).rfind("data/documenten/x.json:/tekst/1: fout RS303:", 0) == 0);
}

TEST_CASE("render_brief: [[status]] without a status partial is RS304") {
    auto r = minimal();
    r.brief.body = {"[[status]]"};
    r.brief.status = model::StatusBlock{"P", "I", {}};
    diag::Diagnostics ds;
    render::TemplateSet set;
    set.add_template("raadsinformatiebrief", *render::Template::compile("{{{tekst}}}\n", "t.md", ds));
    CHECK_FALSE(render::render_brief(*set.find_template("raadsinformatiebrief"), set, r, ds));
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].code == "RS304");
}

TEST_CASE("select_template: RS301 at /sjabloon for a template that does not exist") {
    auto r = minimal();
    r.brief.template_name = "brief-oud";
    diag::Diagnostics ds;
    const auto set = render::load_template_set("templates/v1", ds);
    CHECK_FALSE(render::select_template(set, r.brief, ds));
    REQUIRE(ds.size() == 1);
    CHECK(diag::format(ds[0]) ==
          "data/documenten/x.json:/sjabloon: fout RS301: sjabloon 'brief-oud' bestaat niet\n"
          "  hint: beschikbare sjablonen: raadsbesluit, raadsinformatiebrief, raadsvoorstel");
}

TEST_CASE("render_brief output: minimal letter, one signatory, clean Markdown") {
    diag::Diagnostics ds;
    const auto set = render::load_template_set("templates/v1", ds);
    const auto md = render::render_brief(*set.find_template("raadsinformatiebrief"), set, minimal(), ds);
    REQUIRE(md);
    CHECK(ds.empty());
    CHECK(md->find("| M. Jansen |\n| --- |\n| griffier |\n") != std::string::npos);
    CHECK(md->find("Verzonden") == std::string::npos);
    CHECK(md->find("- **Zaaknummer:** Z-1\n- **Documentnummer:** 2\n- **Datum:** 22 september 2020\n") !=
          std::string::npos);
    CHECK(md->find("raadsstuk:bijlagen") == std::string::npos);
    CHECK(md->find("raadsstuk:status") == std::string::npos);
    CHECK(md->find("\n\n\n") == std::string::npos);
    CHECK(md->find(" \n") == std::string::npos);
    CHECK(md->back() == '\n');
    CHECK(md->substr(md->size() - 2) != "\n\n");
}

TEST_CASE("render_brief output: a letter without documentnummer has no Documentnummer line") {
    diag::Diagnostics ds;
    const auto set = render::load_template_set("templates/v1", ds);
    model::ResolvedBrief letter = minimal();
    letter.brief.documentnummer.clear();
    const auto md = render::render_brief(*set.find_template("raadsinformatiebrief"), set, letter, ds);
    REQUIRE(md);
    CHECK(ds.empty());
    CHECK(md->find("Documentnummer") == std::string::npos);
    CHECK(md->find("- **Zaaknummer:** Z-1\n- **Datum:** 22 september 2020\n") != std::string::npos);
}
