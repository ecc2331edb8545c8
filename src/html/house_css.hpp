#pragma once
// The style sheet of the HTML rendering, made from the house style: its colours (made readable where they
// are too light for text), its font names with generic fallbacks, its sizes and margins for print.
#include <string>

#include "model/house_style.hpp"

namespace raadsstuk::html {

std::string css_colour(model::Color c);  // "#00436e"

// WCAG 2.1 contrast ratio of two colours, from 1 to 21.
double contrast_ratio(model::Color a, model::Color b);

// c itself when it has at least `minimum` contrast against white; otherwise c darkened towards black just
// enough to reach it (WCAG 2.1 AA asks 4.5:1 for text).
model::Color readable_on_white(model::Color c, double minimum = 4.5);

// CSS font-family for a house font: "LiberationSans-Regular.ttf" -> "\"Liberation Sans\", sans-serif".
std::string font_family(const model::FontFamily& font);

std::string house_css(const model::HouseStyle& style);

}  // namespace raadsstuk::html
