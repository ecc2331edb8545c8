#pragma once
// The input of the layout stage: the rendered Markdown of a letter and the values to dress it with.
#include <filesystem>
#include <string>

#include "layout/document_info.hpp"
#include "model/house_style.hpp"

namespace raadsstuk::layout {

struct LayoutRequest {
    std::string markdown;             // the rendered letter, with <!-- raadsstuk:NAME --> region markers
    model::HouseStyle style;
    std::string gemeente_name;        // "Voorschoten": printed large in the letterhead
    std::filesystem::path style_dir;  // the directory that style.logo is relative to
    DocumentInfo info;
    std::string source_name;          // the data file as the user gave it, for diagnostics
    std::string style_source;         // the gemeente file the style comes from: where RS402/RS404 point
};

}  // namespace raadsstuk::layout
