#include <catch2/catch.hpp>

#include <string>

#include "layout/page_flow.hpp"

using namespace raadsstuk::layout;

namespace {

Strip strip(double height, bool keep = false, double before = 0) {
    Strip s;
    s.height = height;
    s.keep_with_next = keep;
    s.space_before = before;
    s.items.push_back(LineItem{0, 0, 10, 0, 1, {}});
    return s;
}

std::vector<std::size_t> items_per_page(const FlowResult& r) {
    std::vector<std::size_t> n;
    for (const auto& p : r.pages) n.push_back(p.items.size());
    return n;
}

const PageFrame kFrame{200, 100, 1000};  // page 1 holds 800, the others 900

}  // namespace

TEST_CASE("pagination: fills pages and breaks between strips", "[flow]") {
    std::vector<Strip> strips(20, strip(100));
    const auto r = paginate(strips, kFrame);
    CHECK(items_per_page(r) == std::vector<std::size_t>{8, 9, 3});
}

TEST_CASE("pagination: a kept chain moves to the next page as a whole", "[flow]") {
    // Page 1 holds 8 strips; the 7th, 8th and 9th belong together and do not all fit.
    std::vector<Strip> strips(9, strip(100));
    strips[6].keep_with_next = true;
    strips[7].keep_with_next = true;
    const auto r = paginate(strips, kFrame);
    CHECK(items_per_page(r) == std::vector<std::size_t>{6, 3});
}

TEST_CASE("pagination: a chain taller than a page is broken where it overflows", "[flow]") {
    std::vector<Strip> strips(12, strip(100, true));
    const auto r = paginate(strips, kFrame);
    CHECK(items_per_page(r) == std::vector<std::size_t>{8, 4});
}

TEST_CASE("pagination: space before is dropped at the top of a page, headers repeat", "[flow]") {
    std::vector<Strip> strips;
    strips.push_back(strip(50, true));  // a table header
    for (int i = 0; i < 10; ++i) {
        strips.push_back(strip(100, false, 20));
        strips.back().repeat_header = 0;
    }
    const auto r = paginate(strips, kFrame);
    REQUIRE(r.pages.size() >= 2);
    // page 2 starts with the repeated header at the top, then a row without its space above
    const auto& first = std::get<LineItem>(r.pages[1].items[0]);
    const auto& second = std::get<LineItem>(r.pages[1].items[1]);
    CHECK(first.y1 == Approx(100));
    CHECK(second.y1 == Approx(150));
}

TEST_CASE("pagination: outline entries get their page and position", "[flow]") {
    std::vector<Strip> strips(10, strip(100));
    strips[9].outline = OutlineEntry{"Kop", 1, 0, 0};
    const auto r = paginate(strips, kFrame);
    REQUIRE(r.outline.size() == 1);
    CHECK(r.outline[0].page == 1);
    CHECK(r.outline[0].y == Approx(200));
}

TEST_CASE("pagination: a strip with page_break_before starts a page, unless it already does", "[flow]") {
    std::vector<Strip> strips(12, strip(100));
    strips[2].page_break_before = true;   // page 1: strips 0 and 1 only
    strips[11].page_break_before = true;  // page 2 holds 9 (2..10), so 11 starts page 3 anyway
    const auto r = paginate(strips, kFrame);
    CHECK(items_per_page(r) == std::vector<std::size_t>{2, 9, 1});
    strips[0].page_break_before = true;  // the very first strip: no empty page before it
    CHECK(items_per_page(paginate(strips, kFrame)) == std::vector<std::size_t>{2, 9, 1});
}

TEST_CASE("pagination: moving the strips onto the pages gives the pages that copying them gives", "[flow]") {
    // A table over three pages: its header is placed once as itself and repeated on every later page, so it
    // must stay in its strip; every other strip is moved. Rows of text runs with a link, so that strings move.
    std::vector<Strip> strips;
    strips.push_back(strip(50, true));
    strips.back().items.push_back(TextRun{10, 5, 0, 10, {}, "Domein", 0});
    for (int i = 0; i < 25; ++i) {
        strips.push_back(strip(100, false, 20));
        strips.back().repeat_header = 0;
        strips.back().items.push_back(TextRun{10, 5, 0, 10, {}, "rij " + std::to_string(i), 0});
        strips.back().links.push_back(LinkArea{10, 0, 40, 10, "https://example.org/" + std::to_string(i)});
    }
    const FlowResult copied = paginate(strips, kFrame);
    std::vector<Strip> moved_from = strips;
    const FlowResult moved = paginate(std::move(moved_from), kFrame);
    REQUIRE(copied.pages.size() >= 3);
    REQUIRE(moved.pages.size() == copied.pages.size());
    for (std::size_t p = 0; p < copied.pages.size(); ++p) {
        INFO("page " << p + 1);
        REQUIRE(moved.pages[p].items.size() == copied.pages[p].items.size());
        for (std::size_t k = 0; k < copied.pages[p].items.size(); ++k) {
            CHECK(moved.pages[p].items[k].index() == copied.pages[p].items[k].index());
            if (const auto* run = std::get_if<TextRun>(&copied.pages[p].items[k])) {
                const auto& other = std::get<TextRun>(moved.pages[p].items[k]);
                CHECK(other.text == run->text);
                CHECK(other.y == run->y);
            }
        }
        REQUIRE(moved.pages[p].links.size() == copied.pages[p].links.size());
        for (std::size_t k = 0; k < copied.pages[p].links.size(); ++k) {
            CHECK(moved.pages[p].links[k].uri == copied.pages[p].links[k].uri);
            CHECK(moved.pages[p].links[k].y == copied.pages[p].links[k].y);
        }
    }
    // The header is on top of every page after the first.
    for (std::size_t p = 1; p < moved.pages.size(); ++p)
        CHECK(std::get<TextRun>(moved.pages[p].items[1]).text == "Domein");
    CHECK(moved.page_of_strip == copied.page_of_strip);
}
