#include <catch2/catch.hpp>

#include "render/markdown_body.hpp"

using namespace raadsstuk::render;

TEST_CASE("one sentence per line: breaks after . ? ! before a capital or digit") {
    CHECK(break_sentences("Dit is een. Dit is twee? Drie! En vier.") ==
          "Dit is een.\nDit is twee?\nDrie!\nEn vier.");
    CHECK(break_sentences("Besluitvorming wordt verwacht medio 2021. 2022 wordt anders.") ==
          "Besluitvorming wordt verwacht medio 2021.\n2022 wordt anders.");
    CHECK(break_sentences("Het kost veel.  Echt.") == "Het kost veel.\nEcht.");
    CHECK(break_sentences("Gezien de vraag (zie hierboven.) Daarna") == "Gezien de vraag (zie hierboven.)\nDaarna");
    CHECK(break_sentences("Zo is het. ‘Een zelfstandig Voorschoten’ is de visie.") ==
          "Zo is het.\n‘Een zelfstandig Voorschoten’ is de visie.");
    CHECK(break_sentences("Zo is het. Één keer.") == "Zo is het.\nÉén keer.");
    CHECK(break_sentences("Zie *hierboven.* Dan") == "Zie *hierboven.*\nDan");
}

TEST_CASE("no break before a lower-case word, inside numbers or at the end") {
    CHECK(break_sentences("Dit is het eind.") == "Dit is het eind.");
    CHECK(break_sentences("Zie www.voorschoten.nl voor meer.") == "Zie www.voorschoten.nl voor meer.");
    CHECK(break_sentences("Het kost € 1.234,56 en 1.000 uur.") == "Het kost € 1.234,56 en 1.000 uur.");
    CHECK(break_sentences("medio oktober a.s. verwacht") == "medio oktober a.s. verwacht");
    CHECK(break_sentences("dus... misschien") == "dus... misschien");
}

TEST_CASE("no break after Dutch abbreviations and initials") {
    CHECK(break_sentences("Wij hebben op 18 mei jl. Leiden gesproken.") == "Wij hebben op 18 mei jl. Leiden gesproken.");
    CHECK(break_sentences("Ondertekend door A. R. de Graaf en drs. N. Stemerdink.") ==
          "Ondertekend door A. R. de Graaf en drs. N. Stemerdink.");
    CHECK(break_sentences("Eerder tekende P.J. Bouvy-Koene.") == "Eerder tekende P.J. Bouvy-Koene.");
    CHECK(break_sentences("Gemeenten o.a. Leiden en bijv. Leiderdorp, m.b.t. Wmo, t.a.v. Jeugd, i.v.m. ICT.") ==
          "Gemeenten o.a. Leiden en bijv. Leiderdorp, m.b.t. Wmo, t.a.v. Jeugd, i.v.m. ICT.");
    CHECK(break_sentences("Zie mr. Jansen, dr. Pietersen, ir. Smit, nr. 5 en e.d. Meer, etc. Klaar") ==
          "Zie mr. Jansen, dr. Pietersen, ir. Smit, nr. 5 en e.d. Meer, etc. Klaar");
    CHECK(break_sentences("In okt. 2023 (bijv. Leiden) gaat het door.") == "In okt. 2023 (bijv. Leiden) gaat het door.");
    CHECK(is_abbreviation("jl"));
    CHECK(is_abbreviation("Bijv"));
    CHECK(is_abbreviation("a.s"));
    CHECK(is_abbreviation("m.b.t"));
    CHECK(is_abbreviation("(o.a"));
    CHECK(is_abbreviation("A"));
    CHECK(is_abbreviation("J.P"));
    CHECK_FALSE(is_abbreviation("regio"));
    CHECK_FALSE(is_abbreviation("2021"));
    CHECK_FALSE(is_abbreviation("ab.cd"));
}

TEST_CASE("never break where the new line would start an ordered list") {
    CHECK(break_sentences("Zie punt 3. 1. Dan") == "Zie punt 3. 1.\nDan");  // not after "3."
    CHECK(break_sentences("Het is 2020. 2021) Dan") == "Het is 2020. 2021) Dan");
    CHECK(break_sentences("Het is 2020. 2021 wordt beter.") == "Het is 2020.\n2021 wordt beter.");
}

TEST_CASE("continuation indent keeps broken lines inside a list item") {
    CHECK(break_sentences("Eerste. Tweede.", "  ") == "Eerste.\n  Tweede.");
}

TEST_CASE("prepare_body_block: paragraphs and list items get one sentence per line") {
    CHECK(prepare_body_block("Zin een. Zin twee.") == "Zin een.\nZin twee.");
    CHECK(prepare_body_block("- Heeft besloten. Per 2023.\n- Is verder. Voorlopig.") ==
          "- Heeft besloten.\n  Per 2023.\n- Is verder.\n  Voorlopig.");
    CHECK(prepare_body_block("1. Een. Twee.") == "1. Een.\n   Twee.");
    CHECK(prepare_body_block("De gemeente:\n\n\n- Heeft. Dit.") == "De gemeente:\n\n- Heeft.\n  Dit.");
}

TEST_CASE("prepare_body_block: headings, tables, quotes and code are not broken") {
    CHECK(prepare_body_block("## Wat is het? Waarom is het.") == "## Wat is het? Waarom is het.");
    CHECK(prepare_body_block("| A. B | C. D |\n| --- | --- |\n| E. F | G |") ==
          "| A. B | C. D |\n| --- | --- |\n| E. F | G |");
    CHECK(prepare_body_block("> Citaat. Twee.") == "> Citaat. Twee.");
    CHECK(prepare_body_block("```\nx. Y <b>\n```") == "```\nx. Y <b>\n```");
    CHECK(prepare_body_block("    code. Hier <b>") == "    code. Hier <b>");
}

TEST_CASE("prepare_body_block: trailing spaces, hard breaks, blank lines, control characters") {
    CHECK(prepare_body_block("regel een  \nregel twee") == "regel een\\\nregel twee");
    CHECK(prepare_body_block("regel een \nregel twee   ") == "regel een\nregel twee");
    CHECK(prepare_body_block("\n\nTekst\n\n") == "Tekst");
    CHECK(prepare_body_block("a\r\nb\x01") == "a\nb");
}

TEST_CASE("raw HTML in the body is neutralised, also fake region markers") {
    CHECK(prepare_body_block("<script>alert(1)</script>") == "\\<script>alert(1)\\</script>");
    CHECK(prepare_body_block("<!-- raadsstuk:slot -->") == "\\<!-- raadsstuk:slot -->");
    CHECK(prepare_body_block("Tekst <b>vet</b> en a < b en <?php") == "Tekst \\<b>vet\\</b> en a < b en \\<?php");
    CHECK(neutralise_html("al \\<b> ontsnapt") == "al \\<b> ontsnapt");
    CHECK(neutralise_html("code `<b>` blijft") == "code `<b>` blijft");
    CHECK(neutralise_html("``a ` <b>`` en <i>") == "``a ` <b>`` en \\<i>");
    CHECK(neutralise_html("los ` teken <b>") == "los ` teken \\<b>");
    CHECK(neutralise_html("<https://www.voorschoten.nl>") == "\\<https://www.voorschoten.nl>");
}

TEST_CASE("normalise_markdown: no trailing spaces, single blank lines, one final newline") {
    CHECK(normalise_markdown("\n\n# Kop  \n\n\n\nTekst \t\n\n") == "# Kop\n\nTekst\n");
    CHECK(normalise_markdown("a\nb") == "a\nb\n");
    CHECK(normalise_markdown("") == "\n");
}
