#pragma once
// The diff of two documents as a reviewer reads it: what changed in the metadata (datum, onderwerp,
// signatories, attachments, ...) and, section by section, which words of the text were deleted and which
// inserted. Sections are matched by region and heading; words are diffed within matched sections.
//
//   const diff::DocumentDiff d = diff::diff_documents(old_markdown, new_markdown);
//   if (!d.equal()) std::cout << diff::text_report(d, {});
#include <string>
#include <string_view>
#include <vector>

#include "diff/letter_text.hpp"
#include "diff/word_diff.hpp"

namespace raadsstuk::diff {

struct MetadataChange {
    std::string label;
    std::vector<std::string> old_values;  // empty when the field is new
    std::vector<std::string> new_values;  // empty when the field is gone
};

struct SectionDiff {
    std::string region;
    std::string old_heading, new_heading;  // equal unless the heading itself changed
    int heading_level = 0;
    Pieces heading;                        // word diff of the heading
    Pieces body;                           // word diff of the paragraphs; kLineBreak ends a line, kBreak a paragraph
    bool only_old = false;                 // the section is gone
    bool only_new = false;                 // the section is new
    bool changed() const { return has_changes(heading) || has_changes(body); }
};

struct DocumentDiff {
    std::vector<MetadataChange> metadata;  // only the fields that differ, in document order
    std::vector<SectionDiff> sections;     // every section of both documents, in reading order
    std::string subject;                   // the onderwerp of the new document (of the old when it has none)
    Pieces signatories;                    // "name, function" per signatory, old and new, for the redlines
    Pieces attachments;                    // the titles of the attachments, old and new
    bool equal() const;
};

DocumentDiff diff_documents(std::string_view old_markdown, std::string_view new_markdown);
DocumentDiff diff_letters(const LetterText& old_letter, const LetterText& new_letter);

// The tokens of a section's paragraphs: the words of each line, a line closed by kLineBreak, a paragraph by
// kBreak.
std::vector<std::string> paragraph_tokens(const std::vector<std::string>& paragraphs);

}  // namespace raadsstuk::diff
