// Hostile JSON at the loader (docs/hardening.md): nesting deeper than the limit (RS016) and control
// characters in texts (RS017), with their exact places.
#include "load/load.hpp"
#include "support.hpp"

using namespace raadsstuk;
using load_test::formatted;
using Lines = std::vector<std::string>;

namespace {

Lines errors(const std::string& text) {
    diag::Diagnostics ds;
    CHECK_FALSE(load::load_raadsinformatiebrief(text, "x.json", ds));
    return formatted(ds);
}

std::string nested(std::size_t levels) { return std::string(levels, '[') + std::string(levels, ']'); }

}  // namespace

TEST_CASE("RS016: nesting deeper than 100 levels is reported at the bracket that goes too deep") {
    // The root object is level 1; the 100th '[' of the value is level 101.
    const std::string text = "{\n  \"tekst\": " + nested(100) + "\n}\n";
    CHECK(errors(text) == Lines{"x.json:2:111: fout RS016: JSON is te diep genest: meer dan 100 lijsten en objecten "
                                "in elkaar\n  hint: een gegevensbestand van raadsstuk is hooguit enkele niveaus diep; "
                                "controleer de haken [ en {"});
    // 100 levels in all are fine as far as nesting goes (the loader then finds the wrong type).
    const Lines ok = errors("{\"tekst\": " + nested(99) + "}");
    REQUIRE_FALSE(ok.empty());
    CHECK(ok.front().find("RS016") == std::string::npos);
}

TEST_CASE("RS016: brackets inside texts do not count, escaped quotes do not end a text") {
    const std::string brackets = std::string(300, '[');
    const Lines found = errors("{\"onderwerp\": \"" + brackets + " \\\" " + brackets + "\", \"tekst\": [\"x\"]}");
    for (const auto& line : found) CHECK(line.find("RS016") == std::string::npos);
    // After a byte-order mark and CRLF line ends the place is still in characters of the line.
    const std::string text = "\xEF\xBB\xBF{\r\n\"tekst\": " + nested(200) + "}";
    const Lines deep = errors(text);
    REQUIRE(deep.size() == 1);
    CHECK(deep[0].rfind("x.json:2:109: fout RS016:", 0) == 0);
}

TEST_CASE("RS016: a million nested arrays are refused without parsing them") {
    const Lines found = errors(nested(1000000));
    REQUIRE(found.size() == 1);
    CHECK(found[0].rfind("x.json:1:101: fout RS016:", 0) == 0);
}

TEST_CASE("RS017: a control character in a text is reported at its pointer with the characters before it") {
    const std::string text = R"({"soort": "raadsinformatiebrief", "onderwerp": "één\u0001", "tekst": ["a\tb\nc", "x\u007f", "„\u0085"]})";
    diag::Diagnostics ds;
    CHECK_FALSE(load::load_raadsinformatiebrief(text, "x.json", ds));
    Lines control;
    for (const auto& line : formatted(ds))
        if (line.find("RS017") != std::string::npos) control.push_back(line);
    CHECK(control == Lines{"x.json:/onderwerp: fout RS017: stuurteken U+0001 in een tekst, na 3 tekens\n"
                           "  hint: verwijder het teken; een regeleinde schrijft u als \\n",
                           "x.json:/tekst/1: fout RS017: stuurteken U+007F in een tekst, na 1 teken\n"
                           "  hint: verwijder het teken; een regeleinde schrijft u als \\n",
                           "x.json:/tekst/2: fout RS017: stuurteken U+0085 in een tekst, na 1 teken\n"
                           "  hint: waarschijnlijk verkeerd omgezette Windows-1252-tekst (zoals gekrulde "
                           "aanhalingstekens); typ het teken opnieuw"});
}
