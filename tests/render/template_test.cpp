#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "render/template.hpp"
#include "render/template_library.hpp"

using namespace raadsstuk;
using render::Template;
using render::TemplateSet;
using render::Value;

namespace {

std::vector<std::string> formatted(const diag::Diagnostics& ds) {
    std::vector<std::string> out;
    for (const auto& d : ds) out.push_back(diag::format(d));
    return out;
}

std::string render_ok(std::string_view text, const Value& view) {
    diag::Diagnostics ds;
    auto t = Template::compile(text, "t.md", ds);
    REQUIRE(t);
    auto out = t->render(view, ds);
    INFO(formatted(ds).size());
    REQUIRE(ds.empty());
    REQUIRE(out);
    return *out;
}

}  // namespace

TEST_CASE("a missing variable is RS303 at file:line:column of its tag") {
    diag::Diagnostics ds;
    auto t = Template::compile("Hallo\n  {{naam}}", "templates/brief.md", ds);
    REQUIRE(t);
    CHECK_FALSE(t->render(Value::map(), ds));
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].code == "RS303");
    CHECK(ds[0].severity == diag::Severity::error);
    CHECK(diag::format(ds[0]).rfind("templates/brief.md:2:3: fout RS303: variabele 'naam' bestaat niet", 0) == 0);
}

TEST_CASE("a misspelt variable gets a suggestion") {
    diag::Diagnostics ds;
    auto t = Template::compile("{{zaaknumer}}", "t.md", ds);
    REQUIRE(t);
    CHECK_FALSE(t->render(Value::map().set("zaaknummer", "Z-1").set("onderwerp", "x"), ds));
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].hint == "bedoelt u 'zaaknummer'?");
}

TEST_CASE("a syntax error is RS302 with line and column, and nothing is compiled") {
    diag::Diagnostics ds;
    CHECK_FALSE(Template::compile("# Brief\n\n{{#bijlagen}}\n- {{titel}}\n", "t.md", ds));
    REQUIRE(ds.size() == 1);
    CHECK(diag::format(ds[0]).rfind("t.md:3:1: fout RS302: sectie {{#bijlagen}} wordt niet gesloten", 0) == 0);
}

TEST_CASE("a missing partial is RS304 at the partial tag") {
    diag::Diagnostics ds;
    auto t = Template::compile("Tekst\n\n   {{> staus}}\n", "t.md", ds);
    REQUIRE(t);
    TemplateSet set;
    set.add_partial("status", *Template::compile("x\n", "status.md", ds));
    CHECK_FALSE(t->render(Value::map(), set, ds));
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].code == "RS304");
    CHECK(diag::format(ds[0]).rfind("t.md:3:4: fout RS304: partial 'staus' bestaat niet", 0) == 0);
}

TEST_CASE("an error inside a partial is reported in the partial's file") {
    diag::Diagnostics ds;
    TemplateSet set;
    set.add_partial("status", *Template::compile("<!-- status -->\n{{inleidng}}\n", "templates/partials/status.md", ds));
    auto t = Template::compile("A\n{{>status}}\n", "templates/brief.md", ds);
    REQUIRE(t);
    REQUIRE(ds.empty());
    CHECK_FALSE(t->render(Value::map().set("inleiding", "x"), set, ds));
    REQUIRE(ds.size() == 1);
    CHECK(diag::format(ds[0]).rfind("templates/partials/status.md:2:1: fout RS303: variabele 'inleidng'", 0) == 0);
}

TEST_CASE("compiled once, rendered many times, a failed render does not affect the next") {
    diag::Diagnostics ds;
    auto t = Template::compile("{{#lijst}}{{.}};{{/lijst}}{{naam}}\n", "t.md", ds);
    REQUIRE(t);
    CHECK_FALSE(t->render(Value::map().set("lijst", Value::list()), ds));
    CHECK(ds.size() == 1);
    ds.clear();
    auto a = t->render(Value::map().set("lijst", Value::list().push_back("x").push_back("y")).set("naam", "A"), ds);
    auto b = t->render(Value::map().set("lijst", Value::list()).set("naam", "B"), ds);
    CHECK(ds.empty());
    CHECK(a == "x;y;A\n");
    CHECK(b == "B\n");
}

TEST_CASE("the escape function is Markdown escaping, not HTML escaping") {
    CHECK(render_ok("{{x}}", Value::map().set("x", "W&I's \"regio\" > 2")) == "W&I's \"regio\" > 2");
    CHECK(render_ok("{{x}}", Value::map().set("x", "*x* | <b>")) == "\\*x\\* \\| \\<b>");
}

TEST_CASE("line_column counts code points, from 1") {
    CHECK(render::line_column("abc", 0) == std::pair{1, 1});
    CHECK(render::line_column("abc\ndef", 5) == std::pair{2, 2});
    CHECK(render::line_column("€ é {{x}}", 7) == std::pair{1, 5});  // € is 3 bytes, é 2
    CHECK(render::line_column("ab", 99) == std::pair{1, 3});
}

TEST_CASE("kainjow's byte-offset parse errors become RS302 at line:column") {
    const std::string text = "Eerste regel\nÉén {{#x}}\n";
    const auto d = render::kainjow_parse_error(text, "t.md", "Unclosed section \"x\" at 19");
    CHECK(diag::format(d) == "t.md:2:5: fout RS302: sectie 'x' wordt niet (goed) gesloten met {{/x}}");
    const auto e = render::kainjow_parse_error("ab {{x", "t.md", "Unclosed tag at 3");
    CHECK(diag::format(e) == "t.md:1:4: fout RS302: tag wordt niet gesloten met }}");
}

TEST_CASE("CRLF line ends and a byte order mark are accepted") {
    CHECK(render_ok("\xEF\xBB\xBF{{#a}}\r\nJa\r\n{{/a}}\r\n", Value::map().set("a", true)) == "Ja\n");
}

TEST_CASE("load_template_set reads templates and partials, RS301 when the directory is missing") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "raadsstuk-render-test-templates";
    fs::remove_all(dir);
    fs::create_directories(dir / "partials");
    std::ofstream(dir / "brief.md") << "{{>groet}}\n";
    std::ofstream(dir / "kapot.md") << "{{#x}}\n";
    std::ofstream(dir / "partials" / "groet.md") << "Hallo {{naam}}\n";
    std::ofstream(dir / "notities.txt") << "geen sjabloon\n";

    diag::Diagnostics ds;
    const TemplateSet set = render::load_template_set(dir, ds);
    REQUIRE(ds.size() == 1);  // kapot.md
    CHECK(ds[0].code == "RS302");
    CHECK(ds[0].location.file == (dir / "kapot.md").generic_string());
    CHECK(set.templates().size() == 1);
    REQUIRE(set.find_template("brief"));
    REQUIRE(set.find_partial("groet"));
    ds.clear();
    CHECK(set.find_template("brief")->render(Value::map().set("naam", "Raad"), set, ds) == "Hallo Raad\n");

    ds.clear();
    const TemplateSet empty = render::load_template_set(dir / "bestaat-niet", ds);
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].code == "RS301");
    CHECK(empty.templates().empty());
    fs::remove_all(dir);
}

TEST_CASE("every version of the templates in templates/ compiles without diagnostics") {
    diag::Diagnostics ds;
    const render::TemplateLibrary library = render::load_template_library(model::Environment{}, ds);
    for (const auto& d : ds) FAIL_CHECK(diag::format(d));
    REQUIRE(library.newest() >= 1);
    for (const auto& [version, set] : library.versions()) {
        INFO("templates/v" << version);
        CHECK(set.find_template("raadsinformatiebrief"));
        CHECK(set.find_template("raadsvoorstel"));
        CHECK(set.find_template("raadsbesluit"));
        CHECK(set.find_partial("status"));
    }
}
