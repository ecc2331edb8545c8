// The house style a document is laid out with: the version it records, or the gemeente's current one.
#include <catch2/catch.hpp>

#include "resolve/resolve.hpp"

using namespace raadsstuk;

namespace {

model::Gemeente gemeente_with_two_styles() {
    model::Gemeente g;
    g.source_file = "data/gemeenten/teststad.json";
    g.style.version = 3;
    g.style.primary = {1, 2, 3};
    model::HouseStyle earlier;
    earlier.version = 1;
    earlier.primary = {9, 9, 9};
    g.earlier_styles.push_back(earlier);
    return g;
}

}  // namespace

TEST_CASE("house style: no version or the current one gives the current style") {
    const model::Gemeente g = gemeente_with_two_styles();
    diag::Diagnostics ds;
    CHECK(resolve::house_style_for(g, std::nullopt, "x.json", ds)->primary == model::Color{1, 2, 3});
    CHECK(resolve::house_style_for(g, 3, "x.json", ds)->version == 3);
    CHECK(ds.empty());
}

TEST_CASE("house style: an earlier version is taken from eerdere_huisstijlen") {
    const model::Gemeente g = gemeente_with_two_styles();
    diag::Diagnostics ds;
    const auto s = resolve::house_style_for(g, 1, "x.json", ds);
    REQUIRE(s);
    CHECK(s->version == 1);
    CHECK(s->primary == model::Color{9, 9, 9});
    CHECK(ds.empty());
}

TEST_CASE("house style: a version the gemeente does not have is RS104 at the document's /huisstijlversie") {
    const model::Gemeente g = gemeente_with_two_styles();
    diag::Diagnostics ds;
    CHECK_FALSE(resolve::house_style_for(g, 2, "data/documenten/x.json", ds));
    REQUIRE(ds.size() == 1);
    CHECK(diag::format(ds[0]) ==
          "data/documenten/x.json:/huisstijlversie: fout RS104: huisstijlversie 2 bestaat niet in het gemeentebestand "
          "data/gemeenten/teststad.json\n"
          "  hint: beschikbare versies: 3 (de huidige), 1; eerdere huisstijlen staan in \"eerdere_huisstijlen\" van "
          "het gemeentebestand");
}
