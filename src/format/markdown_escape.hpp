#pragma once
// Escaping of plain text for CommonMark/GFM, so that a value from the data is printed literally wherever a
// template puts it: in a paragraph, at the start of a line, in a list item or in a table cell.
#include <string>
#include <string_view>

namespace raadsstuk::format {

// Returns `text` as Markdown that renders as exactly `text` (up to whitespace, see below).
//
// Whitespace: a run of white space that contains a line break becomes one space (a value is one line of
// Markdown); a tab becomes a space; other control characters are dropped; leading and trailing spaces are
// removed (they would otherwise start a code block or make a hard line break).
//
// Escaped with a backslash, everywhere:   \ ` [ ] < | ~ { }
//   '|' so that a value is safe in a GFM table cell, '<' so that no HTML tag or comment (and no fake
//   "<!-- raadsstuk:... -->" region marker) can be injected, '{' '}' so that "{{x}}" in a value can never
//   look like a template tag to anyone or anything that reads the output.
// Escaped only where they can start markup:
//   '*'  unless it stands between two spaces ("5 * 3");
//   '_'  unless it stands between two letters/digits ("snake_case") or between two spaces;
//   '&'  only when it starts an entity reference ("&amp;", "&#123;"), not in "W&I";
//   '#' '>' '-' '+' '='  only as the first character (heading, block quote, list item, thematic break, setext);
//   '.' or ')'  only after a leading number followed by a space or the end ("1. januari" -> "1\. januari"),
//   which would start an ordered list.
// Other characters ('.', '!', '(', ')', ':', quotes, non-ASCII) are left alone. GFM may still turn a bare
// "https://..." or "www...." into a link; the text stays the same.
std::string escape_markdown_text(std::string_view text);

}  // namespace raadsstuk::format
