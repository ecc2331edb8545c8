// The size of the PDFs (issue #7: a three-page letter under 40 KB with every font embedded), the widths the
// PDF gives its glyphs, and bytes that do not depend on the font cache or on threads.
#include <catch2/catch.hpp>

#include <cmath>
#include <regex>
#include <sstream>
#include <thread>

#include "layout/font_library.hpp"
#include "layout/utf8.hpp"
#include "long_letter.hpp"
#include "pdf/embedded_font.hpp"
#include "pdf_test_support.hpp"

using namespace raadsstuk;
using namespace raadsstuk::pdf::test;

namespace {

// The first synthetic long letter that takes exactly three pages.
Built three_page_letter() {
    for (std::uint32_t seed = 1; seed <= 60; ++seed) {
        LongLetter letter(seed);
        Built b = build(fixture_request(letter.markdown()));
        if (b.document.pages.size() == 3) return b;
    }
    FAIL("no three-page letter among the seeds");
    return {};
}

std::set<char32_t> characters_of(const layout::LaidOutDocument& doc, int font) {
    std::set<char32_t> out;
    for (const auto& page : doc.pages)
        for (const auto& item : page.items)
            if (const auto* run = std::get_if<layout::TextRun>(&item); run && run->font == font)
                for (char32_t c : layout::decode_utf8(run->text)) out.insert(c);
    return out;
}

}  // namespace

TEST_CASE("pdf size: a three-page letter is under 40 KB with every font embedded as a subset", "[pdf][size]") {
    const Built b = three_page_letter();
    REQUIRE(b.pdf);
    INFO("PDF of " << b.pdf->size() << " bytes");
    CHECK(b.pdf->size() < 40 * 1024);
    TempDir dir;
    const auto file = dir.path() / "drie.pdf";
    write_file(file, *b.pdf);
    const auto fonts = pdffonts_lines(file);
    for (const auto& line : fonts) {
        INFO(line);
        CHECK(std::regex_search(line, std::regex(R"(^[A-Z]{6}\+LiberationSans\S*\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\s)")));
    }
    CHECK(fonts.size() == b.document.fonts.size());
    CHECK(fonts.size() >= 2);  // regular and bold at least
    CHECK(run("qpdf --check " + quoted(file) + " >/dev/null 2>&1; echo $?").output == "0\n");
}

TEST_CASE("pdf size: /W gives each glyph the advance width of its character in the original font", "[pdf][size]") {
    const Built b = build(fixture_request(fixture_markdown()));
    REQUIRE(b.pdf);
    TempDir dir;
    write_file(dir.path() / "brief.pdf", *b.pdf);
    REQUIRE(run("qpdf --qdf --object-streams=disable " + quoted(dir.path() / "brief.pdf") + " " +
                quoted(dir.path() / "brief.qdf") + " 2>&1").status == 0);
    const std::string qdf = read_file(dir.path() / "brief.qdf");
    REQUIRE(b.document.fonts.size() == 4);
    for (std::size_t f = 0; f < b.document.fonts.size(); ++f) {
        const auto& face = b.document.fonts[f];
        INFO(face.file.string());
        const auto font = layout::FontLibrary::shared().load(face.file);
        REQUIRE(font);
        const std::set<char32_t> chars = characters_of(b.document, static_cast<int>(f));
        const auto prepared = pdf::detail::prepare_font(face.file, *font, chars);
        REQUIRE(prepared);
        // The CIDFont of this subset, as qpdf writes it (keys sorted): /BaseFont ... /W [ 0 [ w0 w1 ... ] ].
        std::smatch m;
        const std::regex cid_font("/BaseFont /" + std::regex_replace(prepared->base_font, std::regex(R"(\+)"), R"(\+)") +
                                  R"(\s*/CIDSystemInfo[^/]*(/[^W][^/]*)*/W \[\s*0\s*\[([^\]]*)\]\s*\])");
        REQUIRE(std::regex_search(qdf, m, cid_font));
        std::istringstream in(m[2].str());
        std::vector<double> widths;
        for (double w; in >> w;) widths.push_back(w);
        REQUIRE(widths.size() >= chars.size() + 1);
        std::size_t cid = 1;
        for (char32_t c : chars) {
            INFO("U+" << std::hex << static_cast<unsigned>(c));
            const double exact = font->advance_width_of(c) * 1000.0 / font->units_per_em();
            CHECK(std::abs(widths[cid] - exact) <= 0.5);
            ++cid;
        }
    }
}

TEST_CASE("pdf size: the same bytes twice, from a cold or a warm font cache, from two threads at once", "[pdf][size]") {
    std::string markdown = fixture_markdown();
    markdown += "\nEen zin met tekens die verder geen brief gebruikt: ½ ¾ ¿ Ø.\n";
    const Built first = build(fixture_request(markdown));  // its subsets are new to the cache
    REQUIRE(first.pdf);
    const Built second = build(fixture_request(markdown));  // from the cache
    REQUIRE(second.pdf);
    CHECK(*first.pdf == *second.pdf);
    std::optional<std::string> a, b;
    std::thread t1([&] {
        diag::Diagnostics ds;
        a = pdf::write_pdf(first.document, ds);
    });
    std::thread t2([&] {
        diag::Diagnostics ds;
        b = pdf::write_pdf(first.document, ds);
    });
    t1.join();
    t2.join();
    REQUIRE(a);
    REQUIRE(b);
    CHECK(*a == *first.pdf);
    CHECK(*b == *first.pdf);
}

TEST_CASE("pdf size: RS520 and no PDF for a font without TrueType outlines", "[pdf][size]") {
    // A usable font for measuring (metrics and cmap) whose glyf table is renamed: layout could use it, the
    // PDF cannot embed it.
    const auto regular = layout::FontLibrary::shared().find("LiberationSans-Regular.ttf", model::Environment{});
    REQUIRE(regular);
    std::string bytes = read_file(*regular);
    const std::size_t tables = (static_cast<unsigned char>(bytes[4]) << 8) | static_cast<unsigned char>(bytes[5]);
    bool renamed = false;
    for (std::size_t i = 0; i < tables; ++i)
        if (bytes.compare(12 + 16 * i, 4, "glyf") == 0) {
            bytes.replace(12 + 16 * i, 4, "xxxx");
            renamed = true;
        }
    REQUIRE(renamed);
    TempDir dir;
    const auto file = dir.path() / "ZonderOmtrek.ttf";
    write_file(file, bytes);
    REQUIRE(layout::FontLibrary::shared().load(file));

    layout::LaidOutDocument doc;
    doc.fonts.push_back({file, layout::FontEncoding::cp1252});
    layout::TextRun run;
    run.x = 72;
    run.y = 72;
    run.text = "Geachte Raad,";
    doc.pages.push_back({{run}, {}});
    diag::Diagnostics ds;
    CHECK(!pdf::write_pdf(doc, ds));
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].code == "RS520");
    CHECK(ds[0].location.file == file.string());
    CHECK(ds[0].message.find("lettertype") != std::string::npos);
    CHECK(ds[0].message.find("glyf") != std::string::npos);
}
