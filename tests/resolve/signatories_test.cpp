// Signatories by date: the functionaris in office on the letter's date, van and tot inclusive.
#include <catch2/catch.hpp>

#include "resolve/resolve.hpp"

using namespace raadsstuk;
using model::Date;
using Lines = std::vector<std::string>;

namespace {

model::Functionaris person(std::string name, std::string function, Date from, std::optional<Date> until,
                           std::string pointer) {
    model::Functionaris f;
    f.name = std::move(name);
    f.function = std::move(function);
    f.from = from;
    f.until = until;
    f.pointer = std::move(pointer);
    return f;
}

model::Gemeente gemeente() {
    model::Gemeente g;
    g.id = "teststad";
    g.source_file = "g.json";
    g.functionarissen = {
        person("A. Eerste", "burgemeester", {2015, 1, 1}, Date{2020, 12, 31}, "/functionarissen/0"),
        person("drs. B. Tweede", "burgemeester", {2021, 1, 1}, std::nullopt, "/functionarissen/1"),
        person("C. Secretaris", "gemeentesecretaris", {2016, 1, 1}, std::nullopt, "/functionarissen/2"),
        person("D. Loco", "loco-gemeentesecretaris", {2016, 1, 1}, Date{2022, 6, 30}, "/functionarissen/3"),
        person("E. Griffier", "griffier", {2016, 3, 1}, Date{2019, 2, 28}, "/functionarissen/4"),
        person("F. Griffier", "griffier", {2019, 9, 1}, std::nullopt, "/functionarissen/5"),
        person("G. Wethouder", "wethouder", {2018, 5, 24}, std::nullopt, "/functionarissen/6"),
        person("H. Wethouder", "wethouder", {2018, 5, 24}, Date{2022, 6, 1}, "/functionarissen/7"),
    };
    return g;
}

model::Raadsinformatiebrief brief(Date date, std::vector<std::pair<std::string, std::string>> signs) {
    model::Raadsinformatiebrief b;
    b.source_file = "x.json";
    b.gemeente = "teststad";
    b.date = date;
    for (std::size_t i = 0; i < signs.size(); ++i)
        b.signatories.push_back({signs[i].first, signs[i].second, "/ondertekening/" + std::to_string(i)});
    return b;
}

// "name, function" per resolved signatory, or the formatted diagnostics.
Lines signers(Date date, std::vector<std::pair<std::string, std::string>> signs) {
    diag::Diagnostics ds;
    const auto r = resolve::resolve_brief(brief(date, std::move(signs)), gemeente(), ds);
    CHECK(r.has_value() == ds.empty());
    Lines out;
    if (r) {
        for (const auto& s : r->signatories) out.push_back(s.name + ", " + s.function);
    }
    for (const auto& d : ds) out.push_back(diag::format(d));
    return out;
}

}  // namespace

TEST_CASE("the burgemeester on the letter's date, on both sides of the change") {
    CHECK(signers({2020, 12, 31}, {{"burgemeester", ""}}) == Lines{"A. Eerste, burgemeester"});
    CHECK(signers({2021, 1, 1}, {{"burgemeester", ""}}) == Lines{"drs. B. Tweede, burgemeester"});
    CHECK(signers({2015, 1, 1}, {{"burgemeester", ""}}) == Lines{"A. Eerste, burgemeester"});
    CHECK(signers({2030, 6, 1}, {{"burgemeester", ""}}) == Lines{"drs. B. Tweede, burgemeester"});
}

TEST_CASE("signatories keep their order, and loco functions are printed as held") {
    CHECK(signers({2021, 5, 21}, {{"gemeentesecretaris", ""}, {"burgemeester", ""}}) ==
          Lines{"C. Secretaris, gemeentesecretaris", "drs. B. Tweede, burgemeester"});
    CHECK(signers({2022, 6, 30}, {{"loco-gemeentesecretaris", ""}, {"burgemeester", ""}}) ==
          Lines{"D. Loco, loco-gemeentesecretaris", "drs. B. Tweede, burgemeester"});
}

TEST_CASE("a named signatory is taken as given") {
    CHECK(signers({2021, 5, 21}, {{"burgemeester", "mr. X. Waarnemer"}}) == Lines{"mr. X. Waarnemer, burgemeester"});
    // even when nobody in the gemeente file held the function then (the checks look at that later)
    CHECK(signers({2010, 1, 1}, {{"loco-burgemeester", "Y. Loco"}}) == Lines{"Y. Loco, loco-burgemeester"});
}

TEST_CASE("RS101: nobody held the function on the date, with who held it before and after") {
    CHECK(signers({2014, 12, 31}, {{"burgemeester", ""}}) ==
          Lines{"x.json:/ondertekening/0/functie: fout RS101: niemand is burgemeester op 2014-12-31 (de datum van de "
                "brief) volgens g.json\n  hint: daarna: A. Eerste (van 2015-01-01 tot en met 2020-12-31); vul de "
                "ambtsperiodes in g.json aan of geef de naam op in de ondertekening"});
    CHECK(signers({2022, 7, 1}, {{"loco-gemeentesecretaris", ""}}) ==
          Lines{"x.json:/ondertekening/0/functie: fout RS101: niemand is loco-gemeentesecretaris op 2022-07-01 (de "
                "datum van de brief) volgens g.json\n  hint: daarvoor: D. Loco (van 2016-01-01 tot en met 2022-06-30); "
                "vul de ambtsperiodes in g.json aan of geef de naam op in de ondertekening"});
    CHECK(signers({2019, 5, 1}, {{"griffier", ""}}) ==
          Lines{"x.json:/ondertekening/0/functie: fout RS101: niemand is griffier op 2019-05-01 (de datum van de brief) "
                "volgens g.json\n  hint: daarvoor: E. Griffier (van 2016-03-01 tot en met 2019-02-28); daarna: "
                "F. Griffier (van 2019-09-01); vul de ambtsperiodes in g.json aan of geef de naam op in de "
                "ondertekening"});
    CHECK(signers({2021, 5, 21}, {{"plaatsvervangend griffier", ""}}) ==
          Lines{"x.json:/ondertekening/0/functie: fout RS101: niemand is plaatsvervangend griffier op 2021-05-21 (de "
                "datum van de brief) volgens g.json\n  hint: er staat geen enkele plaatsvervangend griffier in g.json; "
                "voeg die toe onder \"functionarissen\" of geef de naam op in de ondertekening"});
}

TEST_CASE("RS102: more than one functionaris held the function on the date") {
    CHECK(signers({2021, 5, 21}, {{"wethouder", ""}}) ==
          Lines{"x.json:/ondertekening/0/functie: fout RS102: 2 functionarissen zijn wethouder op 2021-05-21: "
                "G. Wethouder (van 2018-05-24) en H. Wethouder (van 2018-05-24 tot en met 2022-06-01)\n"
                "  hint: de ambtsperiodes overlappen (g.json:/functionarissen/6 en g.json:/functionarissen/7); laat de "
                "ene eindigen voordat de andere begint, of geef de naam op in de ondertekening"});
    CHECK(signers({2022, 6, 2}, {{"wethouder", ""}}) == Lines{"G. Wethouder, wethouder"});
}

TEST_CASE("every signatory is tried: all errors are reported") {
    const Lines r = signers({2014, 6, 1}, {{"gemeentesecretaris", ""}, {"burgemeester", ""}, {"wethouder", "Z"}});
    REQUIRE(r.size() == 2);
    CHECK(r[0].rfind("x.json:/ondertekening/0/functie: fout RS101: niemand is gemeentesecretaris", 0) == 0);
    CHECK(r[1].rfind("x.json:/ondertekening/1/functie: fout RS101: niemand is burgemeester", 0) == 0);
}

TEST_CASE("the resolved brief carries the brief and its gemeente") {
    diag::Diagnostics ds;
    const auto b = brief({2021, 5, 21}, {{"burgemeester", ""}});
    const auto r = resolve::resolve_brief(b, gemeente(), ds);
    REQUIRE(r);
    CHECK(r->brief.source_file == "x.json");
    CHECK(r->brief.signatories.size() == 1);
    CHECK(r->gemeente.id == "teststad");
    CHECK(r->gemeente.functionarissen.size() == 8);
}

TEST_CASE("holders lists everyone in office on a date") {
    const auto g = gemeente();
    CHECK(resolve::holders(g, "wethouder", {2021, 1, 1}).size() == 2);
    CHECK(resolve::holders(g, "wethouder", {2018, 5, 23}).empty());
    CHECK(resolve::holders(g, "griffier", {2019, 2, 28}).front()->name == "E. Griffier");
}
