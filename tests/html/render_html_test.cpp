// The HTML of a fixture letter through the library: structure, escaping, the parts in order.
#include <catch2/catch.hpp>

#include "html/render_html.hpp"
#include "html_text.hpp"
#include "regions/parse_regions.hpp"

using namespace raadsstuk;

namespace {

html::HtmlRequest fixture_request(diag::Diagnostics& ds) {
    html::HtmlRequest r;
    r.regions = regions::parse_regions(rs_test::read_file("tests/html/fixtures/escaping.md"), "brieven/x.json", ds);
    r.style.font.regular = "LiberationSans-Regular.ttf";
    r.style.text = {26, 26, 26};
    r.style.primary = {0, 67, 110};
    r.style.accent = {79, 138, 58};
    r.style.letterhead = {"Postbus 5000 & co", "2250 GA Voorschoten"};
    r.gemeente_name = "Voorschoten";
    r.title = "Fietsen & wandelen <rond> het \"Hof\" van 't dorp";
    r.author = "Gemeente Voorschoten";
    r.zaaknummer = "Z-24-0001";
    r.keywords = "raadsinformatiebrief, Z-24-0001";
    r.kind_label = "Raadsinformatiebrief";
    r.date = model::Date{2024, 4, 2};
    r.source_name = "brieven/x.json";
    return r;
}

std::string fixture_html(diag::Diagnostics& ds) { return html::render_html(fixture_request(ds), ds); }

}  // namespace

TEST_CASE("html: a Dutch document with one h1, a title, a description and the zaaknummer", "[html]") {
    diag::Diagnostics ds;
    const std::string page = fixture_html(ds);
    CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n", 0) == 0);
    CHECK(rs_test::first_unbalanced_tag(page).empty());
    CHECK(rs_test::first_unbalanced_tag("<ul><li>a</ul>") == "</ul> closes <li>");  // the check itself
    CHECK(rs_test::count_of(page, "<h1>") == 1);
    CHECK(rs_test::element_texts(page, "h1") == std::vector<std::string>{"Raadsinformatiebrief"});
    CHECK(rs_test::count_of(page, "<main>") == 1);
    CHECK(page.find("<title>Raadsinformatiebrief: Fietsen &amp; wandelen &lt;rond&gt; het &quot;Hof&quot; van &#39;t "
                    "dorp \u2013 gemeente Voorschoten</title>") != std::string::npos);
    CHECK(page.find("<meta name=\"description\" content=\"Raadsinformatiebrief van de gemeente Voorschoten van 2 april "
                    "2024: Fietsen &amp; wandelen") != std::string::npos);
    CHECK(page.find("<meta name=\"dcterms.identifier\" content=\"Z-24-0001\">") != std::string::npos);
    CHECK(page.find("<meta name=\"dcterms.date\" content=\"2024-04-02\">") != std::string::npos);
    // Self-contained: no scripts, no external style sheets or images.
    CHECK(page.find("<script") == std::string::npos);
    CHECK(page.find("<link") == std::string::npos);
    CHECK(page.find("src=\"http") == std::string::npos);
}

TEST_CASE("html: headings keep their order and a level-1 heading in the text becomes h2", "[html]") {
    diag::Diagnostics ds;
    const std::string page = fixture_html(ds);
    CHECK(rs_test::element_texts(page, "h2") ==
          std::vector<std::string>{"Een kop van niveau 1 in de tekst", "Bijlagen"});
}

TEST_CASE("html: all text is escaped, in content and in attributes", "[html]") {
    diag::Diagnostics ds;
    const std::string page = fixture_html(ds);
    const std::string body = rs_test::body_of(page);
    CHECK(body.find("<dd>Fietsen &amp; wandelen &lt;rond&gt; het &quot;Hof&quot; van &#39;t dorp</dd>") != std::string::npos);
    CHECK(body.find("a &lt; b &amp; c &gt; d, &quot;aanhalingstekens&quot; en &#39;t apostrof") != std::string::npos);
    CHECK(body.find("<rond>") == std::string::npos);
    CHECK(body.find("<a href=\"https://www.voorschoten.nl/?a=1&amp;b=2\">link</a>") != std::string::npos);
    CHECK(body.find("Postbus 5000 &amp; co") != std::string::npos);
    CHECK(body.find("<td>Wegen &amp; paden</td>") != std::string::npos);
    CHECK(body.find("<li>Kaart &amp; legenda</li>") != std::string::npos);
}

TEST_CASE("html: the kenmerken are a definition list, a nested form a nested one", "[html]") {
    diag::Diagnostics ds;
    const std::string page = fixture_html(ds);
    CHECK(rs_test::element_texts(page, "dt") ==
          std::vector<std::string>{"Zaaknummer", "Datum", "Onderwerp", "Relatie met", "Raadsvoorstel"});
    CHECK(page.find("<dt>Zaaknummer</dt>\n<dd>Z-24-0001</dd>") != std::string::npos);
    CHECK(page.find("<dt>Datum</dt>\n<dd>2 april 2024</dd>") != std::string::npos);
    CHECK(page.find("<dt>Relatie met</dt>\n<dd>\n<dl>\n<dt>Raadsvoorstel</dt>\n<dd>Z-23-0099</dd>\n</dl>\n</dd>") !=
          std::string::npos);
    // The title comes before the form, the form before the text.
    CHECK(page.find("<h1>") < page.find("<dl>"));
    CHECK(page.find("</dl>") < page.find("Geachte Raad,"));
}

TEST_CASE("html: lists and tables are real elements with header cells", "[html]") {
    diag::Diagnostics ds;
    const std::string page = fixture_html(ds);
    CHECK(page.find("<ul>\n<li>eerste punt</li>\n<li>tweede punt</li>\n</ul>") != std::string::npos);
    CHECK(page.find("<ol>\n<li>stap een</li>\n<li>stap twee</li>\n</ol>") != std::string::npos);
    CHECK(page.find("<ol class=\"letters\">\n<li>a. deelbesluit a</li>\n<li>b. deelbesluit b</li>\n</ol>") != std::string::npos);
    CHECK(page.find("<thead>\n<tr><th scope=\"col\">Post</th><th scope=\"col\" class=\"rechts\">Bedrag</th></tr>\n</thead>") !=
          std::string::npos);
    CHECK(page.find("<td class=\"rechts\">€ 1.200</td>") != std::string::npos);
    CHECK(page.find("<strong>vet</strong>, <em>schuin</em>, <del>weg</del>") != std::string::npos);
    // A soft line break is a space, as in the PDF.
    CHECK(rs_test::text_of_html(page).find("(https://www.voorschoten.nl/?a=1&b=2)") == std::string::npos);
    CHECK(rs_test::text_of_html(page).find("en een link. Een tweede regel van dezelfde alinea.") != std::string::npos);
}

TEST_CASE("html: the status per domain is a table with the status as text", "[html]") {
    diag::Diagnostics ds;
    const std::string page = fixture_html(ds);
    CHECK(page.find("<section class=\"stand-van-zaken\" aria-label=\"Stand van zaken\">\n<p>Visueel ziet dit er als "
                    "volgt uit.</p>\n<table class=\"status\">") != std::string::npos);
    CHECK(page.find("<tr><th scope=\"row\">Wmo</th><td><span class=\"status-label status-besloten\">besloten</span></td>"
                    "<td>Haaglanden</td><td>Leidse regio</td><td>per 2023</td><td>goed</td></tr>") != std::string::npos);
    CHECK(page.find("<th scope=\"row\">Jeugd</th><td><span class=\"status-label status-onderzoek\">in onderzoek</span>") !=
          std::string::npos);
    CHECK(rs_test::count_of(page, "<th scope=\"col\"") == 2 + 6);
}

TEST_CASE("html: the parts follow the letter: text, closing, signatories, footnote, bijlagen", "[html]") {
    diag::Diagnostics ds;
    const std::string text = rs_test::text_of_html(rs_test::body_of(fixture_html(ds)));
    rs_test::check_in_order(text, {"gemeente Voorschoten", "Postbus 5000 & co", "Raadsinformatiebrief", "Zaaknummer Z-24-0001",
                                   "Geachte Raad,", "Een kop van niveau 1 in de tekst", "eerste punt", "Wegen & paden",
                                   "Visueel ziet dit er als volgt uit.", "Wmo besloten", "Slotalinea van de tekst.",
                                   "Met vriendelijke groet, het college van burgemeester en wethouders,",
                                   "A. R. de Graaf gemeentesecretaris", "drs. N. Stemerdink burgemeester",
                                   "Deze brief is digitaal vastgesteld.", "Bijlagen", "Kaart & legenda", "Planning"});
    const std::string page = fixture_html(ds);
    CHECK(page.find("<li><span class=\"naam\">A. R. de Graaf</span><br><span class=\"functie\">gemeentesecretaris</span></li>") !=
          std::string::npos);
    CHECK(page.find("<footer class=\"voet\">") < page.find("<section class=\"bijlagen\""));
}

TEST_CASE("html: a link with an unsafe address is text, with warning RS510", "[html]") {
    diag::Diagnostics ds;
    const std::string page = fixture_html(ds);
    CHECK(page.find("javascript:") == std::string::npos);
    CHECK(page.find("Een gevaarlijke link blijft tekst.") != std::string::npos);
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].code == "RS510");
    CHECK(ds[0].severity == diag::Severity::warning);
    CHECK(ds[0].location.file == "brieven/x.json");
    CHECK(ds[0].message.find("'javascript:alert(1)'") != std::string::npos);
    CHECK(ds[0].message.find("regel 31 van de opgemaakte Markdown") != std::string::npos);
}

TEST_CASE("html: the logo is embedded as a data URI with a text alternative", "[html]") {
    diag::Diagnostics ds;
    html::HtmlRequest r = fixture_request(ds);
    const std::string png = rs_test::read_file("tests/pdf/fixtures/logo.png");
    REQUIRE(png.size() > 100);
    r.logo_png = png;
    const std::string page = html::render_html(r, ds);
    CHECK(page.find("<img src=\"data:image/png;base64,iVBORw0KGgo") != std::string::npos);
    CHECK(page.find("alt=\"Logo van de gemeente Voorschoten\">") != std::string::npos);
    CHECK(page.find("<img") < page.find("<span class=\"naam\">Voorschoten</span>"));
    html::HtmlRequest without = fixture_request(ds);
    CHECK(html::render_html(without, ds).find("<img") == std::string::npos);
}

TEST_CASE("html: the same request gives the same bytes", "[html]") {
    diag::Diagnostics ds;
    CHECK(fixture_html(ds) == fixture_html(ds));
}
