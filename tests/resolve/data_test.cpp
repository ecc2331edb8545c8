// The repository's letters resolve to the signatories the real letters show.
#include <catch2/catch.hpp>

#include "load/load.hpp"
#include "resolve/resolve.hpp"

using namespace raadsstuk;
using Lines = std::vector<std::string>;

namespace {

model::Gemeente load_gemeente(const std::string& id) {
    diag::Diagnostics ds;
    const auto file = load::gemeente_file("data", id);
    const auto text = load::read_file(file, ds);
    REQUIRE(text);
    auto g = load::load_gemeente(*text, file.generic_string(), ds);
    REQUIRE(g);
    return *g;
}

model::Raadsinformatiebrief load_brief(const std::string& file) {
    diag::Diagnostics ds;
    const auto text = load::read_file(file, ds);
    REQUIRE(text);
    auto b = load::load_raadsinformatiebrief(*text, file, ds);
    REQUIRE(b);
    return *b;
}

Lines signatories(const model::Raadsinformatiebrief& b) {
    diag::Diagnostics ds;
    const auto r = resolve::resolve_brief(b, load_gemeente(b.gemeente), ds);
    Lines out;
    for (const auto& d : ds) out.push_back(diag::format(d));
    if (r)
        for (const auto& s : r->signatories) out.push_back(s.name + ", " + s.function);
    return out;
}

}  // namespace

TEST_CASE("the 2021 and 2022 letters are signed by A. R. de Graaf and drs. N. Stemerdink") {
    const Lines expected{"A. R. de Graaf, gemeentesecretaris", "drs. N. Stemerdink, burgemeester"};
    CHECK(signatories(load_brief("data/documenten/2021/2021-05-21-werk-en-inkomen-leiden.json")) == expected);
    CHECK(signatories(load_brief("data/documenten/2022/2022-09-13-omklappen-sociaal-domein.json")) == expected);
}

TEST_CASE("the same letter dated in 2020 is signed by burgemeester P.J. Bouvy-Koene") {
    auto b = load_brief("data/documenten/2021/2021-05-21-werk-en-inkomen-leiden.json");
    b.date = {2020, 12, 31};
    CHECK(signatories(b) == Lines{"A. R. de Graaf, gemeentesecretaris", "P.J. Bouvy-Koene, burgemeester"});
    b.date = {2021, 1, 1};
    CHECK(signatories(b) == Lines{"A. R. de Graaf, gemeentesecretaris", "drs. N. Stemerdink, burgemeester"});
}

TEST_CASE("the Wassenaar letter is signed by its own loco-gemeentesecretaris and burgemeester") {
    CHECK(signatories(load_brief("data/documenten/2023/2023-03-14-ledverlichting-wassenaar.json")) ==
          Lines{"M.E. Verhoef MSc, loco-gemeentesecretaris", "mr. H.A. van der Wiel, burgemeester"});
}
