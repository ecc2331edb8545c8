// The people of a raadsvoorstel: the portefeuillehouder on the collegebesluit, the college's signatories on
// the collegebesluit, voorzitter and griffier on the raadsvergadering.
#include <catch2/catch.hpp>

#include "resolve/resolve.hpp"

using namespace raadsstuk;
using model::Date;
using Lines = std::vector<std::string>;

namespace {

model::Functionaris person(std::string name, std::string function, Date from, std::optional<Date> until, int index) {
    model::Functionaris f;
    f.name = std::move(name);
    f.function = std::move(function);
    f.from = from;
    f.until = until;
    f.pointer = "/functionarissen/" + std::to_string(index);
    return f;
}

model::Gemeente gemeente() {
    model::Gemeente g;
    g.id = "teststad";
    g.name = "Teststad";
    g.source_file = "g.json";
    g.functionarissen = {
        person("A. Eerste", "burgemeester", {2015, 1, 1}, Date{2020, 12, 31}, 0),
        person("drs. B. Tweede", "burgemeester", {2021, 1, 1}, std::nullopt, 1),
        person("C. Secretaris", "gemeentesecretaris", {2016, 1, 1}, std::nullopt, 2),
        person("F. Griffier", "griffier", {2019, 9, 1}, std::nullopt, 3),
        person("G. Wethouder", "wethouder", {2018, 5, 24}, std::nullopt, 4),
        person("H. Wethouder", "wethouder", {2018, 5, 24}, Date{2020, 6, 1}, 5),
    };
    return g;
}

model::Raadsvoorstel voorstel(Date college, Date raad, std::string holder) {
    model::Raadsvoorstel p;
    p.source_file = "v.json";
    p.gemeente = "teststad";
    p.college_date = college;
    p.council_date = raad;
    p.portfolio_holder = {std::move(holder), "/portefeuillehouder"};
    return p;
}

Lines formatted(const diag::Diagnostics& ds) {
    Lines out;
    for (const auto& d : ds) out.push_back(diag::format(d));
    return out;
}

}  // namespace

TEST_CASE("voorstel: each person is looked up on the date that matters for them") {
    // Decided by the college in 2020, by the raad in 2021: a new burgemeester chairs the raad.
    diag::Diagnostics ds;
    const auto r = resolve::resolve_voorstel(voorstel({2020, 12, 15}, {2021, 1, 28}, "G. Wethouder"), gemeente(), ds);
    REQUIRE(r);
    CHECK(formatted(ds).empty());
    CHECK(r->portfolio_holder.name == "G. Wethouder");
    CHECK(r->portfolio_holder.function == "Wethouder");
    REQUIRE(r->college.size() == 2);
    CHECK(r->college[0].name == "C. Secretaris");
    CHECK(r->college[0].function == "gemeentesecretaris");
    CHECK(r->college[1].name == "A. Eerste");
    CHECK(r->college[1].function == "burgemeester");
    REQUIRE(r->council.size() == 2);
    CHECK(r->council[0].name == "drs. B. Tweede");
    CHECK(r->council[0].function == "voorzitter");
    CHECK(r->council[1].name == "F. Griffier");
    CHECK(r->council[1].function == "griffier");
}

TEST_CASE("voorstel: a portefeuillehouder out of office is RS103 with who was in office") {
    diag::Diagnostics ds;
    CHECK_FALSE(resolve::resolve_voorstel(voorstel({2020, 9, 22}, {2020, 11, 12}, "H. Wethouder"), gemeente(), ds));
    CHECK(formatted(ds) ==
          Lines{"v.json:/portefeuillehouder/naam: fout RS103: \"H. Wethouder\" is geen wethouder op 2020-09-22 (de "
                "datum van het collegebesluit): van 2018-05-24 tot en met 2020-06-01\n"
                "  hint: in functie op 2020-09-22: A. Eerste (burgemeester), G. Wethouder (wethouder)"});
}

TEST_CASE("voorstel: an unknown portefeuillehouder is RS103, no griffier on the raad's date is RS101") {
    diag::Diagnostics ds;
    CHECK_FALSE(resolve::resolve_voorstel(voorstel({2019, 5, 1}, {2019, 6, 20}, "Jansen"), gemeente(), ds));
    CHECK(formatted(ds) ==
          Lines{"v.json:/portefeuillehouder/naam: fout RS103: geen wethouder of burgemeester \"Jansen\" in g.json\n"
                "  hint: in functie op 2019-05-01: A. Eerste (burgemeester), G. Wethouder (wethouder), H. Wethouder "
                "(wethouder)",
                "v.json:/datum_raad: fout RS101: niemand is griffier op 2019-06-20 (de datum van de "
                "raadsvergadering) volgens g.json\n"
                "  hint: daarna: F. Griffier (van 2019-09-01); vul de ambtsperiodes in g.json aan of geef de naam op "
                "in de ondertekening"});
}
