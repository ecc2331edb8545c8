// The word diff itself: what is deleted and inserted, in which order, and where an added paragraph goes.
#include <catch2/catch.hpp>

#include "diff/text_report.hpp"
#include "diff/word_diff.hpp"

using namespace raadsstuk::diff;

namespace {

std::vector<std::string> tokens(std::initializer_list<const char*> words) {
    std::vector<std::string> out;
    for (const char* w : words) out.emplace_back(w);
    return out;
}

}  // namespace

TEST_CASE("one changed word is one deletion and one insertion, in place") {
    const Pieces d = diff_words(split_words("de toestellen worden in april verwijderd"),
                                split_words("de toestellen worden in mei verwijderd"));
    CHECK(inline_pieces(d, false) == "de toestellen worden in [-april-] {+mei+} verwijderd");
    CHECK(has_changes(d));
}

TEST_CASE("equal texts give only equal pieces") {
    const Pieces d = diff_words(split_words("Geachte Raad,"), split_words("Geachte  Raad,"));
    CHECK_FALSE(has_changes(d));
    CHECK(d.size() == 2);
}

TEST_CASE("a changed stretch shows all deleted words before the inserted ones") {
    const Pieces d = diff_words(split_words("per 1 januari 2023 besloten"), split_words("per 1 maart 2024 besloten"));
    CHECK(inline_pieces(d, false) == "per 1 [-januari 2023-] {+maart 2024+} besloten");
}

TEST_CASE("an added paragraph is inserted whole, ending at its own paragraph break") {
    const auto a = tokens({"Eerste", "alinea.", "\n", "Slot.", "\n"});
    const auto b = tokens({"Eerste", "alinea.", "\n", "Nieuwe", "alinea.", "\n", "Slot.", "\n"});
    const Pieces d = diff_words(a, b);
    REQUIRE(d.size() == 8);
    CHECK(d[2] == Piece{Change::equal, "\n"});
    CHECK(d[3] == Piece{Change::inserted, "Nieuwe"});
    CHECK(d[4] == Piece{Change::inserted, "alinea."});
    CHECK(d[5] == Piece{Change::inserted, "\n"});
    CHECK(d[6] == Piece{Change::equal, "Slot."});
}

TEST_CASE("a paragraph added after one that ends like it slides to the paragraph break") {
    // Without sliding, the LCS may take the first "alinea. \n" as new; the run is moved to end at a break.
    const auto a = tokens({"Een", "alinea.", "\n"});
    const auto b = tokens({"Een", "alinea.", "\n", "Twee", "alinea.", "\n"});
    const Pieces d = diff_words(a, b);
    CHECK(inline_pieces(d, false) == "Een alinea. {+Twee alinea.+}");
    CHECK(d.back() == Piece{Change::inserted, "\n"});
}

TEST_CASE("a deleted word at the start and an inserted word at the end") {
    CHECK(inline_pieces(diff_words(split_words("Zeer geachte Raad"), split_words("geachte Raad, leden")), false) ==
          "[-Zeer-] geachte [-Raad-] {+Raad, leden+}");
}
