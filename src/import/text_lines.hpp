#pragma once
// The plain text of a letter (as PDF extraction gives it) as numbered lines.
#include <string>
#include <string_view>
#include <vector>

namespace raadsstuk::import {

struct TextLine {
    int number = 0;            // 1-based line in the file
    std::string text;          // without leading and trailing white space; tabs and form feeds as spaces
    bool indented = false;     // the line started with white space (extraction puts it at some block starts)
    bool page_start = false;   // a form feed (pdftotext's page break) came before its text
    bool blank() const { return text.empty(); }
};

std::vector<TextLine> read_lines(std::string_view text);

// The number of characters (code points) of a UTF-8 text.
std::size_t char_count(std::string_view text);

// Lower case for ASCII letters only (Dutch labels and functions are ASCII).
std::string ascii_lower(std::string_view text);

}  // namespace raadsstuk::import
