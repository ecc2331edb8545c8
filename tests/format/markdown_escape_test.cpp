#include <catch2/catch.hpp>

#include "format/markdown_escape.hpp"

using raadsstuk::format::escape_markdown_text;

TEST_CASE("ordinary Dutch text is left as it is") {
    CHECK(escape_markdown_text("Omklappen sociaal domein naar de Leidse regio") ==
          "Omklappen sociaal domein naar de Leidse regio");
    CHECK(escape_markdown_text("drs. N. Stemerdink") == "drs. N. Stemerdink");
    CHECK(escape_markdown_text("Z-21-52738") == "Z-21-52738");
    CHECK(escape_markdown_text("Werk&Inkomen, W&I") == "Werk&Inkomen, W&I");
    CHECK(escape_markdown_text("Wat is de stand van zaken? Prima!") == "Wat is de stand van zaken? Prima!");
    CHECK(escape_markdown_text("€ 1.234,56 (incl. btw)") == "€ 1.234,56 (incl. btw)");
    CHECK(escape_markdown_text("zorgcontinuïteit voor cliënten") == "zorgcontinuïteit voor cliënten");
    CHECK(escape_markdown_text("loco-gemeentesecretaris") == "loco-gemeentesecretaris");
    CHECK(escape_markdown_text("snake_case_name") == "snake_case_name");
    CHECK(escape_markdown_text("5 * 3") == "5 * 3");
    CHECK(escape_markdown_text("1.000 inwoners") == "1.000 inwoners");
    CHECK(escape_markdown_text("2021") == "2021");
    CHECK(escape_markdown_text("") == "");
}

TEST_CASE("template braces can never come out as a template tag") {
    CHECK(escape_markdown_text("{{naam}}") == "\\{\\{naam\\}\\}");
    CHECK(escape_markdown_text("{{{tekst}}}") == "\\{\\{\\{tekst\\}\\}\\}");
    CHECK(escape_markdown_text("{{#x}}a{{/x}}") == "\\{\\{#x\\}\\}a\\{\\{/x\\}\\}");
}

TEST_CASE("emphasis characters are escaped") {
    CHECK(escape_markdown_text("*belangrijk*") == "\\*belangrijk\\*");
    CHECK(escape_markdown_text("**vet**") == "\\*\\*vet\\*\\*");
    CHECK(escape_markdown_text("_cursief_") == "\\_cursief\\_");
    CHECK(escape_markdown_text("a*b") == "a\\*b");
    CHECK(escape_markdown_text("~~weg~~") == "\\~\\~weg\\~\\~");
    CHECK(escape_markdown_text("`code`") == "\\`code\\`");
}

TEST_CASE("characters that start a block are escaped at the start") {
    CHECK(escape_markdown_text("# Kop") == "\\# Kop");
    CHECK(escape_markdown_text("#1 prioriteit") == "\\#1 prioriteit");
    CHECK(escape_markdown_text("Nummer #5") == "Nummer #5");  // '#' inside a line is plain text
    CHECK(escape_markdown_text("> citaat") == "\\> citaat");
    CHECK(escape_markdown_text("- punt") == "\\- punt");
    CHECK(escape_markdown_text("+ punt") == "\\+ punt");
    CHECK(escape_markdown_text("---") == "\\---");
    CHECK(escape_markdown_text("===") == "\\===");
    CHECK(escape_markdown_text("1. januari") == "1\\. januari");
    CHECK(escape_markdown_text("12) twaalf") == "12\\) twaalf");
    CHECK(escape_markdown_text("3.") == "3\\.");
    CHECK(escape_markdown_text("1.5 fte") == "1.5 fte");
    CHECK(escape_markdown_text("een - twee") == "een - twee");
}

TEST_CASE("table pipes, links and HTML are escaped") {
    CHECK(escape_markdown_text("Leiden | Leiderdorp") == "Leiden \\| Leiderdorp");
    CHECK(escape_markdown_text("<script>alert(1)</script>") == "\\<script>alert(1)\\</script>");
    CHECK(escape_markdown_text("<!-- raadsstuk:slot -->") == "\\<!-- raadsstuk:slot -->");
    CHECK(escape_markdown_text("[link](http://x)") == "\\[link\\](http://x)");
    CHECK(escape_markdown_text("![img](x.png)") == "!\\[img\\](x.png)");
    CHECK(escape_markdown_text("C:\\pad\\naar") == "C:\\\\pad\\\\naar");
    CHECK(escape_markdown_text("&amp; &#123; &#x1F;") == "\\&amp; \\&#123; \\&#x1F;");
}

TEST_CASE("line breaks become one space, ends are trimmed, control characters dropped") {
    CHECK(escape_markdown_text("eerste regel\ntweede regel") == "eerste regel tweede regel");
    CHECK(escape_markdown_text("a  \r\n\n  b") == "a b");
    CHECK(escape_markdown_text("  binnen  ") == "binnen");
    CHECK(escape_markdown_text("tab\there") == "tab here");
    CHECK(escape_markdown_text("bel\x07") == "bel");
    CHECK(escape_markdown_text("regel\n# geen kop") == "regel # geen kop");
    CHECK(escape_markdown_text("    code?") == "code?");
}
