// The text scanner: what it finds in a text, where, and what it leaves alone.
#include <catch2/catch.hpp>

#include "check/text_scan.hpp"

using namespace raadsstuk;
using namespace raadsstuk::check;

namespace {

std::vector<model::ZaaknummerPattern> voorschoten() {
    std::vector<model::ZaaknummerPattern> out;
    for (const char* p : {"Z-{jj}-{zaak}[/{document}]", "Z/{jj}/{zaak}[/[{document}]]"}) {
        std::string error;
        out.push_back(*model::ZaaknummerPattern::compile(p, error));
    }
    return out;
}

ScannedText scan(std::string_view text) { return scan_text("/tekst/0", text, voorschoten()); }

}  // namespace

TEST_CASE("scanner: dates with a weekday, a year, jl. and a.s., and months with begin, medio, eind") {
    const std::string text =
        "Op donderdag 12 november 2020 spraken wij. Met onze brief van 8 maart jl. (Z-21-52738/289409) en "
        "medio oktober a.s. komt het besluit, uiterlijk Eind december 2022. In maart 2022 was het 1 maart.";
    const ScannedText s = scan(text);
    REQUIRE(s.dates.size() == 6);
    const auto written = [&](std::size_t i) { return std::string(s.written(s.dates[i].span)); };
    CHECK(written(0) == "donderdag 12 november 2020");
    CHECK(s.dates[0].weekday == 3);
    CHECK(s.dates[0].year == 2020);
    CHECK(written(1) == "8 maart jl.");
    CHECK(s.dates[1].relative == Relative::past);
    CHECK_FALSE(s.dates[1].year);
    CHECK(written(2) == "medio oktober a.s.");
    CHECK(s.dates[2].day == 0);
    CHECK(s.dates[2].part == MonthPart::middle);
    CHECK(s.dates[2].relative == Relative::coming);
    CHECK(written(3) == "Eind december 2022");
    CHECK(written(4) == "maart 2022");
    // A day and a month without a year or a marker is a date too (read as the nearest such day).
    CHECK(written(5) == "1 maart");
}

TEST_CASE("scanner: words that are not dates are left alone") {
    const ScannedText s = scan("De mei-regeling, 12 mensen in maart-april, het jaar 2022 en donderdag zonder datum.");
    CHECK(s.dates.empty());
    CHECK(scan("Het Coalitieakkoord 2022-2026 en artikel 12 van de wet.").dates.empty());
}

TEST_CASE("scanner: j.l., jongstleden and aanstaande are markers too") {
    const ScannedText s = scan("op 3 juni j.l. en 4 juni jongstleden, en 5 juli aanstaande");
    REQUIRE(s.dates.size() == 3);
    CHECK(s.dates[0].relative == Relative::past);
    CHECK(s.dates[1].relative == Relative::past);
    CHECK(s.dates[2].relative == Relative::coming);
}

TEST_CASE("scanner: zaaknummers by the gemeente's patterns, in every style, with their parts") {
    const ScannedText s = scan("Zie (Z-21-52738/289409), Z/20/0047053/205698, Z/19/031214/ en Z-22-61204. XZ-21-1 niet.");
    REQUIRE(s.numbers.size() == 4);
    CHECK(s.numbers[0].written == "Z-21-52738/289409");
    CHECK(s.numbers[0].zaak->year == 2021);
    CHECK(s.numbers[0].zaak->number == "52738");
    CHECK(s.numbers[0].documentnummer == "289409");
    CHECK(s.numbers[1].zaak->number == "47053");  // leading zeros do not count
    CHECK(s.numbers[1].documentnummer == "205698");
    CHECK(s.numbers[2].written == "Z/19/031214/");
    CHECK(s.numbers[2].documentnummer.empty());
    CHECK(s.numbers[3].written == "Z-22-61204");
    // Without patterns no zaaknummer is found, but a named documentnummer still is.
    const ScannedText none = scan_text("/x", "Z-21-52738 en documentnummer 289409", {});
    REQUIRE(none.numbers.size() == 1);
    CHECK(none.numbers[0].documentnummer == "289409");
    CHECK_FALSE(none.numbers[0].zaak);
}

TEST_CASE("scanner: amounts in Dutch notation and amount placeholders") {
    const ScannedText s = scan("€ 64.000, €1.234,56, € 0,5 miljoen, EUR 12.500,- en 3.000 euro; [[bedrag:onderzoek]]; 2.150 masten.");
    REQUIRE(s.amounts.size() == 6);
    CHECK(s.amounts[0].cents == 6'400'000);
    CHECK(s.amounts[1].cents == 123'456);
    CHECK(s.amounts[2].cents == 50'000'000);
    CHECK(s.amounts[3].cents == 1'250'000);
    CHECK(s.amounts[4].cents == 300'000);
    CHECK(s.amounts[5].placeholder == "onderzoek");
    // Absurdly large numbers are not amounts (and never overflow).
    CHECK(scan("€ 999.999.999.999.999.999.999 miljard").amounts.empty());
    CHECK(scan("€ 2.000 miljard").amounts.empty());
    CHECK(scan("€ 1.000 miljard").amounts.at(0).cents == 100'000'000'000'000LL);
}

TEST_CASE("scanner: Bijlage N, lists and ranges of attachments") {
    const ScannedText s = scan("Zie Bijlage 2, de bijlagen 1, 3 en 5 en de bijlagen 6 t/m 8 en bijlagen 9 tot en met 10.");
    std::vector<int> numbers;
    for (const auto& a : s.attachments) numbers.push_back(a.number);
    CHECK(numbers == std::vector<int>{2, 1, 3, 5, 6, 7, 8, 9, 10});
}

TEST_CASE("scanner: sentences end at . ! ? before a capital, not after jl. before a bracket, initials or titles") {
    const std::string text = "Met onze brief van 8 maart jl. (Z-21-52738) meldden wij dit. Drs. N. Stemerdink tekende! Klaar.";
    const ScannedText s = scan(text);
    REQUIRE(s.sentences.size() == 3);
    CHECK(s.written(s.sentences[0]) == "Met onze brief van 8 maart jl. (Z-21-52738) meldden wij dit.");
    CHECK(s.written(s.sentences[1]) == "Drs. N. Stemerdink tekende!");
    CHECK(s.written(s.sentences[2]) == "Klaar.");
    CHECK(s.written(s.sentence_of(text.find("Z-21"))) == s.written(s.sentences[0]));
}
