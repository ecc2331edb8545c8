// The register: documents found by documentnummer and by zaak, zaaknummers compared by their parts.
#include <catch2/catch.hpp>

#include "resolve/register.hpp"

using namespace raadsstuk;

namespace {

model::Gemeente gemeente(const std::string& id, std::vector<const char*> patterns) {
    model::Gemeente g;
    g.id = id;
    for (const char* p : patterns) {
        std::string error;
        g.zaaknummer_patterns.push_back(*model::ZaaknummerPattern::compile(p, error));
    }
    return g;
}

model::RegisterEntry entry(const std::string& g, const std::string& zaak, const std::string& doc, const std::string& file) {
    model::RegisterEntry e;
    e.gemeente = g;
    e.zaaknummer = zaak;
    e.documentnummer = doc;
    e.source_file = file;
    return e;
}

std::vector<std::string> files(const std::vector<const resolve::RegisteredDocument*>& found) {
    std::vector<std::string> out;
    for (const auto* d : found) out.push_back(d->entry.source_file);
    return out;
}

}  // namespace

TEST_CASE("register: by documentnummer and by zaak, per gemeente, with zaaknummers read by their parts") {
    std::map<std::string, model::Gemeente> gemeenten;
    gemeenten.emplace("voorschoten", gemeente("voorschoten", {"Z-{jj}-{zaak}[/{document}]", "Z/{jj}/{zaak}[/[{document}]]"}));
    gemeenten.emplace("wassenaar", gemeente("wassenaar", {}));
    const resolve::Register reg({entry("voorschoten", "Z-21-52738", "289409", "a.json"),
                                 entry("voorschoten", "Z/20/0047053/205698", "", "b.json"),
                                 entry("voorschoten", "Z-21-52738", "289410", "c.json"),
                                 entry("wassenaar", "Z-21-52738", "289409", "d.json"),
                                 entry("leiden", "L 7", "0012", "e.json")},
                                gemeenten);
    CHECK(files(reg.with_documentnummer("voorschoten", "289409")) == std::vector<std::string>{"a.json"});
    CHECK(files(reg.with_documentnummer("wassenaar", "289409")) == std::vector<std::string>{"d.json"});
    // A documentnummer written inside the zaaknummer counts as the document's.
    CHECK(files(reg.with_documentnummer("voorschoten", "205698")) == std::vector<std::string>{"b.json"});
    CHECK(reg.documents()[1].documentnummer == "205698");
    // The same zaak in another style, with or without a documentnummer in it.
    CHECK(files(reg.in_zaak("voorschoten", "Z/21/052738")) == std::vector<std::string>{"a.json", "c.json"});
    CHECK(files(reg.in_zaak("voorschoten", "Z-21-52738/289410")) == std::vector<std::string>{"a.json", "c.json"});
    CHECK(files(reg.in_zaak("voorschoten", "Z-20-47053")) == std::vector<std::string>{"b.json"});
    // Without patterns (wassenaar) or without a gemeente file (leiden): as written; leading zeros of a
    // documentnummer never count.
    CHECK(files(reg.in_zaak("wassenaar", "Z-21-52738")) == std::vector<std::string>{"d.json"});
    CHECK(reg.in_zaak("wassenaar", "Z/21/52738").empty());
    CHECK(files(reg.with_documentnummer("leiden", "12")) == std::vector<std::string>{"e.json"});
    CHECK(reg.find("c.json", "") == &reg.documents()[2]);
    CHECK(reg.find("c.json", "/documenten/0") == nullptr);
}

TEST_CASE("register entries of loaded documents: a raadsvoorstel is dated by its collegebesluit") {
    model::Raadsvoorstel v;
    v.gemeente = "voorschoten";
    v.zaaknummer = "Z/20/0047053/205698";
    v.college_date = {2020, 9, 22};
    v.council_date = {2020, 11, 12};
    v.source_file = "v.json";
    const auto e = resolve::register_entry(v);
    CHECK(e.kind == "raadsvoorstel");
    CHECK(e.date == model::Date{2020, 9, 22});
    CHECK(e.date_pointer == "/datum_collegebesluit");
    CHECK(e.documentnummer_pointer.empty());

    model::Raadsinformatiebrief b;
    b.gemeente = "voorschoten";
    b.zaaknummer = "Z-22-61204";
    b.documentnummer = "318775";
    b.date = {2022, 9, 13};
    b.status = model::StatusBlock{"Omklappen", "", {{"Jeugd", "in onderzoek", "", "", "", "", "/status/onderdelen/0"}}};
    const auto f = resolve::register_entry(b);
    CHECK(f.kind == "raadsinformatiebrief");
    CHECK(f.documentnummer_pointer == "/documentnummer");
    REQUIRE(f.statuses.size() == 1);
    CHECK(f.statuses[0].pointer == "/status/onderdelen/0/status");
}
