#pragma once
// The imported letter as the JSON of a data file (data/documenten/<jaar>/<naam>.json, docs/data.md), fields
// in the order of the format, two-space indentation, UTF-8 as is, ending in a newline: the same letter
// gives the same bytes. "_import" lists what is unknown, uncertain and left out; the loader refuses the
// field, so a draft cannot be built before someone has looked at it and removed it.
#include <string>

#include "import/letter_import.hpp"

namespace raadsstuk::import {

std::string draft_json(const ImportedLetter& letter, const std::string& source_name);

}  // namespace raadsstuk::import
