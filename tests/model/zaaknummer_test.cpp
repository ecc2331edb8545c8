#include <catch2/catch.hpp>

#include "model/zaaknummer.hpp"

using raadsstuk::model::parse_zaaknummer;
using raadsstuk::model::Zaaknummer;
using raadsstuk::model::ZaaknummerPattern;

namespace {

ZaaknummerPattern compiled(const char* text) {
    std::string error;
    auto p = ZaaknummerPattern::compile(text, error);
    INFO(text << ": " << error);
    REQUIRE(p);
    return *p;
}

std::string compile_error(const char* text) {
    std::string error;
    CHECK_FALSE(ZaaknummerPattern::compile(text, error));
    return error;
}

}  // namespace

TEST_CASE("zaaknummers in the styles of real letters are read into their parts") {
    const std::vector<ZaaknummerPattern> voorschoten = {compiled("Z-{jj}-{zaak}[/{document}]"),
                                                        compiled("Z/{jj}/{zaak}[/[{document}]]")};
    CHECK(parse_zaaknummer("Z-21-52738/289409", voorschoten) == Zaaknummer{2021, "52738", "289409"});
    CHECK(parse_zaaknummer("Z-21-52738", voorschoten) == Zaaknummer{2021, "52738", ""});
    CHECK(parse_zaaknummer("Z/20/0047053/205698", voorschoten) == Zaaknummer{2020, "47053", "205698"});
    CHECK(parse_zaaknummer("Z/18/024052/166433", voorschoten) == Zaaknummer{2018, "24052", "166433"});
    CHECK(parse_zaaknummer("Z/19/031214/", voorschoten) == Zaaknummer{2019, "31214", ""});
    // The same zaak in two styles.
    CHECK(parse_zaaknummer("Z/21/052738", voorschoten)->same_zaak(*parse_zaaknummer("Z-21-52738/289409", voorschoten)));
    // Not read: a letter for a digit, a missing part, something after the end.
    CHECK_FALSE(parse_zaaknummer("Z-2l-52738", voorschoten));
    CHECK_FALSE(parse_zaaknummer("Z-21-", voorschoten));
    CHECK_FALSE(parse_zaaknummer("Z-21-52738/289409x", voorschoten));
    CHECK_FALSE(parse_zaaknummer("Z-21-52738", {}));
}

TEST_CASE("two-digit years are 1970-2069, four-digit years as written, a pattern without a year has none") {
    CHECK(compiled("Z-{jj}-{zaak}").match("Z-69-1")->year == 2069);
    CHECK(compiled("Z-{jj}-{zaak}").match("Z-70-1")->year == 1970);
    CHECK(compiled("ZK{jjjj}.{zaak}").match("ZK2023.0001") == Zaaknummer{2023, "1", ""});
    CHECK_FALSE(compiled("D{zaak}").match("D000")->year);
    CHECK(compiled("D{zaak}").match("D000")->number == "0");
}

TEST_CASE("the longest match at a place, for the text scanner") {
    const auto p = compiled("Z-{jj}-{zaak}[/{document}]");
    const std::string text = "zie (Z-21-52738/289409) en";
    const auto m = p.match_at(text, text.find('Z'));
    REQUIRE(m);
    CHECK(text.substr(text.find('Z'), m->first) == "Z-21-52738/289409");
    CHECK_FALSE(p.match_at(text, 0));
    CHECK(p.lead() == "Z-");
}

TEST_CASE("malformed patterns say why") {
    CHECK(compile_error("Z-{jj}-{nummer}") == "onbekend deel {nummer}; bekend zijn {jj}, {jjjj}, {zaak} en {document}");
    CHECK(compile_error("Z-{jj}") == "het patroon heeft geen {zaak}");
    CHECK(compile_error("Z-{zaak}-{zaak}") == "het patroon heeft meer dan één {zaak}");
    CHECK(compile_error("Z-{jj}-{jjjj}-{zaak}") == "het patroon heeft meer dan één jaartal");
    CHECK(compile_error("{jj}-{zaak}") == "het patroon begint niet met vaste tekst (zoals \"Z\")");
    CHECK(compile_error("Z-{zaak}[/{document}") == "'[' zonder ']'");
    CHECK(compile_error("Z-{zaak}]") == "']' zonder '['");
    CHECK(compile_error("Z-{zaak") == "'{' zonder '}'");
    CHECK(compile_error("Z-{zaak}[]") == "leeg optioneel deel '[]'");
}
