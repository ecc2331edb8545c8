// What the import recognises in a letter's plain text, on small letters written for the purpose.
#include <catch2/catch.hpp>

#include "import/dutch_date.hpp"
#include "import/letter_import.hpp"
#include "layout/hyphenation.hpp"

using namespace raadsstuk;
using namespace raadsstuk::import;

namespace {

const layout::Hyphenation* dutch() { return layout::Hyphenation::shared("/usr/share/hyphen/hyph_nl_NL.dic"); }

ImportedLetter import_text(const std::string& text, diag::Diagnostics& ds, const model::Gemeente* g = nullptr) {
    ImportOptions options;
    options.file_name = "brief.txt";
    options.gemeente_id = g ? g->id : "";
    options.gemeente = g;
    options.hyphenation = dutch();
    return import_letter(text, options, ds);
}

bool has(const diag::Diagnostics& ds, const std::string& code, int line) {
    for (const auto& d : ds)
        if (d.code == code && d.location.line == line) return true;
    return false;
}

const char* kFormLetter =
    "Raadsinformatiebrief\n"               // 1
    "Zaaknummer: Z-23-40001\n"             // 2
    "Documentnummer 612345\n"              // 3
    "Datum\n"                              // 4
    "14 maart 2023\n"                      // 5
    "Onderwerp: Vervanging van de\n"       // 6
    "straatverlichting in het centrum\n"   // 7
    "Bijlage(n): geen\n"                   // 8
    "\n"                                   // 9
    "Geachte leden van de raad,\n"         // 10
    "\n"                                   // 11
    "Wij informeren u over de vervanging van de straatverlichting. De samenwerkings-\n"  // 12
    "overeenkomst met de netbeheerder is getekend. De gemeente Leidschendam-\n"          // 13
    "Voorburg doet mee aan de uit- en toetreding.\n"                                      // 14
    "\n"                                   // 15
    "https://www.example.org/\n"           // 16
    "pagina 1 van 2\n"                     // 17
    "De planning is als volgt:\n"          // 18
    "- eerst de Dorpsstraat;\n"            // 19
    "- dan de Kerkstraat.\n"               // 20
    "\n"                                   // 21
    "Hoe gaat het verder?\n"               // 22
    "Wij houden u op de hoogte.\n"         // 23
    "\n"                                   // 24
    "Met vriendelijke groet,\n"            // 25
    "het college van burgemeester en wethouders van Proefdorp,\n"  // 26
    "\n"                                   // 27
    "A. Jansen, gemeentesecretaris\n"      // 28
    "C. de Vries, loco-burgemeester\n"     // 29
    "\n"                                   // 30
    "Verzonden 16 maart 2023\n";           // 31

}  // namespace

TEST_CASE("the metadata lines before the salutation are read, the value also from the next line") {
    diag::Diagnostics ds;
    const ImportedLetter l = import_text(kFormLetter, ds);
    CHECK(l.zaaknummer == "Z-23-40001");
    CHECK(l.documentnummer == "612345");
    CHECK(l.datum == "2023-03-14");
    CHECK(l.onderwerp == "Vervanging van de straatverlichting in het centrum");
    CHECK(l.bijlagen.empty());
    CHECK(l.verzonden == "2023-03-16");
    CHECK(l.aanhef == "Geachte leden van de raad,");
    CHECK(has(ds, "RS804", 1));  // the title line is not metadata
}

TEST_CASE("body lines are joined into paragraphs, lists and question headings") {
    diag::Diagnostics ds;
    const ImportedLetter l = import_text(kFormLetter, ds);
    REQUIRE(l.tekst.size() == 5);
    CHECK(l.tekst[0] ==
          "Wij informeren u over de vervanging van de straatverlichting. De samenwerkingsovereenkomst met de "
          "netbeheerder is getekend. De gemeente Leidschendam-Voorburg doet mee aan de uit- en toetreding.");
    CHECK(l.tekst[1] == "De planning is als volgt:");
    CHECK(l.tekst[2] == "- eerst de Dorpsstraat;\n- dan de Kerkstraat.");
    CHECK(l.tekst[3] == "## Hoe gaat het verder?");
    CHECK(l.tekst[4] == "Wij houden u op de hoogte.");
}

TEST_CASE("page furniture is left out with a warning naming the line") {
    diag::Diagnostics ds;
    const ImportedLetter l = import_text(kFormLetter, ds);
    CHECK(has(ds, "RS804", 16));
    CHECK(has(ds, "RS804", 17));
    REQUIRE(l.left_out.size() == 3);
    CHECK(l.left_out[0].text == "https://www.example.org/");
}

TEST_CASE("signatories one per line, the college line apart") {
    diag::Diagnostics ds;
    const ImportedLetter l = import_text(kFormLetter, ds);
    REQUIRE(l.ondertekening.size() == 2);
    CHECK(l.ondertekening[0].name == "A. Jansen");
    CHECK(l.ondertekening[0].function == "gemeentesecretaris");
    CHECK(l.ondertekening[1].name == "C. de Vries");
    CHECK(l.ondertekening[1].function == "loco-burgemeester");
}

TEST_CASE("signatories side by side: a line of names over a line of functions, matched with the gemeente") {
    model::Gemeente g;
    g.id = "proefdorp";
    g.source_file = "data/gemeenten/proefdorp.json";
    g.college = "het college van burgemeester en wethouders";
    g.functionarissen = {{"drs. B. Bakker", "burgemeester", "", {2019, 1, 1}, std::nullopt, "", ""},
                         {"A. Jansen", "gemeentesecretaris", "", {2016, 1, 1}, std::nullopt, "", ""}};
    diag::Diagnostics ds;
    const ImportedLetter l = import_text("Geachte Raad,\n\nTekst.\n\nMet vriendelijke groet,\n"
                                         "het college van burgemeester en wethouders,\n\n"
                                         "A. Jansen, Drs B. Bakker,\nGemeentesecretaris burgemeester\n",
                                         ds, &g);
    REQUIRE(l.ondertekening.size() == 2);
    CHECK(l.ondertekening[0].name == "A. Jansen");
    CHECK(l.ondertekening[1].name == "drs. B. Bakker");  // as the gemeente file writes it
    CHECK(l.ondertekening[1].function == "burgemeester");
    CHECK(l.gemeente == "proefdorp");
    CHECK(l.unknown.size() == 3);  // zaaknummer, onderwerp, datum
}

TEST_CASE("what the letter does not say is ONBEKEND and listed, each with a warning") {
    diag::Diagnostics ds;
    const ImportedLetter l = import_text("Geachte Raad,\n\nEen korte brief.\n", ds);
    CHECK(l.gemeente == "ONBEKEND");
    CHECK(l.zaaknummer == "ONBEKEND");
    CHECK(l.datum == "ONBEKEND");
    CHECK(l.onderwerp == "ONBEKEND");
    std::vector<std::string> pointers;
    for (const auto& m : l.unknown) pointers.push_back(m.pointer);
    CHECK(pointers == std::vector<std::string>{"/ondertekening", "/gemeente", "/zaaknummer", "/onderwerp", "/datum"});
    std::size_t warnings = 0;
    for (const auto& d : ds) warnings += d.code == "RS802";
    CHECK(warnings == 5);
}

TEST_CASE("lost glyphs and an unjudged line-end hyphen are marked uncertain with their line") {
    diag::Diagnostics ds;
    const ImportedLetter l = import_text("Geachte Raad,\n\nDit vraagt bestuurlijk co  it ent van de\n"
                                         "G  Servicebureau en een xyzq-\nabcd.\n",
                                         ds);
    CHECK(has(ds, "RS803", 3));
    CHECK(has(ds, "RS803", 4));
    REQUIRE(l.tekst.size() == 1);
    CHECK(l.tekst[0] == "Dit vraagt bestuurlijk co it ent van de G Servicebureau en een xyzq-abcd.");
    REQUIRE(l.uncertain.size() >= 3);
    CHECK(l.uncertain[0].pointer == "/tekst/0");
}

TEST_CASE("dates as letters print them") {
    CHECK(parse_dutch_date("21 mei 2021")->iso() == "2021-05-21");
    CHECK(parse_dutch_date("dinsdag 22 september 2020")->iso() == "2020-09-22");
    CHECK(parse_dutch_date("21-05-2021")->iso() == "2021-05-21");
    CHECK(parse_dutch_date("2021-05-21.")->iso() == "2021-05-21");
    CHECK_FALSE(parse_dutch_date("31 september 2020"));
    CHECK_FALSE(parse_dutch_date("medio 2021"));
}
