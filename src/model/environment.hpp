#pragma once
// Everything the engine takes from outside the data: where templates and fonts are. Nothing reads the
// clock: dates come from the documents. Tests build their own Environment.
#include <filesystem>
#include <vector>

namespace raadsstuk::model {

struct Environment {
    std::filesystem::path templates_dir = "templates";
    std::vector<std::filesystem::path> font_dirs = {"/usr/share/fonts/truetype"};
};

}  // namespace raadsstuk::model
