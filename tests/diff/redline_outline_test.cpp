// The outline both redlines are made from: runs of one kind of change, the paragraph mark, and where the
// signatories and attachments go.
#include <catch2/catch.hpp>

#include "diff/redline_outline.hpp"

using namespace raadsstuk::diff;

namespace {

Piece piece(Change c, std::string_view text) { return Piece{c, std::string(text)}; }

}  // namespace

TEST_CASE("redline runs group consecutive words of one kind and skip line breaks") {
    const Pieces pieces = {piece(Change::equal, "worden"), piece(Change::equal, "in"), piece(Change::deleted, "april"),
                           piece(Change::deleted, std::string(kLineBreak)), piece(Change::deleted, "of"),
                           piece(Change::inserted, "mei"), piece(Change::equal, "verwijderd")};
    const auto runs = redline_runs(pieces);
    REQUIRE(runs.size() == 4);
    CHECK(runs[0].change == Change::equal);
    CHECK(runs[0].words == std::vector<std::string>{"worden", "in"});
    CHECK(runs[1].change == Change::deleted);
    CHECK(runs[1].words == std::vector<std::string>{"april", "of"});
    CHECK(runs[2].words == std::vector<std::string>{"mei"});
    CHECK(runs[3].words == std::vector<std::string>{"verwijderd"});
    CHECK_FALSE(runs[1].paragraph_mark());
}

TEST_CASE("a paragraph break changed on its own is the paragraph mark, an unchanged one nothing") {
    const Pieces joined = {piece(Change::equal, "afgesloten."), piece(Change::deleted, std::string(kBreak)),
                           piece(Change::equal, "De"), piece(Change::equal, std::string(kBreak))};
    const auto runs = redline_runs(joined);
    REQUIRE(runs.size() == 3);
    CHECK(runs[1].paragraph_mark());
    CHECK(runs[1].change == Change::deleted);
    CHECK(runs[2].words == std::vector<std::string>{"De"});
    // a changed line break alone shows nothing: the words stay in one paragraph
    CHECK(redline_runs({piece(Change::inserted, std::string(kLineBreak))}).empty());
}

TEST_CASE("the outline puts the signatories after the closing and the attachments last") {
    DocumentDiff diff;
    SectionDiff body;
    body.region = "tekst";
    body.heading = {piece(Change::equal, "Aanleiding")};
    body.heading_level = 7;
    body.body = {piece(Change::equal, "-"), piece(Change::inserted, "nieuw"), piece(Change::equal, std::string(kBreak)),
                 piece(Change::equal, "Tweede")};
    SectionDiff closing;
    closing.region = "slot";
    closing.body = {piece(Change::equal, "Hoogachtend,")};
    SectionDiff footer;
    footer.region = "voet";
    footer.body = {piece(Change::equal, "digitaal")};
    diff.sections = {body, closing, footer};
    diff.signatories = {piece(Change::deleted, "drs. B. Bakker, burgemeester")};
    diff.attachments = {piece(Change::inserted, "Plattegrond")};

    const auto blocks = redline_outline(diff);
    std::vector<std::string> order;
    for (const auto& b : blocks) {
        switch (b.kind) {
            case RedlineBlock::Kind::region: order.push_back("regio " + b.name); break;
            case RedlineBlock::Kind::heading: order.push_back("kop " + std::to_string(b.level)); break;
            case RedlineBlock::Kind::paragraph: order.push_back(b.list_item ? "item" : "alinea"); break;
            case RedlineBlock::Kind::values: order.push_back(b.name); break;
        }
    }
    CHECK(order == std::vector<std::string>{"regio tekst", "kop 4", "item", "alinea", "regio slot", "alinea",
                                            "ondertekening", "regio voet", "alinea", "bijlagen"});
}
