#include <catch2/catch.hpp>

#include "regions/parse_regions.hpp"

using namespace raadsstuk;
using namespace raadsstuk::regions;

TEST_CASE("regions: markers split the letter, content before the first marker is tekst", "[regions]") {
    const std::string md =
        "Vooraf.\n\n"
        "<!-- raadsstuk:kenmerken -->\n# Raadsinformatiebrief\n\n- **Zaaknummer:** Z-1\n\n"
        "<!-- raadsstuk:tekst -->\nGeachte Raad,\n\n## Kop\n\nTekst met *nadruk* en [link](https://x.nl).\n\n"
        "<!-- raadsstuk:status -->\nVisueel.\n\n| A | B |\n| :-- | --: |\n| 1 | 2 |\n\n"
        "<!--raadsstuk:tekst-->\nVerder.\n\n"
        "<!-- raadsstuk:slot -->\nMet vriendelijke groet,\\\nhet college,\n";
    diag::Diagnostics out;
    const auto regions = parse_regions(md, "brief.json", out);
    CHECK(out.empty());
    REQUIRE(regions.size() == 6);
    CHECK(regions[0].name == "tekst");
    CHECK(regions[0].line == 0);
    CHECK(regions[1].name == "kenmerken");
    CHECK(regions[1].line == 3);
    CHECK(regions[2].name == "tekst");
    CHECK(regions[3].name == "status");
    CHECK(regions[4].name == "tekst");
    CHECK(regions[5].name == "slot");

    REQUIRE(regions[1].blocks.size() == 2);
    CHECK(regions[1].blocks[0].kind == Block::Kind::heading);
    CHECK(regions[1].blocks[0].level == 1);
    CHECK(regions[1].blocks[1].kind == Block::Kind::list);
    const Spans& item = regions[1].blocks[1].items[0][0].text;
    REQUIRE(item.size() == 2);
    CHECK(item[0].style.bold);
    CHECK(item[0].text == "Zaaknummer:");
    CHECK(item[1].text == " Z-1");

    const auto& tekst = regions[2].blocks;
    REQUIRE(tekst.size() == 3);
    CHECK(tekst[1].kind == Block::Kind::heading);
    CHECK(tekst[1].level == 2);
    bool italic = false, linked = false;
    for (const auto& s : tekst[2].text) {
        italic = italic || (s.style.italic && s.text == "nadruk");
        linked = linked || (s.style.link == "https://x.nl" && s.text == "link");
    }
    CHECK(italic);
    CHECK(linked);

    REQUIRE(regions[3].blocks.size() == 2);
    const Block& table = regions[3].blocks[1];
    CHECK(table.kind == Block::Kind::table);
    REQUIRE(table.rows.size() == 2);
    CHECK(plain_text(table.rows[0][1]) == "B");
    CHECK(plain_text(table.rows[1][0]) == "1");
    CHECK(table.align == std::vector<CellAlign>{CellAlign::left, CellAlign::right});

    REQUIRE(regions[5].blocks.size() == 1);
    CHECK(plain_text(regions[5].blocks[0].text) == "Met vriendelijke groet,\nhet college,");
}

TEST_CASE("regions: an unknown marker is RS405 with the source name", "[regions]") {
    diag::Diagnostics out;
    parse_regions("<!-- raadsstuk:tekst -->\nA.\n\n<!-- raadsstuk:handtekening -->\nB.\n", "brieven/x.json", out);
    REQUIRE(out.size() == 1);
    CHECK(out[0].code == "RS405");
    CHECK(out[0].severity == diag::Severity::error);
    CHECK(out[0].location.file == "brieven/x.json");
    CHECK(out[0].message.find("'handtekening'") != std::string::npos);
    CHECK(out[0].hint.find("ondertekening") != std::string::npos);
}

TEST_CASE("regions: raw HTML and images are RS401 warnings and left out", "[regions]") {
    diag::Diagnostics out;
    const auto regions = parse_regions("<div>blok</div>\n\nTekst <b>vet</b> en ![logo](x.png).\n", "x.json", out);
    REQUIRE(out.size() == 3);
    for (const auto& d : out) {
        CHECK(d.code == "RS401");
        CHECK(d.severity == diag::Severity::warning);
    }
    REQUIRE(regions.size() == 1);
    REQUIRE(regions[0].blocks.size() == 1);
    CHECK(plain_text(regions[0].blocks[0].text) == "Tekst vet en logo.");
}
