// Dutch hyphenation with libhyphen and the hyphen-nl patterns, with the layout's limits.
#include <catch2/catch.hpp>

#include "layout/hyphenation.hpp"
#include "model/environment.hpp"

using namespace raadsstuk::layout;

namespace {

const Hyphenation& dutch() {
    const Hyphenation* h = Hyphenation::shared(raadsstuk::model::Environment{}.hyphenation_dictionary);
    REQUIRE(h);
    return *h;
}

// The word with a '-' at every point offered.
std::string shown(const std::string& word) {
    std::string out;
    std::size_t previous = 0;
    for (std::size_t p : dutch().points(word)) {
        out += word.substr(previous, p - previous) + "-";
        previous = p;
    }
    return out + word.substr(previous);
}

}  // namespace

TEST_CASE("hyphenation: Dutch words break at their syllables") {
    CHECK(shown("samenwerkingsovereenkomst") == "sa-men-wer-kings-over-een-komst");
    CHECK(shown("uitvoeringslasten") == "uit-voe-rings-las-ten");
    CHECK(shown("beleidsregie") == "be-leids-re-gie");
}

TEST_CASE("hyphenation: UTF-8 letters count as one, and offsets are bytes of the word as written") {
    CHECK(shown("zorgcontinuïteit") == "zorg-con-ti-nuï-teit");
    CHECK(shown("cliënten") == "cliën-ten");
    CHECK(dutch().points("cliënten") == std::vector<std::size_t>{6});  // "cliën" is 6 bytes
}

TEST_CASE("hyphenation: capitals and punctuation around the word are kept and skipped") {
    CHECK(shown("Samenwerking") == "Sa-men-wer-king");
    CHECK(shown("(samenwerking),") == "(sa-men-wer-king),");
}

TEST_CASE("hyphenation: at least two letters before and three after a break") {
    CHECK(shown("gemeente") == "ge-meente");
    for (std::size_t p : dutch().points("coalitieakkoord")) {
        CHECK(p >= 2);
        CHECK(std::string("coalitieakkoord").size() - p >= 3);
    }
}

TEST_CASE("hyphenation: short words, acronyms, numbers, addresses and codes are left whole") {
    for (const char* word : {"regio", "GEMEENTE", "GGD-regio", "2023", "www.voorschoten.nl", "Z-21-52738",
                             "info@voorschoten.nl", "collega's"})
        CHECK(dutch().points(word).empty());
}

TEST_CASE("hyphenation: a compound with a slash or a hyphen is hyphenated part by part") {
    // Without this a token such as "toegang/dienstverlening/toegankelijkheid" cannot break at all, and the
    // justified line before it gets very wide word spaces.
    CHECK(shown("toegang/dienstverlening") == "toe-gang/dienst-ver-le-ning");
    CHECK(shown("Leidschendam-Voorburg") == "Leid-schen-dam-Voor-burg");
    CHECK(shown("GGD-samenwerking") == "GGD-sa-men-wer-king");
}

TEST_CASE("hyphenation: a dictionary that cannot be read gives nothing") {
    CHECK_FALSE(Hyphenation::load("/nonexistent/hyph_nl_NL.dic"));
    CHECK(Hyphenation::shared("/nonexistent/hyph_nl_NL.dic") == nullptr);
}
