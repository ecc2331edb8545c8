#pragma once
// The redline as one self-contained HTML page (lang="nl", no external files): the changed metadata in a
// box on top, then the whole text of the new document with the deleted words struck through in red
// (<del>) and the inserted ones underlined in green (<ins>), unchanged text as in the letter.
#include <string>

#include "diff/document_diff.hpp"

namespace raadsstuk::diff {

struct RedlineNames {
    std::string old_name;  // as the user gave them
    std::string new_name;
};

std::string html_redline(const DocumentDiff& diff, const RedlineNames& names);

}  // namespace raadsstuk::diff
