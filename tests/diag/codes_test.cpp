#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "diag/codes.hpp"
#include "diag/diagnostic.hpp"

using namespace raadsstuk::diag;

TEST_CASE("codes are unique, well-formed and sorted") {
    std::set<std::string_view> seen;
    std::string_view previous;
    for (const auto& c : all_codes()) {
        INFO(c.code);
        CHECK(std::regex_match(std::string(c.code), std::regex("RS[0-9]{3}")));
        CHECK(seen.insert(c.code).second);
        CHECK(previous < c.code);
        CHECK_FALSE(c.summary.empty());
        previous = c.code;
    }
}

TEST_CASE("every code is documented in docs/diagnostics.md with its summary, and no other code is") {
    std::ifstream in("docs/diagnostics.md");
    REQUIRE(in);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string doc = buffer.str();
    for (const auto& c : all_codes()) {
        INFO(c.code);
        const std::string heading = "## " + std::string(c.code) + ": " + std::string(c.summary);
        CHECK(doc.find(heading + "\n") != std::string::npos);
    }
    const std::regex heading_re("\n## (RS[0-9]{3})");
    for (auto it = std::sregex_iterator(doc.begin(), doc.end(), heading_re); it != std::sregex_iterator(); ++it) {
        INFO((*it)[1].str());
        CHECK(find_code((*it)[1].str()) != nullptr);
    }
}

TEST_CASE("diagnostics format like a compiler") {
    const Diagnostic d = make("RS006", {"data/x.json", "/datum", 0, 0}, "\"2021-02-29\" is geen bestaande datum",
                              "bedoelt u 2021-02-28?");
    CHECK(d.severity == Severity::error);
    CHECK(format(d) == "data/x.json:/datum: fout RS006: \"2021-02-29\" is geen bestaande datum\n"
                       "  hint: bedoelt u 2021-02-28?");
    const Diagnostic t = make("RS303", {"templates/brief.md", "", 12, 5}, "onbekende variabele 'naam'");
    CHECK(format(t) == "templates/brief.md:12:5: fout RS303: onbekende variabele 'naam'");
    const Diagnostic w = make("RS403", {"data/x.json", "", 0, 0}, "teken ontbreekt");
    CHECK(w.severity == Severity::warning);
    CHECK(format(w) == "data/x.json: waarschuwing RS403: teken ontbreekt");
    CHECK_FALSE(has_errors({w}));
    CHECK(has_errors({w, t}));
    CHECK(pointer_escape("a/b~c") == "a~1b~0c");
}
