#include <catch2/catch.hpp>

#include <string_view>

#include "load/root_members.hpp"

using namespace raadsstuk;
using json = nlohmann::json;

namespace {
constexpr std::string_view kNames[] = {"soort", "gemeente", "sjabloonversie"};
}

TEST_CASE("root members: the named scalar members of the root object, nested ones and others left out", "[root-members]") {
    const auto m = load::root_members(
        R"({"gemeente": "wassenaar", "tekst": "lang", "sjabloonversie": 2,
            "bijlagen": [{"soort": "x"}], "kenmerken": {"gemeente": "leiden"}, "soort": "raadsvoorstel"})",
        kNames);
    REQUIRE(m);
    CHECK(*m == json({{"gemeente", "wassenaar"}, {"sjabloonversie", 2}, {"soort", "raadsvoorstel"}}));
}

TEST_CASE("root members: the last of a repeated name, as a parser keeps it, and values of any scalar type", "[root-members]") {
    const auto m = load::root_members("\xEF\xBB\xBF{\"soort\": \"a\", \"gemeente\": null, \"soort\": 3}", kNames);
    REQUIRE(m);
    CHECK(*m == json({{"soort", 3}, {"gemeente", nullptr}}));
    // An object or array under a wanted name is not a member it returns.
    CHECK(*load::root_members(R"({"soort": {"a": 1}, "gemeente": ["x"]})", kNames) == json::object());
}

TEST_CASE("root members: nothing for text that is not JSON or a root that is not an object", "[root-members]") {
    CHECK_FALSE(load::root_members(R"({"soort": "a",})", kNames));
    CHECK_FALSE(load::root_members(R"({"soort": "a"} {})", kNames));
    CHECK_FALSE(load::root_members(R"({"soort": "a", "tekst": "nooit afgesloten)", kNames));
    CHECK_FALSE(load::root_members(R"(["soort", "a"])", kNames));
    CHECK_FALSE(load::root_members(R"("soort")", kNames));
    CHECK_FALSE(load::root_members("", kNames));
}

TEST_CASE("root members: with stop_after, only the text up to that member needs to be JSON", "[root-members]") {
    const auto m = load::root_members(R"({"gemeente": "x", "soort": "a", "gemeente": "y", )", kNames, "soort");
    REQUIRE(m);
    CHECK(*m == json({{"gemeente", "x"}, {"soort", "a"}}));
    CHECK_FALSE(load::root_members(R"({"gemeente": "x",, "soort": "a"})", kNames, "soort"));
    // The member it stops at need not be wanted, or a scalar.
    const auto n = load::root_members(R"({"gemeente": "x", "stop": [1, "gemeente": 2)", kNames, "stop");
    REQUIRE(n);
    CHECK(*n == json({{"gemeente", "x"}}));
}
