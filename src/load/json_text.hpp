#pragma once
// Internal to the load stage: JSON text to a JSON value, with syntax errors as Dutch diagnostics.
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "diag/diagnostic.hpp"

namespace raadsstuk::load::detail {

// Parses the text of a data file. A UTF-8 byte-order mark is skipped. A syntax error (invalid UTF-8 in a
// string included) is RS002 at line:column (in characters, the mark not counted) and gives nothing; a key
// that appears twice in one object is RS014 at its pointer, and the value (last one wins) is still given
// so that the rest of the file is checked too.
// The deepest nesting of arrays and objects a data file may have (real files need fewer than ten levels);
// deeper is RS016 at the line:column of the bracket that goes too deep, before anything is parsed.
inline constexpr std::size_t kMaxJsonDepth = 100;

std::optional<nlohmann::json> parse_json(std::string_view text, const std::string& file_name,
                                         diag::Diagnostics& out);

// 1-based line and column (in code points) of a byte offset in text.
struct LineColumn {
    int line = 1;
    int column = 1;
};
LineColumn line_column(std::string_view text, std::size_t offset);

}  // namespace raadsstuk::load::detail
