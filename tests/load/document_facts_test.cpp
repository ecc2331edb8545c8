// The facts of a document file that decide its build's inputs (load/document_facts.hpp), and the loaders
// that fill them from their own parse: the same facts as from the text, for good files and for files the
// loader rejects.
#include <string>

#include "load/document_facts.hpp"
#include "load/load.hpp"
#include "support.hpp"

using namespace raadsstuk;

namespace {

load::DocumentFacts facts(std::string soort, std::optional<int> version, std::string sjabloon,
                          std::string besluit, std::string gemeente) {
    return {std::move(soort), version, std::move(sjabloon), std::move(besluit), std::move(gemeente)};
}

// What load_raadsinformatiebrief and load_raadsvoorstel hand back as facts for `text`.
std::pair<load::DocumentFacts, load::DocumentFacts> from_loaders(const std::string& text) {
    load::DocumentFacts brief{"x", 9, "x", "x", "x"}, voorstel{"x", 9, "x", "x", "x"};  // overwritten
    diag::Diagnostics ds;
    load::load_raadsinformatiebrief(text, "brief.json", ds, &brief);
    load::load_raadsvoorstel(text, "voorstel.json", ds, &voorstel);
    return {brief, voorstel};
}

}  // namespace

TEST_CASE("document facts: the root's soort, sjabloonversie, sjabloon, sjabloon_besluit and gemeente", "[facts]") {
    const std::string brief = load_test::slurp(load_test::kBriefFixture);
    CHECK(load::document_facts(brief) == facts("raadsinformatiebrief", 1, "raadsinformatiebrief-kort", "", "teststad"));
    const auto [as_brief, as_voorstel] = from_loaders(brief);
    CHECK(as_brief == load::document_facts(brief));
    CHECK(as_voorstel == load::document_facts(brief));  // the voorstel loader rejects it, the facts stay

    const std::string voorstel = load_test::slurp(load_test::kVoorstelFixture);
    const auto [v_brief, v_voorstel] = from_loaders(voorstel);
    CHECK(v_voorstel == load::document_facts(voorstel));
    CHECK(v_brief == load::document_facts(voorstel));
    CHECK(v_voorstel.soort == "raadsvoorstel");
    CHECK(v_voorstel.gemeente == "teststad");
}

TEST_CASE("document facts: members of another type are empty, nested ones do not count", "[facts]") {
    const std::string text = R"({"soort": 3, "sjabloonversie": "2", "sjabloon": null, "gemeente": ["a"],
                                 "kenmerken": {"gemeente": "leiden", "soort": "raadsvoorstel"}})";
    CHECK(load::document_facts(text) == facts("", std::nullopt, "", "", ""));
    const auto [brief, voorstel] = from_loaders(text);
    CHECK(brief == load::document_facts(text));
    CHECK(voorstel == load::document_facts(text));
}

TEST_CASE("document facts: a loader's parse gives the same as the text's, byte-order mark and repeated keys too", "[facts]") {
    const std::string text = "\xEF\xBB\xBF{\"soort\": \"raadsinformatiebrief\", \"gemeente\": \"a\", \"gemeente\": "
                             "\"b\",\r\n \"sjabloonversie\": 2, \"sjabloon_besluit\": \"besluit\"}";
    CHECK(load::document_facts(text) == facts("raadsinformatiebrief", 2, "", "besluit", "b"));
    const auto [brief, voorstel] = from_loaders(text);
    CHECK(brief == load::document_facts(text));
    CHECK(voorstel == load::document_facts(text));
}

TEST_CASE("document facts: text that is no JSON object gives empty facts, from the loaders as well", "[facts]") {
    for (const std::string text : {std::string(R"({"soort": "raadsinformatiebrief", "gemeente": "a",)"),
                                   std::string(R"(["soort", "raadsinformatiebrief"])"), std::string()}) {
        INFO(text);
        CHECK(load::document_facts(text) == load::DocumentFacts{});
        const auto [brief, voorstel] = from_loaders(text);
        CHECK(brief == load::DocumentFacts{});
        CHECK(voorstel == load::DocumentFacts{});
    }
}

TEST_CASE("document facts: nesting deeper than a data file may have is still read for its facts", "[facts]") {
    // parse_json refuses it (RS016), so the loaders take the facts from the text's own parse.
    const std::string text =
        R"({"soort": "raadsinformatiebrief", "gemeente": "diep", "x": )" + std::string(150, '[') + std::string(150, ']') + "}";
    CHECK(load::document_facts(text) == facts("raadsinformatiebrief", std::nullopt, "", "", "diep"));
    const auto [brief, voorstel] = from_loaders(text);
    CHECK(brief == load::document_facts(text));
    CHECK(voorstel == load::document_facts(text));
}
