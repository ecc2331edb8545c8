#pragma once
// The rendered Markdown of a document read back as a reviewer sees it: its metadata (the rows of the
// kenmerken form, the signatories, the attachments) and its text in sections. A section starts at a region
// marker (<!-- raadsstuk:NAME -->, docs/templates.md) and at each heading. A paragraph is a Markdown
// paragraph (lines up to a blank line; the renderer writes one sentence per line), a list item with its
// continuation lines, a table row, or a line ending in a hard break.
#include <string>
#include <string_view>
#include <vector>

namespace raadsstuk::diff {

struct MetadataField {
    std::string label;                // "Datum", "Onderwerp", "Ondertekening", "Bijlagen", ...
    std::vector<std::string> values;  // one for a row; one per signatory or attachment
    bool operator==(const MetadataField&) const = default;
};

struct Section {
    std::string region;                   // "tekst", "slot", "voet", "status", ...
    std::string heading;                  // empty for the part of a region before its first heading
    int heading_level = 0;
    std::vector<std::string> paragraphs;  // its lines joined by '\n'; Markdown escapes removed; items keep "- "
};

struct LetterText {
    std::vector<MetadataField> metadata;  // in the order of the document
    std::vector<Section> sections;
};

LetterText read_letter(std::string_view markdown);

// "Werk\&Inkomen" -> "Werk&Inkomen": a backslash before ASCII punctuation removed.
std::string unescape_markdown(std::string_view text);

}  // namespace raadsstuk::diff
