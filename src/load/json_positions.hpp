#pragma once
// Where things are in the text of a JSON data file: the line and column of the value at a JSON pointer, and
// of a byte inside a string value, counting escapes as they are written ("\n", "\"", "\u00eb"). The checks
// use it to point into a text ("file:12:87") and to sort diagnostics by their place in the file.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace raadsstuk::load {

struct TextPosition {
    int line = 1;    // 1-based
    int column = 1;  // 1-based, in code points, as an editor counts
    auto operator<=>(const TextPosition&) const = default;
};

class JsonPositions {
public:
    // The text of a data file (a UTF-8 byte-order mark is skipped, as the loader does); it must outlive this
    // object. It is indexed on the first question, so that files nobody asks about cost nothing. Text that
    // is not valid JSON is indexed up to the first fault.
    explicit JsonPositions(std::string_view json_text);

    // Where the value at `pointer` starts (RFC 6901, "" = the whole file); for a pointer that names nothing
    // (a missing field), where its nearest enclosing value starts.
    TextPosition value(std::string_view pointer) const;

    // Where byte `offset` of the decoded string at `pointer` was written (inside the quotes), or nothing when
    // `pointer` names no string. An offset past the end gives the closing quote.
    std::optional<TextPosition> in_string(std::string_view pointer, std::size_t offset) const;

    // Line and column of a byte of the text.
    TextPosition at(std::size_t byte) const;

private:
    void index() const;

    std::string_view text_;
    mutable bool indexed_ = false;
    mutable std::unordered_map<std::string, std::size_t> starts_;  // pointer -> first byte of the value
    mutable std::vector<std::size_t> line_starts_;
};

}  // namespace raadsstuk::load
