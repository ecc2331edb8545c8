#pragma once
// The body of a letter is Markdown written by people (JSON "tekst": one block per array element). Before it
// goes into a template it is made safe (no raw HTML) and diff-friendly (one sentence per line). Neither step
// changes what the Markdown renders as.
#include <string>
#include <string_view>

namespace raadsstuk::render {

// Escapes every '<' that could start raw HTML (a tag, comment, processing instruction, declaration) or an
// autolink: '<' followed by a letter, '/', '!' or '?'. Code spans and fenced code are left alone (a block
// that is entirely indented code is left alone by prepare_body_block); an already escaped "\<" stays as it is.
// So "<script>" and a fake "<!-- raadsstuk:slot -->" render as text.
std::string neutralise_html(std::string_view markdown);

// One sentence per line, for one line of paragraph text: breaks after '.', '?' or '!' (optionally followed by
// a closing bracket, quote or emphasis) and spaces, when the next word starts with an upper-case letter or a
// digit. Not after a known Dutch abbreviation ("jl.", "bijv.", "drs.", "nr.", ...), single letters with dots
// ("A. R. de Graaf", "a.s.", "m.b.t.", "J.P."), and never where the new line would start an ordered list
// ("1. "). `continuation_indent` starts each new line (to stay inside a list item).
std::string break_sentences(std::string_view line, std::string_view continuation_indent = {});

// Whether `token` (the word before a '.', without the '.') is an abbreviation after which a sentence
// does not end: "jl", "bijv", "o.a", "A", "J.P", ...
bool is_abbreviation(std::string_view token);

// Prepares one body block: neutralise_html, then break_sentences in paragraph and list-item lines (not in
// headings, tables, block quotes or code), trailing spaces removed (two or more at the end of a line inside
// a paragraph, a hard line break, become a backslash), leading and trailing blank lines removed, runs of blank
// lines collapsed, control characters other than tab dropped.
std::string prepare_body_block(std::string_view block);

// The whole document: no trailing white space on any line, no blank lines at the start, no run of more than
// one blank line, exactly one newline at the end.
std::string normalise_markdown(std::string_view markdown);

}  // namespace raadsstuk::render
