#include <catch2/catch.hpp>

#include <sstream>

#include "layout/font_library.hpp"
#include "font_fixture.hpp"
#include "layout/set_paragraph.hpp"
#include "layout/utf8.hpp"

using namespace raadsstuk;
using namespace raadsstuk::layout;

namespace {

using Fixture = test::DefaultFonts;

// Right edge of a run: the advance widths of its characters plus the word spacing of its spaces.
double run_end(const TextRun& run, const FontSet& fonts) {
    const auto font = FontLibrary::shared().load(fonts.faces()[static_cast<std::size_t>(run.font)].file);
    double w = 0;
    for (char32_t c : decode_utf8(run.text)) w += font->advance(c, run.size) + (c == U' ' ? run.word_spacing : 0);
    return run.x + w;
}

double line_end(const SetLine& line, const FontSet& fonts) {
    double end = 0;
    for (const auto& item : line.items)
        if (const auto* run = std::get_if<TextRun>(&item)) end = std::max(end, run_end(*run, fonts));
    return end;
}

std::string line_text(const SetLine& line) {
    std::string text;
    for (const auto& item : line.items)
        if (const auto* run = std::get_if<TextRun>(&item)) text += run->text;
    return text;
}

std::string without_spaces(std::string s) {
    std::erase(s, ' ');
    return s;
}

const std::string kText =
    "Met onze informatiebrief van 8 maart jl. hebben wij u geïnformeerd over de uitkomsten van een verkenning "
    "samenwerking sociaal domein met de gemeente Leiden en de impact op het omklappen van het sociaal domein "
    "naar de Leidse regio. Wij hebben u toen geïnformeerd dat het verstandig lijkt per onderdeel in tempo te "
    "differentiëren.";

}  // namespace

TEST_CASE("paragraph: justified lines fill the width, the last line is ragged", "[paragraph]") {
    Fixture f;
    ParagraphStyle ps;
    ps.width = 300;
    ps.size = 10;
    const SetParagraph p = set_paragraph({Span{kText, {}, false}}, ps, f.fonts);
    REQUIRE(p.lines.size() >= 3);
    for (std::size_t k = 0; k + 1 < p.lines.size(); ++k) {
        INFO("line " << k << ": " << line_text(p.lines[k]));
        CHECK(line_end(p.lines[k], f.fonts) == Approx(300).margin(0.01));
        CHECK(p.lines[k].width == Approx(300).margin(0.01));
    }
    CHECK(line_end(p.lines.back(), f.fonts) < 300 - 10);
    // Word spacing carries the justification; the last line has none.
    bool spaced = false;
    for (const auto& item : p.lines[0].items)
        if (const auto* run = std::get_if<TextRun>(&item)) spaced = spaced || run->word_spacing > 0;
    CHECK(spaced);
    for (const auto& item : p.lines.back().items)
        if (const auto* run = std::get_if<TextRun>(&item)) CHECK(run->word_spacing == 0);
    // Nothing lost or reordered.
    std::string all;
    for (const auto& l : p.lines) all += line_text(l);
    CHECK(without_spaces(all) == without_spaces(kText));
    CHECK(f.out.empty());
}

TEST_CASE("paragraph: an overlong token is broken and no line exceeds the width", "[paragraph]") {
    Fixture f;
    ParagraphStyle ps;
    ps.width = 120;
    const std::string text =
        "Zie https://www.voorschoten.nl/bestuur-en-organisatie/raadsinformatiebrieven/2022/omklappen en "
        "Z-21-52738/289409/2022/sociaal-domein-leidse-regio of ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ.";
    for (TextAlign align : {TextAlign::justify, TextAlign::left}) {
        ps.align = align;
        const SetParagraph p = set_paragraph({Span{text, {}, false}}, ps, f.fonts);
        REQUIRE(p.lines.size() >= 4);
        std::string all;
        for (const auto& l : p.lines) {
            INFO(line_text(l));
            CHECK(line_end(l, f.fonts) <= 120 + 0.01);
            all += line_text(l);
        }
        CHECK(without_spaces(all) == without_spaces(text));
    }
}

TEST_CASE("paragraph: hard breaks, styles and links", "[paragraph]") {
    Fixture f;
    ParagraphStyle ps;
    ps.width = 400;
    ps.link_color = {0, 0, 255};
    SpanStyle bold;
    bold.bold = true;
    SpanStyle link;
    link.link = "https://example.org/";
    const Spans spans{Span{"Met vriendelijke groet,", {}, false}, Span{"", {}, true},
                      Span{"het college ", {}, false}, Span{"vet", bold, false}, Span{" en ", {}, false},
                      Span{"een link", link, false}};
    const SetParagraph p = set_paragraph(spans, ps, f.fonts);
    REQUIRE(p.lines.size() == 2);
    CHECK(line_text(p.lines[0]) == "Met vriendelijke groet,");
    CHECK(line_end(p.lines[0], f.fonts) < 200);  // ragged before the hard break
    REQUIRE(p.lines[1].links.size() == 1);
    CHECK(p.lines[1].links[0].uri == "https://example.org/");
    CHECK(p.lines[1].links[0].width > 20);
    int bold_runs = 0, blue_runs = 0;
    for (const auto& item : p.lines[1].items)
        if (const auto* run = std::get_if<TextRun>(&item)) {
            bold_runs += run->text == "vet";
            blue_runs += run->color == model::Color{0, 0, 255};
        }
    CHECK(bold_runs == 1);
    CHECK(blue_runs == 1);
    CHECK(f.fonts.faces().size() == 2);  // regular and bold
}

TEST_CASE("paragraph: a hyphenator can be plugged in", "[paragraph]") {
    Fixture f;
    ParagraphStyle ps;
    ps.width = 200;
    const Hyphenator hyphenate = [](std::string_view word) {
        std::vector<std::size_t> at;
        if (word == "samenwerkingsovereenkomst") at = {5, 13, 17};  // samen-werkings-over-eenkomst (byte offsets)
        return at;
    };
    ps.hyphenator = &hyphenate;
    const SetParagraph p = set_paragraph({Span{"Wij tekenen op 1 mei de nieuwe samenwerkingsovereenkomst met de gemeente Leiden.", {}, false}}, ps, f.fonts);
    bool hyphenated = false;
    for (const auto& l : p.lines) {
        const std::string t = line_text(l);
        INFO("line: " << t);
        hyphenated = hyphenated || (!t.empty() && t.back() == '-');
        CHECK(line_end(l, f.fonts) <= 200.01);
    }
    std::string all;
    for (const auto& l : p.lines) all += "[" + line_text(l) + "]";
    INFO(all);
    CHECK(hyphenated);
}

TEST_CASE("paragraph: characters outside CP1252 use the fallback font, unknown ones are RS403", "[paragraph][fonts]") {
    Fixture f;
    ParagraphStyle ps;
    const SetParagraph p = set_paragraph({Span{"\u27A2 punt \u4E00 en \u20AC 5", {}, false}}, ps, f.fonts);
    REQUIRE(p.lines.size() == 1);
    REQUIRE(f.fonts.faces().size() == 2);
    CHECK(f.fonts.faces()[1].encoding == FontEncoding::utf8);
    CHECK(f.fonts.faces()[1].file.filename() == "DejaVuSans.ttf");
    bool arrow_in_fallback = false;
    for (const auto& item : p.lines[0].items)
        if (const auto* run = std::get_if<TextRun>(&item))
            arrow_in_fallback = arrow_in_fallback || (run->text == "\u27A2" && run->font == 1);
    CHECK(arrow_in_fallback);
    REQUIRE(f.out.size() == 1);
    CHECK(f.out[0].code == "RS403");
    CHECK(f.out[0].severity == diag::Severity::warning);
    CHECK(f.out[0].location.file == "test.json");
    CHECK(f.out[0].message.find("U+4E00") != std::string::npos);
}

TEST_CASE("paragraph: the last word of a paragraph is never hyphenated", "[paragraph]") {
    Fixture f;
    ParagraphStyle ps;
    ps.width = 200;
    const Hyphenator everywhere = [](std::string_view word) {
        std::vector<std::size_t> at;
        for (std::size_t i = 2; i + 3 <= word.size(); ++i) at.push_back(i);
        return at;
    };
    ps.hyphenator = &everywhere;
    // At this width the last word would start on the last line only by being split.
    const SetParagraph p = set_paragraph({Span{"Wij tekenen op 1 mei de nieuwe samenwerkingsovereenkomst", {}, false}}, ps, f.fonts);
    REQUIRE(!p.lines.empty());
    for (std::size_t k = 0; k < p.lines.size(); ++k) {
        INFO(line_text(p.lines[k]));
        CHECK_FALSE(p.lines[k].hyphenated);
        CHECK(line_text(p.lines[k]).back() != '-');
    }
}

namespace {

// Everything a line hands on, as text, to compare two settings of a paragraph.
std::string describe(const SetParagraph& p) {
    std::ostringstream s;
    s.precision(17);
    for (const SetLine& line : p.lines) {
        s << "line " << line.width << ' ' << line.hyphenated << line.justified << ' ' << line.spaces << ' ' << line.space_scale << '\n';
        for (const auto& item : line.items) {
            if (const auto* run = std::get_if<TextRun>(&item))
                s << "  run " << run->x << ' ' << run->font << ' ' << run->word_spacing << " [" << run->text << "]\n";
            else if (const auto* rule = std::get_if<LineItem>(&item))
                s << "  strike " << rule->x1 << ' ' << rule->x2 << '\n';
        }
        for (const auto& link : line.links) s << "  link " << link.x << ' ' << link.width << ' ' << link.uri << '\n';
    }
    return s.str();
}

}  // namespace

TEST_CASE("paragraph: setting other paragraphs in between changes nothing", "[paragraph]") {
    Fixture f;
    const Hyphenator hyphenate = [](std::string_view word) {
        std::vector<std::size_t> at;
        for (std::size_t i = 3; i + 3 < word.size(); i += 4) at.push_back(i);
        return at;
    };
    SpanStyle bold, link, strike;
    bold.bold = true;
    link.link = "https://example.org/raadsinformatiebrieven/2022";
    strike.strike = true;
    // A word typed across spans of different styles, a link, struck text, a hard break and a long token.
    const Spans spans{Span{kText + " ge", {}, false}, Span{"meente", bold, false}, Span{"raad ", {}, false},
                      Span{"https://example.org/raadsinformatiebrieven/2022", link, false}, Span{"", {}, true},
                      Span{"vervallen ", strike, false}, Span{"Z-21-52738/289409/2022/sociaal-domein-leidse-regio.", {}, false}};
    ParagraphStyle ps;
    ps.width = 260;
    ps.hyphenator = &hyphenate;
    const std::string first = describe(set_paragraph(spans, ps, f.fonts));
    ParagraphStyle other;
    other.width = 90;
    other.align = TextAlign::center;
    (void)set_paragraph({Span{kText, bold, false}, Span{"", {}, true}, Span{"\u27A2 kort", {}, false}}, other, f.fonts);
    (void)set_paragraph({}, other, f.fonts);
    CHECK(describe(set_paragraph(spans, ps, f.fonts)) == first);
    CHECK(first.find("strike") != std::string::npos);
    CHECK(first.find("link") != std::string::npos);
}
