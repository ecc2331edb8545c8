// Where values and bytes inside strings are in the text of a data file.
#include <catch2/catch.hpp>

#include "load/json_positions.hpp"

using raadsstuk::load::JsonPositions;
using raadsstuk::load::TextPosition;

TEST_CASE("json positions: values by pointer, a missing field at its nearest enclosing value") {
    const std::string text = "{\n  \"datum\": \"2022-09-13\",\n  \"a/b\": [1, {\"x~y\": true}]\n}\n";
    const JsonPositions p(text);
    CHECK(p.value("") == TextPosition{1, 1});
    CHECK(p.value("/datum") == TextPosition{2, 12});
    CHECK(p.value("/a~1b/1/x~0y") == TextPosition{3, 22});
    CHECK(p.value("/a~1b/0") == TextPosition{3, 11});
    CHECK(p.value("/status/programma") == TextPosition{1, 1});  // nothing there: the file
    CHECK(p.value("/a~1b/7") == TextPosition{3, 10});           // the array
    // A key written with an escape is the key it stands for.
    const std::string escaped = "{\"d\\u0061tum\": 1}";
    CHECK(JsonPositions(escaped).value("/datum") == TextPosition{1, 16});
}

TEST_CASE("json positions: a byte of a decoded string, escapes counted as written") {
    // In the file: "Het \"besluit\" van 8 maart\n€ 5, \u00eb en 😀 x" (the emoji as a surrogate pair).
    const std::string text = "{\"tekst\": [\"Het \\\"besluit\\\" van 8 maart\\n\xE2\x82\xAC 5, \\u00eb en \\ud83d\\ude00 x\"]}";
    const JsonPositions p(text);
    const std::string decoded = "Het \"besluit\" van 8 maart\n\xE2\x82\xAC 5, \xC3\xAB en \xF0\x9F\x98\x80 x";
    const auto at = [&](std::string_view what) { return p.in_string("/tekst/0", decoded.find(what))->column; };
    CHECK(at("Het") == 13);
    CHECK(at("van") == 29);      // after two \" of two columns each
    CHECK(at("\xE2\x82\xAC") == 42);  // after \n: one column each for \ and n
    CHECK(at("5,") == 44);        // € is one column
    CHECK(at("\xC3\xAB") == 47);      // ë written as \u00eb
    CHECK(at(" en") == 53);
    CHECK(at("x") == 70);         // after the surrogate pair (12 columns)
    CHECK(p.in_string("/tekst/0", 10'000)->column == 71);  // past the end: the closing quote
    CHECK_FALSE(p.in_string("/tekst", 0));    // not a string
    CHECK_FALSE(p.in_string("/nergens", 0));
}

TEST_CASE("json positions: a byte-order mark does not count, lines are counted") {
    const std::string text = "\xEF\xBB\xBF{\n  \"a\": \"x\",\n\n  \"b\": \"\xC3\xAB\xC3\xAB y\"\n}";
    const JsonPositions p(text);
    CHECK(p.value("/a") == TextPosition{2, 8});
    CHECK(p.in_string("/b", 5) == TextPosition{4, 12});  // "y" after two ë (two bytes, one column each)
}
