// The style sheet from the house style: colours readable as text, font names, print settings.
#include <catch2/catch.hpp>

#include "html/data_uri.hpp"
#include "html/house_css.hpp"

using namespace raadsstuk;

TEST_CASE("html css: a house colour dark enough for text is kept as it is", "[html][css]") {
    const model::Color blue{0, 67, 110};  // Voorschoten's primary colour
    CHECK(html::contrast_ratio(blue, {255, 255, 255}) > 4.5);
    CHECK(html::readable_on_white(blue) == blue);
    CHECK(html::css_colour(blue) == "#00436e");
}

TEST_CASE("html css: a light accent is darkened just enough for 4.5:1", "[html][css]") {
    const model::Color white{255, 255, 255};
    CHECK(html::contrast_ratio(white, {0, 0, 0}) == Approx(21.0));
    for (const model::Color accent : {model::Color{79, 138, 58}, model::Color{184, 149, 46}}) {  // green, gold
        CHECK(html::contrast_ratio(accent, white) < 4.5);
        const model::Color darker = html::readable_on_white(accent);
        CHECK(html::contrast_ratio(darker, white) >= 4.5);
        CHECK(html::contrast_ratio(darker, white) < 5.0);  // not much darker than needed
        CHECK(darker.r <= accent.r);
        CHECK(darker.g <= accent.g);
    }
}

TEST_CASE("html css: the font family comes from the house font's file name", "[html][css]") {
    model::FontFamily f;
    f.regular = "LiberationSans-Regular.ttf";
    CHECK(html::font_family(f) == "\"Liberation Sans\", sans-serif");
    f.regular = "DejaVuSans.ttf";
    CHECK(html::font_family(f) == "\"DejaVu Sans\", sans-serif");
    f.regular = "LiberationSerif-Regular.ttf";
    CHECK(html::font_family(f) == "\"Liberation Serif\", serif");
    f.regular = "SourceSansPro-Regular.otf";
    CHECK(html::font_family(f) == "\"Source Sans Pro\", sans-serif");
    f.regular = "Arial.ttf";
    CHECK(html::font_family(f) == "\"Arial\", sans-serif");
    f.regular.clear();
    CHECK(html::font_family(f) == "sans-serif");
}

TEST_CASE("html css: colours, fonts and the A4 page come from the house style", "[html][css]") {
    model::HouseStyle st;
    st.font.regular = "DejaVuSans.ttf";
    st.primary = {123, 30, 48};
    st.accent = {184, 149, 46};
    st.margin_top = 25, st.margin_right = 20, st.margin_bottom = 22.5, st.margin_left = 25;
    st.body_size = 10.5;
    const std::string css = html::house_css(st);
    CHECK(css.find("font-family: \"DejaVu Sans\", sans-serif;") != std::string::npos);
    CHECK(css.find("h1 { margin: 0 0 1rem; font-size: 1.83em; line-height: 1.2; color: #7b1e30; }") != std::string::npos);
    CHECK(css.find("border-bottom: 2px solid #7b1e30") != std::string::npos);
    CHECK(css.find("dt { color: " + html::css_colour(html::readable_on_white(st.accent))) != std::string::npos);
    CHECK(css.find("@page { size: A4; margin: 25mm 20mm 22.5mm 25mm;\n  @bottom-right { content: \"pagina \" "
                   "counter(page) \" van \" counter(pages); font-family: \"DejaVu Sans\", sans-serif; font-size: 8pt;") !=
          std::string::npos);
    CHECK(css.find("@media print {\n  body { max-width: none; padding: 0; font-size: 10.5pt; }") != std::string::npos);
}

TEST_CASE("html css: base64 of the logo pads as RFC 4648 says", "[html][css]") {
    CHECK(html::base64("") == "");
    CHECK(html::base64("M") == "TQ==");
    CHECK(html::base64("Ma") == "TWE=");
    CHECK(html::base64("Man") == "TWFu");
    CHECK(html::base64(std::string("\xff\xfe\x00", 3)) == "//4A");
    CHECK(html::data_uri("image/png", "Man") == "data:image/png;base64,TWFu");
}
