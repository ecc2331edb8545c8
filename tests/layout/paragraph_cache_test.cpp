#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "font_fixture.hpp"
#include "layout/set_paragraph.hpp"

// set_paragraph hands out a copy of a paragraph that comes back instead of setting it again. These tests hold
// the copies to what setting the paragraph gives (set_paragraph_uncached) in the same letter: every line, run,
// position and font index, and the letter's fonts in the same order; and hold a paragraph that needs more than
// the house faces to being set, with its warning, in every letter.

using namespace raadsstuk;
using namespace raadsstuk::layout;

namespace {

using Fixture = test::DefaultFonts;

// Everything of a set paragraph that reaches the PDF, written out to the last bit of every number.
std::string describe(const SetParagraph& p) {
    std::ostringstream out;
    out.precision(17);
    out << "leading " << p.leading << " baseline " << p.baseline << '\n';
    for (const SetLine& line : p.lines) {
        out << "line width " << line.width << " hyphenated " << line.hyphenated << " justified " << line.justified
            << " spaces " << line.spaces << " scale " << line.space_scale << '\n';
        for (const PageItem& item : line.items) {
            if (const auto* run = std::get_if<TextRun>(&item))
                out << "  run " << run->x << ' ' << run->y << " font " << run->font << " size " << run->size << " colour "
                    << int(run->color.r) << ',' << int(run->color.g) << ',' << int(run->color.b) << " spacing "
                    << run->word_spacing << " '" << run->text << "'\n";
            else if (const auto* rule = std::get_if<LineItem>(&item))
                out << "  rule " << rule->x1 << ' ' << rule->y1 << ' ' << rule->x2 << ' ' << rule->y2 << '\n';
            else
                out << "  other item\n";
        }
        for (const LinkArea& link : line.links)
            out << "  link " << link.x << ' ' << link.y << ' ' << link.width << ' ' << link.height << ' ' << link.uri << '\n';
    }
    return out.str();
}

std::string describe(const std::vector<FontFace>& faces) {
    std::string out;
    for (const FontFace& f : faces) out += f.file.filename().string() + (f.encoding == FontEncoding::utf8 ? " utf8\n" : "\n");
    return out;
}

// The closing of a letter: a hard break, bold, italic, a struck word and a link, justified and hyphenated.
Spans closing() {
    SpanStyle bold, italic, strike, link;
    bold.bold = true;
    italic.italic = true;
    strike.strike = true;
    link.link = "https://www.voorschoten.nl/raad";
    return {Span{"Met vriendelijke groet, namens het college van burgemeester en wethouders van de ", {}, false},
            Span{"gemeente Voorschoten", bold, false},
            Span{"", {}, true},
            Span{"de secretaris, ", italic, false},
            Span{"verouderd", strike, false},
            Span{" zie ", {}, false},
            Span{"www.voorschoten.nl/raad", link, false},
            Span{" voor de samenwerkingsovereenkomst en de informatievoorziening.", {}, false}};
}

// Hyphenates every word of eight letters or more after its fourth byte; known to the cache by identity.
const Hyphenator kHyphenator = [](std::string_view word) {
    return word.size() >= 8 ? std::vector<std::size_t>{4} : std::vector<std::size_t>{};
};
const int kHyphenatorIdentity = 0;

ParagraphStyle style_of(double width, bool hyphenate) {
    ParagraphStyle ps;
    ps.width = width;
    ps.color = {10, 20, 30};
    ps.link_color = {0, 90, 160};
    if (hyphenate) {
        ps.hyphenator = &kHyphenator;
        ps.hyphenation_identity = &kHyphenatorIdentity;
    }
    return ps;
}

// Registers the italic face before the closing's bold one.
Spans italic_word() {
    SpanStyle italic;
    italic.italic = true;
    return {Span{"Onderwerp", italic, false}};
}

}  // namespace

TEST_CASE("paragraph cache: a paragraph that comes back is what setting it gives, in every letter", "[paragraph][cache]") {
    for (const bool hyphenate : {false, true}) {
        for (const double width : {180.0, 260.0, 467.7}) {
            INFO("width " << width << (hyphenate ? ", hyphenated" : ""));
            const ParagraphStyle ps = style_of(width, hyphenate);
            // The expected settings: in a letter that sets only the closing, and in one that set an italic word first
            // (so its document font indices differ).
            Fixture plain_expected, italic_first_expected;
            const std::string plain = describe(set_paragraph_uncached(closing(), ps, plain_expected.fonts));
            set_paragraph_uncached(italic_word(), ps, italic_first_expected.fonts);
            const std::string italic_first = describe(set_paragraph_uncached(closing(), ps, italic_first_expected.fonts));
            REQUIRE(plain != italic_first);  // the font indices differ

            // Letters of a batch, each setting the closing (the second time on it comes from the cache).
            for (int letter = 0; letter < 4; ++letter) {
                INFO("letter " << letter);
                Fixture f;
                if (letter % 2 == 1) set_paragraph(italic_word(), ps, f.fonts);
                const std::string& expected = letter % 2 == 1 ? italic_first : plain;
                CHECK(describe(set_paragraph(closing(), ps, f.fonts)) == expected);
                CHECK(describe(f.fonts.faces()) ==
                      describe(letter % 2 == 1 ? italic_first_expected.fonts.faces() : plain_expected.fonts.faces()));
                CHECK(f.out.empty());
            }
        }
    }
}

TEST_CASE("paragraph cache: another style, width or text is set anew", "[paragraph][cache]") {
    const ParagraphStyle narrow = style_of(200, false);
    ParagraphStyle ragged = narrow;
    ragged.align = TextAlign::left;
    ParagraphStyle wider = narrow;
    wider.width = 200.5;
    Spans other = closing();
    other.back().text += " En verder.";
    for (int round = 0; round < 2; ++round) {
        Fixture f, expected;
        for (const auto& [spans, style] : {std::pair{closing(), narrow}, std::pair{closing(), ragged},
                                           std::pair{closing(), wider}, std::pair{other, narrow}}) {
            CHECK(describe(set_paragraph(spans, style, f.fonts)) ==
                  describe(set_paragraph_uncached(spans, style, expected.fonts)));
        }
    }
}

TEST_CASE("paragraph cache: a paragraph that needs the fallback font or a warning is set, and warns, in every letter",
          "[paragraph][cache][fonts]") {
    // With a character of the fallback font (and one of no font), and with only one of no font (drawn as '?'
    // in the house face).
    for (const std::string text : {"\u27A2 punt \u4E00 en \u20AC 5 in de samenwerking", "punt \u4E00 en \u20AC 5"}) {
        INFO(text);
        const Spans spans{Span{text, {}, false}};
        const ParagraphStyle ps = style_of(300, false);
        Fixture expected;
        const std::string setting = describe(set_paragraph_uncached(spans, ps, expected.fonts));
        for (int letter = 0; letter < 3; ++letter) {
            INFO("letter " << letter);
            Fixture f;
            for (int time = 0; time < 3; ++time) CHECK(describe(set_paragraph(spans, ps, f.fonts)) == setting);
            CHECK(describe(f.fonts.faces()) == describe(expected.fonts.faces()));
            REQUIRE(f.out.size() == 1);  // once per letter, as setting it gives
            CHECK(f.out[0].code == "RS403");
        }
    }
}

TEST_CASE("paragraph cache: a hyphenator without identity is never cached", "[paragraph][cache]") {
    // Two hyphenators that differ, neither known by identity: each letter gets its own hyphenation.
    int calls = 0;
    const Hyphenator counting = [&calls](std::string_view word) {
        ++calls;
        return word.size() >= 8 ? std::vector<std::size_t>{4} : std::vector<std::size_t>{};
    };
    ParagraphStyle ps = style_of(180, false);
    ps.hyphenator = &counting;
    for (int letter = 0; letter < 3; ++letter) {
        Fixture f;
        const int before = calls;
        set_paragraph(closing(), ps, f.fonts);
        CHECK(calls > before);
    }
}
