#pragma once
// The house style of a gemeente: data, not template code. Lengths are in millimetres, font sizes in points.
#include <optional>
#include <string>
#include <vector>

namespace raadsstuk::model {

struct Color {
    unsigned char r = 0, g = 0, b = 0;
    bool operator==(const Color&) const = default;
};

struct FontFamily {
    // File names of TrueType fonts, looked up in the font directories of the Environment
    // (e.g. "LiberationSans-Regular.ttf"). JSON: lettertype.{regulier, vet, cursief, vetcursief}.
    std::string regular;
    std::string bold;
    std::string italic;
    std::string bold_italic;
};

struct HouseStyle {
    // JSON: versie (optional, default 1). A gemeente's house style changes by a new version; the older ones
    // stay in the gemeente file (eerdere_huisstijlen) so that a document that records its version
    // (huisstijlversie) is laid out as it was issued.
    int version = 1;
    std::string pointer = "/huisstijl";      // where it stands in the gemeente file ("/eerdere_huisstijlen/0")
    FontFamily font;                         // JSON: lettertype
    std::string fallback_font = "DejaVuSans.ttf";  // JSON: lettertype.terugval; for glyphs the house font lacks
    double body_size = 10.0;                 // JSON: grootte.tekst
    double heading_size = 12.0;              // JSON: grootte.kop
    double small_size = 8.0;                 // JSON: grootte.klein (metadata labels, footer)
    double line_height = 1.35;               // JSON: regelafstand (multiple of the font size)
    double margin_top = 25, margin_bottom = 25, margin_left = 25, margin_right = 20;  // JSON: marges.{boven,...}
    Color text{0, 0, 0};                     // JSON: kleuren.tekst ("#rrggbb")
    Color primary{0, 0, 0};                  // JSON: kleuren.primair (letterhead, headings)
    Color accent{128, 128, 128};             // JSON: kleuren.accent (rules, light header)
    std::vector<std::string> letterhead;     // JSON: briefhoofd (lines printed in the letterhead)
    std::optional<std::string> logo;         // JSON: logo, PNG path relative to the gemeente file
};

}  // namespace raadsstuk::model
