#include <catch2/catch.hpp>

#include "regions/form_rows.hpp"
#include "regions/parse_regions.hpp"

using namespace raadsstuk;
using namespace raadsstuk::regions;

namespace {

Block first_block(const std::string& markdown) {
    diag::Diagnostics out;
    const auto regions = parse_regions(markdown, "x.json", out);
    REQUIRE(out.empty());
    REQUIRE(regions.size() == 1);
    REQUIRE_FALSE(regions[0].blocks.empty());
    return regions[0].blocks[0];
}

}  // namespace

TEST_CASE("form rows: bold labels with a colon give label and value", "[regions][form]") {
    const auto form = as_form(first_block("- **Zaaknummer:** Z-22-61204\n- **Bijlagen:**\n  1. Kaart\n  2. Plan\n"
                                          "- **Relatie met:**\n  - **Agendapunt:**\n  - **Toezegging:** T-1\n"));
    REQUIRE(form);
    REQUIRE(form->size() == 3);
    CHECK((*form)[0].label == "Zaaknummer");
    REQUIRE((*form)[0].value.size() == 1);
    CHECK(plain_text((*form)[0].value[0].text) == "Z-22-61204");
    CHECK((*form)[1].label == "Bijlagen");
    REQUIRE((*form)[1].value.size() == 1);
    CHECK((*form)[1].value[0].kind == Block::Kind::list);
    CHECK((*form)[1].value[0].ordered);
    const auto nested = as_form((*form)[2].value.at(0));
    REQUIRE(nested);
    CHECK((*nested)[0].label == "Agendapunt");
    CHECK((*nested)[0].value.empty());
    CHECK((*nested)[1].label == "Toezegging");
}

TEST_CASE("form rows: the colon may follow the bold label", "[regions][form]") {
    const auto form = as_form(first_block("- **Datum**: 2 april 2024\n"));
    REQUIRE(form);
    CHECK((*form)[0].label == "Datum");
    CHECK(plain_text((*form)[0].value.at(0).text) == "2 april 2024");
}

TEST_CASE("form rows: a list with an item that is no form row is no form", "[regions][form]") {
    CHECK_FALSE(as_form(first_block("- **Zaaknummer:** Z-1\n- gewoon punt\n")));
    CHECK_FALSE(as_form(first_block("- **Vet** zonder dubbele punt\n")));
    CHECK_FALSE(as_form(first_block("1. **Genummerd:** nee\n")));
    CHECK_FALSE(as_form(first_block("Een alinea.\n")));
}
