#pragma once
// The metadata form of a letter as the tree holds it: a bullet list whose items each start with a bold
// label ending in ':' ("- **Zaaknummer:** Z-22-61520"). The value is the rest of that paragraph and any
// further blocks of the item (a nested list of bijlagen or beslispunten, or a nested form: "Relatie met").
#include <optional>
#include <string>
#include <vector>

#include "regions/letter_blocks.hpp"

namespace raadsstuk::regions {

struct FormRow {
    std::string label;         // without the colon
    std::vector<Block> value;  // the rest of the label's paragraph, then the item's other blocks
};

// A list item "**Label:** value" -> its label and value; nothing for any other item.
std::optional<FormRow> as_form_row(const std::vector<Block>& item);

// A bullet list whose items are all form rows, as rows; nothing for any other block.
std::optional<std::vector<FormRow>> as_form(const Block& b);

}  // namespace raadsstuk::regions
