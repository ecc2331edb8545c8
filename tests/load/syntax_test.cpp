// RS002 (JSON syntax, with line:column) and RS014 (a key twice in one object).
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

}  // namespace

TEST_CASE("RS002: a comma after the last field") {
    CHECK(errors("{\n  \"soort\": \"raadsinformatiebrief\",\n  \"datum\": \"2021-05-21\",\n}\n") ==
          Lines{"x.json:4:1: fout RS002: geen geldige JSON: onverwacht '}', verwacht een veldnaam tussen dubbele "
                "aanhalingstekens\n  hint: staat er een komma na het laatste veld?"});
    CHECK(errors("{\"tekst\": [\"a\", \"b\",]}") ==
          Lines{"x.json:1:21: fout RS002: geen geldige JSON: onverwacht ']', verwacht een waarde\n"
                "  hint: staat er een komma na het laatste element van de lijst?"});
}

TEST_CASE("RS002: a missing comma") {
    CHECK(errors("{\n  \"soort\": \"raadsinformatiebrief\"\n  \"datum\": \"2021-05-21\"\n}") ==
          Lines{"x.json:3:9: fout RS002: geen geldige JSON: onverwachte tekst tussen aanhalingstekens, verwacht '}'\n"
                "  hint: ontbreekt er een komma tussen twee velden?"});
    CHECK(errors("{\"tekst\": [\"a\" \"b\"]}") ==
          Lines{"x.json:1:18: fout RS002: geen geldige JSON: onverwachte tekst tussen aanhalingstekens, verwacht ']'\n"
                "  hint: ontbreekt er een komma tussen twee elementen van de lijst?"});
    CHECK(errors("{\"a\": [1 2]}") ==
          Lines{"x.json:1:10: fout RS002: geen geldige JSON: onverwacht getal, verwacht ']'\n"
                "  hint: ontbreekt er een komma tussen twee elementen van de lijst?"});
}

TEST_CASE("RS002: text without quotes, in single or curly quotes, and comments") {
    CHECK(errors("{\n  \"onderwerp\": Stand van zaken\n}") ==
          Lines{"x.json:2:16: fout RS002: geen geldige JSON: ongeldig woord\n"
                "  hint: tekst staat tussen dubbele aanhalingstekens (\"...\"); alleen getallen, true, false en null "
                "staan er zonder"});
    CHECK(errors("{\"onderwerp\": 'Stand'}") ==
          Lines{"x.json:1:15: fout RS002: geen geldige JSON: ongeldig woord\n"
                "  hint: gebruik dubbele aanhalingstekens (\") rond tekst, geen enkele (')"});
    CHECK(errors("{\"onderwerp\": “Stand”}") ==
          Lines{"x.json:1:15: fout RS002: geen geldige JSON: ongeldig woord\n"
                "  hint: gebruik gewone dubbele aanhalingstekens (\") rond tekst, geen gekrulde (“ ”)"});
    CHECK(errors("{\n  // datum gereconstrueerd\n  \"datum\": \"2021-05-21\"\n}") ==
          Lines{"x.json:2:3: fout RS002: geen geldige JSON: ongeldig woord\n"
                "  hint: JSON kent geen commentaar; een opmerking voor het secretariaat hoort in het veld "
                "\"opmerking\""});
    CHECK(errors("{datum: \"2021-05-21\"}") ==
          Lines{"x.json:1:2: fout RS002: geen geldige JSON: ongeldig woord\n"
                "  hint: een veldnaam staat tussen dubbele aanhalingstekens, zoals \"datum\""});
}

TEST_CASE("RS002: a line break inside a text, and a file that stops early") {
    CHECK(errors("{\"tekst\": [\"Eerste regel\ntweede regel\"]}") ==
          Lines{"x.json:1:25: fout RS002: geen geldige JSON: regeleinde binnen een tekst\n"
                "  hint: een tekst staat op één regel: schrijf een regeleinde als \\n, of maak er aparte blokken van"});
    CHECK(errors("{\"tekst\": [\"a\", \"b\"") ==
          Lines{"x.json:1:20: fout RS002: geen geldige JSON: het bestand houdt onverwacht op, verwacht ']'\n"
                "  hint: ontbreekt er een afsluitende } of ]?"});
    CHECK(errors("{\"onderwerp\": \"Stand}") ==
          Lines{"x.json:1:22: fout RS002: geen geldige JSON: tekst zonder afsluitend aanhalingsteken"});
    CHECK(errors("") == Lines{"x.json:1:1: fout RS002: geen geldige JSON: het bestand is leeg"});
    CHECK(errors("\xEF\xBB\xBF \n") == Lines{"x.json:1:1: fout RS002: geen geldige JSON: het bestand is leeg"});
    CHECK(errors("{\"a\": 1} x") ==
          Lines{"x.json:1:10: fout RS002: geen geldige JSON: ongeldig woord\n"
                "  hint: tekst staat tussen dubbele aanhalingstekens (\"...\"); alleen getallen, true, false en null "
                "staan er zonder"});
}

TEST_CASE("RS002: columns count characters, not bytes, and not the byte-order mark") {
    // "ë" and "’" are two and three bytes; the "}" is the 13th character of line 2.
    CHECK(errors("{\n  \"a\": \"ë’\",}") ==
          Lines{"x.json:2:13: fout RS002: geen geldige JSON: onverwacht '}', verwacht een veldnaam tussen dubbele "
                "aanhalingstekens\n  hint: staat er een komma na het laatste veld?"});
    CHECK(errors("\xEF\xBB\xBF{\"a\": 1,}") ==
          Lines{"x.json:1:9: fout RS002: geen geldige JSON: onverwacht '}', verwacht een veldnaam tussen dubbele "
                "aanhalingstekens\n  hint: staat er een komma na het laatste veld?"});
}

TEST_CASE("RS002: invalid UTF-8 is rejected with a clear message") {
    CHECK(errors("{\n  \"onderwerp\": \"re\xEBle datum\"\n}") ==  // Latin-1 ë
          Lines{"x.json:2:19: fout RS002: geen geldige JSON: ongeldige UTF-8 in een tekst\n"
                "  hint: sla het bestand op als UTF-8 (niet als Windows-1252 of Latin-1)"});
    // A truncated sequence and an encoded UTF-16 surrogate: the column is that of the sequence's first byte.
    CHECK(errors("{\"a\": \"\xC3\"}") ==
          Lines{"x.json:1:8: fout RS002: geen geldige JSON: ongeldige UTF-8 in een tekst\n"
                "  hint: sla het bestand op als UTF-8 (niet als Windows-1252 of Latin-1)"});
    CHECK(errors("{\"a\": \"\xED\xA0\x80\"}") ==
          Lines{"x.json:1:8: fout RS002: geen geldige JSON: ongeldige UTF-8 in een tekst\n"
                "  hint: sla het bestand op als UTF-8 (niet als Windows-1252 of Latin-1)"});
}

TEST_CASE("RS002: other string and number errors") {
    CHECK(errors(R"({"a": "C:\map"})") ==
          Lines{"x.json:1:11: fout RS002: geen geldige JSON: ongeldig teken na een backslash (\\)\n"
                "  hint: een backslash zelf schrijft u als \\\\"});
    CHECK(errors(R"({"a": 10,5})").size() == 1);
    CHECK(errors(R"({"a": 1e999})") == Lines{"x.json:1:11: fout RS002: geen geldige JSON: getal is te groot: '1e999'"});
}

TEST_CASE("RS014: a key twice in one object is reported, and the rest of the file is still checked") {
    CHECK(errors(R"({"soort": "raadsinformatiebrief", "gemeente": "teststad", "zaaknummer": "Z-1",
                    "datum": "2021-05-21", "onderwerp": "O", "tekst": ["T"],
                    "ondertekening": [{"functie": "burgemeester", "functie": "wethouder"}],
                    "datum": "2021-02-29"})") ==
          Lines{"x.json:/ondertekening/0/functie: fout RS014: veld \"functie\" komt meer dan eens voor in hetzelfde "
                "object\n  hint: in JSON geldt alleen de laatste; verwijder de andere",
                "x.json:/datum: fout RS014: veld \"datum\" komt meer dan eens voor in hetzelfde object\n"
                "  hint: in JSON geldt alleen de laatste; verwijder de andere",
                "x.json:/datum: fout RS006: \"2021-02-29\" is geen bestaande datum (29 februari 2021 bestaat niet)\n"
                "  hint: februari 2021 heeft 28 dagen"});
}
