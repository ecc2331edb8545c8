#pragma once
// Everything the engine takes from outside the data: where templates, fonts and hyphenation patterns are. Nothing reads the
// clock: dates come from the documents. Tests build their own Environment.
#include <filesystem>
#include <vector>

namespace raadsstuk::model {

struct Environment {
    std::filesystem::path templates_dir = "templates";
    std::vector<std::filesystem::path> font_dirs = {"/usr/share/fonts/truetype"};
    // Dutch hyphenation patterns (Debian package hyphen-nl); without them text is set without hyphenation.
    std::filesystem::path hyphenation_dictionary = "/usr/share/hyphen/hyph_nl_NL.dic";
};

}  // namespace raadsstuk::model
