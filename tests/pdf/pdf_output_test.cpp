// The PDF of the fixture letter as a reader and the PDF tools see it: text, fonts, pages, images, links.
#include <catch2/catch.hpp>

#include <memory>
#include <regex>
#include <set>

#include "pdf_test_support.hpp"

using namespace raadsstuk;
using namespace raadsstuk::pdf::test;

namespace {

// All whitespace removed: line breaks of the layout then do not matter, but a lost or added character does.
std::string squeeze(const std::string& s) {
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '\n' && c != '\t' && c != '\f' && c != '\r') out += c;
    return out;
}

std::string collapse_spaces(const std::string& s) {
    std::string out;
    for (char c : s) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    return out;
}

struct Written {
    Built built;
    TempDir dir;
    std::filesystem::path pdf;
    std::string text;                // pdftotext, UTF-8
    std::vector<std::string> pages;  // text per page
};

std::unique_ptr<Written> write(const layout::LayoutRequest& request) {
    auto w = std::make_unique<Written>();
    w->built = build(request);
    REQUIRE(w->built.pdf);
    w->pdf = w->dir.path() / "brief.pdf";
    write_file(w->pdf, *w->built.pdf);
    w->text = run("pdftotext -enc UTF-8 " + quoted(w->pdf) + " - 2>/dev/null").output;
    std::size_t start = 0;
    for (std::size_t ff; (ff = w->text.find('\f', start)) != std::string::npos; start = ff + 1)
        w->pages.push_back(w->text.substr(start, ff - start));
    return w;
}

// The paragraphs of the fixture's body, as a reader would type them: Markdown syntax taken out.
std::vector<std::string> body_paragraphs(const std::string& markdown) {
    std::vector<std::string> out;
    std::istringstream in(markdown);
    std::string line;
    bool in_kenmerken = false;  // laid out as a form, label column beside value column: not running text
    while (std::getline(in, line)) {
        if (line.rfind("<!-- raadsstuk:", 0) == 0) in_kenmerken = line.find("kenmerken") != std::string::npos;
        if (in_kenmerken || line.empty() || line.rfind("<!--", 0) == 0 || line.rfind("|", 0) == 0) continue;
        line = std::regex_replace(line, std::regex(R"(^(#+|-|\d+\.) )"), "");
        line = std::regex_replace(line, std::regex(R"([*<>\\])"), "");
        out.push_back(line);
    }
    return out;
}

}  // namespace

TEST_CASE("pdf: every word of the letter comes back from pdftotext, in order, accents and quotes intact",
          "[pdf]") {
    const auto w = write(fixture_request(fixture_markdown()));
    const std::string text = squeeze(w->text);
    std::size_t pos = 0;
    for (const std::string& paragraph : body_paragraphs(fixture_markdown())) {
        const std::size_t found = text.find(squeeze(paragraph), pos);
        INFO("missing or out of order: " << paragraph);
        REQUIRE(found != std::string::npos);
        pos = found;
    }
    const std::string spaced = collapse_spaces(w->text);
    for (const char* word : {"geïnformeerd", "differentiëren", "‘Een zelfstandig", "regio’ uit", "“Coalitieakkoord",
                             "2022-2026”", "€ 64.000", "€ 12.500", "zorgcontinuïteit", "cliënten", "vóór", "regio’s",
                             "➢ heeft"})
        CHECK(spaced.find(word) != std::string::npos);
}

TEST_CASE("pdf: every font is embedded, the fallback font is there only for a character that needs it", "[pdf]") {
    const auto font_lines = [](const std::filesystem::path& pdf) {
        std::vector<std::string> lines;
        std::istringstream in(run("pdffonts " + quoted(pdf) + " 2>/dev/null").output);
        std::string line;
        for (int i = 0; std::getline(in, line); ++i)
            if (i >= 2 && !line.empty()) lines.push_back(line);
        return lines;
    };
    const auto with_arrow = write(fixture_request(fixture_markdown()));
    const auto fonts = font_lines(with_arrow->pdf);
    REQUIRE(fonts.size() == 4);  // regular, bold, italic, fallback
    bool dejavu = false;
    for (const auto& f : fonts) {
        INFO(f);
        CHECK(std::regex_search(f, std::regex(R"(\s+yes\s+yes\s+(yes|no)\s+\d+\s+0$)")));  // emb, sub
        dejavu = dejavu || f.find("DejaVuSans") != std::string::npos;
    }
    CHECK(dejavu);

    std::string markdown = fixture_markdown();
    markdown.replace(markdown.find("➢ "), std::string("➢ ").size(), "");
    const auto without = write(fixture_request(markdown));
    const auto fonts2 = font_lines(without->pdf);
    CHECK(fonts2.size() == 3);
    for (const auto& f : fonts2) CHECK(f.find("DejaVuSans") == std::string::npos);
}

TEST_CASE("pdf: qpdf finds no fault, the same input gives the same bytes, dated by the letter", "[pdf]") {
    const auto a = write(fixture_request(fixture_markdown()));
    const auto b = write(fixture_request(fixture_markdown()));
    CHECK(*a->built.pdf == *b->built.pdf);
    const auto check = run("qpdf --check " + quoted(a->pdf) + " 2>&1");
    INFO(check.output);
    CHECK(check.status == 0);
    CHECK(check.output.find("No syntax or stream encoding errors found") != std::string::npos);

    const std::string info = run("pdfinfo " + quoted(a->pdf) + " 2>/dev/null").output;
    INFO(info);
    CHECK(std::regex_search(info, std::regex(R"(CreationDate:\s+Tue Sep 13 \d\d:\d\d:\d\d 2022)")));
    CHECK(info.find("Title:           Stand van zaken omklappen sociaal domein naar de Leidse regio") != std::string::npos);
    CHECK(info.find("Page size:       595.276 x 841.89 pts (A4)") != std::string::npos);
    CHECK(a->built.pdf->find(source_dir().string()) == std::string::npos);  // no machine path inside
}

TEST_CASE("pdf: the letterhead is on page 1, a light header on the others, 'pagina X van Y' on every page", "[pdf]") {
    const auto w = write(fixture_request(fixture_markdown()));
    REQUIRE(w->pages.size() >= 2);
    const std::size_t n = w->pages.size();
    for (std::size_t p = 0; p < n; ++p) {
        INFO("page " << p + 1);
        CHECK(w->pages[p].find("pagina " + std::to_string(p + 1) + " van " + std::to_string(n)) != std::string::npos);
        if (p == 0) {
            CHECK(w->pages[p].find("Postbus 393") != std::string::npos);
            CHECK(w->pages[p].find("Zaaknummer") != std::string::npos);
        } else {
            CHECK(w->pages[p].find("Postbus 393") == std::string::npos);
            const std::string first_line = w->pages[p].substr(0, w->pages[p].find('\n'));
            CHECK(collapse_spaces(first_line) ==
                  "Voorschoten · Raadsinformatiebrief · Stand van zaken omklappen sociaal domein naar de Leidse regio");
        }
    }
    // The logo, once, on page 1.
    const std::string images = run("pdfimages -list " + quoted(w->pdf) + " 2>/dev/null").output;
    CHECK(std::regex_search(images, std::regex(R"(\n\s+1\s+0\s+image\s+160\s+160\s)")));
    CHECK(!std::regex_search(images, std::regex(R"(\n\s+2\s+\d+\s+image)")));
}

TEST_CASE("pdf: the status table is drawn as a figure, other tables as tables, URLs as links", "[pdf]") {
    const auto w = write(fixture_request(fixture_markdown()));
    const std::string text = collapse_spaces(w->text);
    // The figure: one row per domain with its status as a label and its target date.
    for (const char* s : {"Werk en Inkomen", "stilgelegd", "Streefdatum: medio 2023", "besloten", "Streefdatum: per 2023",
                          "in onderzoek", "Streefdatum: per 2024"})
        CHECK(text.find(s) != std::string::npos);
    CHECK(text.find("| Onderdeel |") == std::string::npos);
    // The table of costs: its rows in order, nothing of the Markdown syntax.
    const std::size_t jaar = text.find("Jaar Onderdeel Kosten");
    REQUIRE(jaar != std::string::npos);
    CHECK(text.find("2023 Wmo € 40.000", jaar) != std::string::npos);
    CHECK(text.find("2024 Jeugd € 24.000", jaar) != std::string::npos);
    CHECK(text.find("---") == std::string::npos);
    // A URL broken over two lines is clickable on both.
    const std::string urls = run("pdfinfo -url " + quoted(w->pdf) + " 2>/dev/null").output;
    INFO(urls);
    const std::regex link(R"(\n\s+1\s+Annotation\s+https://www\.voorschoten\.nl/sociaal-domein/omklappen-naar-de-leidse-regio/stand-van-zaken-2022)");
    CHECK(std::distance(std::sregex_iterator(urls.begin(), urls.end(), link), std::sregex_iterator()) == 2);
}

TEST_CASE("pdf: the closing is never split from the signatories and the digital line, nor alone on a page",
          "[pdf]") {
    // Push the closing down a line at a time, through a page foot: it must move as a whole.
    const std::string base = fixture_markdown();
    const std::string filler =
        "Dit is een regel tekst om de slotformule naar beneden te schuiven, zodat zij ergens over de rand van de "
        "pagina zou vallen als zij niet bij elkaar werd gehouden.\n\n";
    const std::size_t at = base.find("<!-- raadsstuk:slot -->");
    REQUIRE(at != std::string::npos);
    std::set<std::size_t> page_counts;
    for (int extra = 0; extra < 24; ++extra) {
        std::string markdown = base;
        std::string fill;
        for (int i = 0; i < extra; ++i) fill += filler;
        markdown.insert(at, fill);
        const auto w = write(fixture_request(markdown));
        page_counts.insert(w->pages.size());
        bool found = false;
        for (std::size_t p = 0; p < w->pages.size(); ++p) {
            const std::string& page = w->pages[p];
            const std::string text = collapse_spaces(page);
            if (text.find("Met vriendelijke groet,") == std::string::npos) continue;
            found = true;
            INFO("extra paragraphs: " << extra);
            // Never alone on its page: text of the letter comes before it (after the running header).
            const std::string before = page.substr(0, page.find("Met vriendelijke groet,"));
            const std::string body_before = p == 0 ? before : before.substr(before.find('\n') + 1);
            CHECK(!collapse_spaces(body_before).empty());
            CHECK(collapse_spaces(body_before) != " ");
            CHECK(text.find("het college van burgemeester en wethouders,") != std::string::npos);
            CHECK(text.find("A. R. de Graaf") != std::string::npos);
            CHECK(text.find("drs. N. Stemerdink") != std::string::npos);
            CHECK(text.find("burgemeester") != std::string::npos);
            CHECK(text.find("Deze brief is digitaal vastgesteld.") != std::string::npos);
        }
        CHECK(found);
    }
    CHECK(page_counts.size() >= 2);  // the closing did cross a page foot
}
