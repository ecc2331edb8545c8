// Pagination and spacing on long letters: many synthetic letters whose page breaks fall in every kind of place
// (inside paragraphs, before and after headings, in lists, just before the closing), measured with
// layout::measure_typesetting, and their text checked in the PDF.
#include <catch2/catch.hpp>

#include <regex>
#include <sstream>

#include "layout/typesetting_report.hpp"
#include "long_letter.hpp"
#include "pdf_test_support.hpp"

using namespace raadsstuk;
using namespace raadsstuk::pdf::test;

namespace {

std::string squeeze(const std::string& s) {  // no white space at all: line breaks in the PDF do not matter
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '\n' && c != '\t' && c != '\f' && c != '\r') out += c;
    return out;
}

// The text of the PDF without its page furniture: the running header of the following pages (the lines
// before the first empty line) and the "pagina X van Y" footers.
std::string body_text(const std::string& pdftotext) {
    std::string out;
    std::size_t start = 0;
    for (int page = 0; start < pdftotext.size(); ++page) {
        std::size_t end = pdftotext.find('\f', start);
        if (end == std::string::npos) end = pdftotext.size();
        std::istringstream in(pdftotext.substr(start, end - start));
        std::string line;
        bool in_header = page > 0;
        while (std::getline(in, line)) {
            if (in_header) {
                in_header = !line.empty();
                continue;
            }
            if (std::regex_match(line, std::regex(R"(pagina \d+ van \d+)"))) continue;
            out += line + "\n";
        }
        start = end + 1;
    }
    return out;
}

}  // namespace

TEST_CASE("long letters: no widows, orphans, headings at a page foot or split closing, spacing within bounds",
          "[pdf][pagination]") {
    std::size_t pages = 0, page_breaks_in_paragraphs = 0;
    for (std::uint32_t seed = 1; seed <= 24; ++seed) {
        LongLetter letter(seed);
        const std::string md = letter.markdown();
        diag::Diagnostics ds;
        const layout::LaidOutDocument doc =
            layout::lay_out(fixture_request(md), layout::FontLibrary::shared(), model::Environment{}, ds);
        REQUIRE_FALSE(diag::has_errors(ds));
        const layout::TypesettingReport r = layout::measure_typesetting(doc);
        INFO("seed " << seed << "\n" << layout::describe(r));
        CHECK(r.pages >= 3);
        CHECK(r.orphans == 0);
        CHECK(r.widows == 0);
        CHECK(r.headings_at_page_foot == 0);
        CHECK_FALSE(r.closing_split);
        CHECK(r.hyphen_at_page_end == 0);
        CHECK(r.longest_hyphen_run <= 2);
        CHECK(r.mean_space_scale <= layout::kMeanSpaceScaleBound);
        CHECK(r.typical_space_scale <= layout::kTypicalSpaceScaleBound);
        CHECK(r.worst_space_scale <= layout::kWorstSpaceScaleBound);
        pages += r.pages;
        // How often a page break fell inside a paragraph: the rules above were really exercised.
        for (std::size_t i = 1; i < doc.flow.size(); ++i)
            if (doc.flow[i].page != doc.flow[i - 1].page && doc.flow[i].role.kind == layout::StripRole::Kind::text_line &&
                doc.flow[i].role.line > 0)
                ++page_breaks_in_paragraphs;
    }
    CHECK(pages >= 24 * 3);
    CHECK(page_breaks_in_paragraphs >= 10);
}

TEST_CASE("long letters: every word comes back from pdftotext, hyphenated words whole", "[pdf][pagination]") {
    for (std::uint32_t seed : {3u, 11u}) {
        LongLetter letter(seed);
        const std::string md = letter.markdown();
        const Built b = build(fixture_request(md));
        REQUIRE(b.pdf);
        TempDir dir;
        write_file(dir.path() / "lang.pdf", *b.pdf);
        const std::string text =
            squeeze(body_text(run("pdftotext -enc UTF-8 " + quoted(dir.path() / "lang.pdf") + " - 2>/dev/null").output));
        // Every paragraph of the text region, in order, without Markdown syntax.
        std::istringstream in(md.substr(md.find("<!-- raadsstuk:tekst -->"), md.find("<!-- raadsstuk:slot -->") -
                                                                                 md.find("<!-- raadsstuk:tekst -->")));
        std::string line;
        std::size_t pos = 0, checked = 0;
        while (std::getline(in, line)) {
            if (line.empty() || line.rfind("<!--", 0) == 0) continue;
            line = std::regex_replace(line, std::regex(R"(^(#+|-|\d+\.) )"), "");
            const std::size_t found = text.find(squeeze(line), pos);
            INFO("seed " << seed << ": missing or out of order: " << line);
            REQUIRE(found != std::string::npos);
            pos = found;
            ++checked;
        }
        CHECK(checked > 20);
        CHECK(run("qpdf --check " + quoted(dir.path() / "lang.pdf") + " >/dev/null 2>&1; echo $?").output == "0\n");
    }
}
