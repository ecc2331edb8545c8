// The typesetting report finds what it is meant to find: each rule is shown broken once on a hand-made flow.
#include <catch2/catch.hpp>

#include "layout/typesetting_report.hpp"

using namespace raadsstuk::layout;
using Kind = StripRole::Kind;

namespace {

// A paragraph of `lines` lines whose line k goes to pages[k].
void paragraph(LaidOutDocument& doc, std::size_t id, const std::vector<std::size_t>& pages, double scale = 1.1) {
    for (std::size_t k = 0; k < pages.size(); ++k)
        doc.flow.push_back(FlowRecord{pages[k], StripRole{Kind::text_line, id, k, pages.size(), true, false, 8, scale}});
}

void heading(LaidOutDocument& doc, std::size_t id, std::size_t page) {
    doc.flow.push_back(FlowRecord{page, StripRole{Kind::heading_line, id, 0, 1, false, false, 2, 1}});
}

LaidOutDocument pages(std::size_t n) {
    LaidOutDocument doc;
    doc.pages.resize(n);
    return doc;
}

}  // namespace

TEST_CASE("typesetting report: a clean flow is within bounds") {
    LaidOutDocument doc = pages(2);
    heading(doc, 0, 0);
    paragraph(doc, 1, {0, 0, 0, 0});
    paragraph(doc, 2, {0, 0, 1, 1});
    doc.flow.push_back(FlowRecord{1, StripRole{Kind::closing}});
    doc.flow.push_back(FlowRecord{1, StripRole{Kind::closing}});
    const TypesettingReport r = measure_typesetting(doc);
    CHECK(r.pages == 2);
    CHECK(r.text_lines == 8);
    CHECK(r.justified_lines == 6);  // the last line of each paragraph is ragged
    CHECK(r.orphans == 0);
    CHECK(r.widows == 0);
    CHECK(r.headings_at_page_foot == 0);
    CHECK_FALSE(r.closing_split);
    CHECK(r.within_bounds());
}

TEST_CASE("typesetting report: an orphan, a widow, a heading at the foot and a split closing are counted") {
    LaidOutDocument orphan = pages(2);
    paragraph(orphan, 0, {0, 1, 1});
    CHECK(measure_typesetting(orphan).orphans == 1);
    CHECK_FALSE(measure_typesetting(orphan).within_bounds());

    LaidOutDocument widow = pages(2);
    paragraph(widow, 0, {0, 0, 1});
    CHECK(measure_typesetting(widow).widows == 1);

    LaidOutDocument two_lines = pages(2);  // a two-line paragraph split in two: both at once
    paragraph(two_lines, 0, {0, 1});
    CHECK(measure_typesetting(two_lines).orphans == 1);
    CHECK(measure_typesetting(two_lines).widows == 1);

    LaidOutDocument foot = pages(2);
    paragraph(foot, 0, {0, 0});
    heading(foot, 1, 0);
    paragraph(foot, 2, {1, 1});
    CHECK(measure_typesetting(foot).headings_at_page_foot == 1);

    LaidOutDocument closing = pages(2);
    paragraph(closing, 0, {0, 0});
    closing.flow.push_back(FlowRecord{0, StripRole{Kind::closing}});
    closing.flow.push_back(FlowRecord{1, StripRole{Kind::closing}});
    CHECK(measure_typesetting(closing).closing_split);
}

TEST_CASE("typesetting report: word-space figures over the justified lines, last lines left out") {
    LaidOutDocument doc = pages(1);
    // Lines 0..2 count; the last line's 3.0 is ragged and left out.
    doc.flow.push_back(FlowRecord{0, StripRole{Kind::text_line, 0, 0, 4, true, false, 8, 1.0}});
    doc.flow.push_back(FlowRecord{0, StripRole{Kind::text_line, 0, 1, 4, true, false, 8, 1.2}});
    doc.flow.push_back(FlowRecord{0, StripRole{Kind::text_line, 0, 2, 4, true, false, 8, 2.6}});
    doc.flow.push_back(FlowRecord{0, StripRole{Kind::text_line, 0, 3, 4, false, false, 8, 3.0}});
    const TypesettingReport r = measure_typesetting(doc);
    CHECK(r.justified_lines == 3);
    CHECK(r.mean_space_scale == Approx(1.6));
    CHECK(r.worst_space_scale == Approx(2.6));
    CHECK(r.typical_space_scale == Approx(2.6));
    CHECK(r.loose_lines == 1);
    CHECK_FALSE(r.within_bounds());  // the 95th percentile, 2.6, is over its bound
    CHECK(describe(r).find("word space, widest:    +160.0 % on page 1") != std::string::npos);
}

TEST_CASE("typesetting report: hyphenated lines in a row and at a page end") {
    LaidOutDocument doc = pages(2);
    for (std::size_t k = 0; k < 5; ++k)
        doc.flow.push_back(FlowRecord{k < 3 ? 0u : 1u, StripRole{Kind::text_line, 0, k, 5, true, k < 3, 8, 1.1}});
    const TypesettingReport r = measure_typesetting(doc);
    CHECK(r.hyphenated_lines == 3);
    CHECK(r.longest_hyphen_run == 3);
    CHECK(r.hyphen_at_page_end == 1);
    CHECK_FALSE(r.within_bounds());
}
