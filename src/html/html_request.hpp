#pragma once
// The input of the HTML stage: the document tree of a letter (regions::parse_regions of its rendered
// Markdown) and the values to dress it with. Plain values; the stage reads no files.
#include <optional>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/house_style.hpp"
#include "regions/letter_blocks.hpp"

namespace raadsstuk::html {

struct HtmlRequest {
    std::vector<regions::Region> regions;  // the letter, region by region
    model::HouseStyle style;
    std::string gemeente_name;             // "Voorschoten": the letterhead
    std::optional<std::string> logo_png;   // the bytes of the house style's PNG logo, when it has one
    std::string title;                     // the onderwerp
    std::string author;                    // "Gemeente Voorschoten"
    std::string zaaknummer;
    std::string keywords;
    std::string kind_label;                // "Raadsinformatiebrief"
    std::optional<model::Date> date;       // the date of the letter
    std::string source_name;               // the data file as the user gave it, for diagnostics
};

}  // namespace raadsstuk::html
