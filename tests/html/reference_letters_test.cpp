// The HTML of the reference letters in data/, built with the binary: every part of the Markdown is there,
// in order, as real elements.
#include <catch2/catch.hpp>

#include "html/data_uri.hpp"
#include "html_text.hpp"
#include "regions/parse_regions.hpp"

namespace fs = std::filesystem;
using namespace raadsstuk;

namespace {

// Builds data/ into a scratch directory once per test process.
const fs::path& built() {
    static rs_test::ScratchDir dir;
    static const bool ok = [] {
        const auto r = rs_test::raadsstuk("build --quiet --out " + rs_test::shell_quote(dir.path().string()) + " data");
        INFO(r.output);
        return r.exit_code == 0;
    }();
    REQUIRE(ok);
    return dir.path();
}

std::vector<fs::path> html_files(const fs::path& root) {
    std::vector<fs::path> out;
    for (const auto& e : fs::recursive_directory_iterator(root))
        if (e.path().extension() == ".html") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

// The paragraphs and headings of blocks (into lists and quotes), in order, as text.
void collect(const std::vector<regions::Block>& blocks, std::vector<std::string>& out, std::vector<std::string>& headings) {
    for (const auto& b : blocks) {
        switch (b.kind) {
            case regions::Block::Kind::paragraph: out.push_back(rs_test::normalize_space(regions::plain_text(b.text))); break;
            case regions::Block::Kind::heading: {
                const std::string h = rs_test::normalize_space(regions::plain_text(b.text));
                out.push_back(h);
                if (b.level > 1) headings.push_back(h);
                break;
            }
            case regions::Block::Kind::list:
                for (const auto& item : b.items) collect(item, out, headings);
                break;
            case regions::Block::Kind::quote: collect(b.children, out, headings); break;
            default: break;
        }
    }
}

std::string kenmerk(const std::string& markdown, const std::string& label) {
    const std::string key = "- **" + label + ":** ";
    const auto pos = markdown.find(key);
    if (pos == std::string::npos) return {};
    return markdown.substr(pos + key.size(), markdown.find('\n', pos) - pos - key.size());
}

}  // namespace

TEST_CASE("html letters: every document gets an HTML file beside its PDF", "[html][letters]") {
    const auto files = html_files(built());
    std::vector<std::string> names;
    for (const auto& f : files) names.push_back(fs::relative(f, built()).generic_string());
    CHECK(names == std::vector<std::string>{
                       "documenten/2020/2020-09-22-omklappen-werk-en-inkomen-besluit.html",
                       "documenten/2020/2020-09-22-omklappen-werk-en-inkomen-voorstel.html",
                       "documenten/2021/2021-05-21-werk-en-inkomen-leiden.html",
                       "documenten/2022/2022-09-13-omklappen-sociaal-domein.html",
                       "documenten/2023/2023-03-14-ledverlichting-wassenaar.html",
                       "documenten/2023/2023-09-12-krediet-openbare-verlichting-wassenaar-besluit.html",
                       "documenten/2023/2023-09-12-krediet-openbare-verlichting-wassenaar-voorstel.html"});
    for (const auto& f : files) {
        fs::path pdf = f;
        CHECK(fs::exists(pdf.replace_extension(".pdf")));
    }
}

TEST_CASE("html letters: Dutch, one h1, a main landmark, the kenmerken as a definition list", "[html][letters]") {
    for (const auto& file : html_files(built())) {
        INFO(file.filename().string());
        const std::string page = rs_test::read_file(file);
        fs::path md_path = file;
        const std::string md = rs_test::read_file(md_path.replace_extension(".md"));
        CHECK(page.find("<html lang=\"nl\">") != std::string::npos);
        CHECK(rs_test::first_unbalanced_tag(page).empty());
        CHECK(rs_test::count_of(page, "<h1>") == 1);
        CHECK(rs_test::count_of(page, "<main>") == 1);
        CHECK(rs_test::count_of(page, "<header class=\"briefhoofd\">") == 1);
        const auto terms = rs_test::element_texts(page, "dt");
        const auto definitions = rs_test::element_texts(page, "dd");
        REQUIRE(terms.size() >= 2);
        for (const std::string label : {"Zaaknummer", "Datum", "Onderwerp", "Datum collegebesluit"}) {
            const std::string value = kenmerk(md, label);
            if (value.empty()) continue;
            INFO(label);
            const auto at = std::find(terms.begin(), terms.end(), label);
            REQUIRE(at != terms.end());
            CHECK(definitions.size() > static_cast<std::size_t>(at - terms.begin()));
            // The Markdown escapes what the template inserted; the HTML shows the text.
            CHECK(rs_test::text_of_html(page).find(label + " " + rs_test::markdown_unescape(value)) != std::string::npos);
        }
        const std::string zaaknummer = rs_test::markdown_unescape(kenmerk(md, "Zaaknummer"));
        CHECK(page.find("<meta name=\"dcterms.identifier\" content=\"" + zaaknummer + "\">") != std::string::npos);
    }
}

TEST_CASE("html letters: every paragraph and heading of the Markdown, in order", "[html][letters]") {
    for (const auto& file : html_files(built())) {
        INFO(file.filename().string());
        const std::string page = rs_test::read_file(file);
        fs::path md_path = file;
        const std::string md = rs_test::read_file(md_path.replace_extension(".md"));
        diag::Diagnostics ds;
        const auto regions = regions::parse_regions(md, "x", ds);
        std::vector<std::string> pieces, headings;
        std::vector<std::string> cells;
        for (const auto& region : regions) {
            if (region.name == "kenmerken") continue;  // a form: label and value apart (tested above)
            collect(region.blocks, pieces, headings);
            for (const auto& b : region.blocks)
                if (b.kind == regions::Block::Kind::table)
                    for (const auto& row : b.rows)
                        for (const auto& cell : row) cells.push_back(rs_test::normalize_space(regions::plain_text(cell)));
        }
        REQUIRE(pieces.size() > 3);
        const std::string text = rs_test::text_of_html(rs_test::body_of(page));
        rs_test::check_in_order(text, pieces);
        for (const auto& cell : cells) CHECK(text.find(cell) != std::string::npos);
        // Headings keep their level below the one h1.
        std::vector<std::string> html_headings;
        static const std::regex heading(R"(<h([2-6])>([\s\S]*?)</h\1>)");
        for (auto it = std::sregex_iterator(page.begin(), page.end(), heading); it != std::sregex_iterator(); ++it)
            html_headings.push_back(rs_test::text_of_html((*it)[2].str()));
        CHECK(html_headings == headings);
    }
}

TEST_CASE("html letters: lists, tables and the status are real elements", "[html][letters]") {
    const fs::path file = built() / "documenten/2022/2022-09-13-omklappen-sociaal-domein.html";
    const std::string page = rs_test::read_file(file);
    CHECK(page.find("<ul>\n<li>Heeft besloten de gezamenlijke inkoop") != std::string::npos);
    CHECK(page.find("<table class=\"status\">") != std::string::npos);
    CHECK(page.find("<tr><th scope=\"row\">Werk en Inkomen</th><td><span class=\"status-label "
                    "status-stilgelegd\">stilgelegd</span></td><td>gemeente Leidschendam-Voorburg</td><td>gemeenten "
                    "Leiden en Leiderdorp</td>") != std::string::npos);
    CHECK(page.find("<th scope=\"col\">Status</th>") != std::string::npos);
    CHECK(page.find("<span class=\"naam\">drs. N. Stemerdink</span><br><span class=\"functie\">burgemeester</span>") !=
          std::string::npos);
    CHECK(page.find("color: #00436e") != std::string::npos);  // Voorschoten's primary colour
    CHECK(page.find("font-family: \"Liberation Sans\", sans-serif") != std::string::npos);
}

TEST_CASE("html letters: building twice gives the same bytes, with no path or time in them", "[html][letters]") {
    rs_test::ScratchDir again;
    const auto r = rs_test::raadsstuk("build --quiet --out " + rs_test::shell_quote(again.path().string()) + " data");
    REQUIRE(r.exit_code == 0);
    for (const auto& file : html_files(built())) {
        INFO(file.filename().string());
        const std::string first = rs_test::read_file(file);
        CHECK(first == rs_test::read_file(again.path() / fs::relative(file, built())));
        CHECK(first.find(built().string()) == std::string::npos);
        CHECK(first.find(fs::current_path().string()) == std::string::npos);
    }
}

TEST_CASE("html letters: the house style's logo is in the HTML itself, as a data URI", "[html][letters]") {
    rs_test::ScratchDir dir;
    const fs::path data = dir.path() / "data";
    fs::copy("data", data, fs::copy_options::recursive);
    const fs::path gemeente = data / "gemeenten/voorschoten.json";
    std::string json = rs_test::read_file(gemeente);
    const auto at = json.find("\"huisstijl\": {");
    REQUIRE(at != std::string::npos);
    json.insert(at + std::string("\"huisstijl\": {").size(), "\n    \"logo\": \"logo.png\",");
    rs_test::write_file(gemeente, json);
    const std::string png = rs_test::read_file("tests/pdf/fixtures/logo.png");
    rs_test::write_file(data / "gemeenten/logo.png", png);
    const fs::path out = dir.path() / "out";
    const auto r = rs_test::raadsstuk("build --quiet --out " + rs_test::shell_quote(out.string()) + " " +
                                      rs_test::shell_quote((data / "documenten/2022").string()));
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    const std::string page = rs_test::read_file(out / "documenten/2022/2022-09-13-omklappen-sociaal-domein.html");
    CHECK(page.find("<img src=\"" + html::data_uri("image/png", png) + "\" alt=\"Logo van de gemeente Voorschoten\">") !=
          std::string::npos);
    CHECK(page.find("logo.png") == std::string::npos);  // no path: the file stands alone
}
