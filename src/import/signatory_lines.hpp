#pragma once
// The signatories under a letter. Side by side in the PDF, they come out of extraction as a line of names
// and a line of functions ("A. R. de Graaf, drs. N. Stemerdink," / "gemeentesecretaris burgemeester"),
// or one signatory per line ("A. R. de Graaf, gemeentesecretaris"). Functions are those of docs/data.md.
#include <vector>

#include "import/body_blocks.hpp"
#include "import/letter_import.hpp"
#include "import/text_lines.hpp"

namespace raadsstuk::import {

struct SignatureBlock {
    std::vector<ImportedSignatory> signatories;  // in order; function ONBEKEND when it could not be read
    std::vector<Doubt> doubts;
};

SignatureBlock read_signatures(const std::vector<TextLine>& lines);

}  // namespace raadsstuk::import
