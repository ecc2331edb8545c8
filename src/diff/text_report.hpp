#pragma once
// The diff for the terminal: the changed metadata, then per changed section a header and each changed
// paragraph with its unchanged words shortened to a few around the changes. Without colours deleted words
// are written [-so-] and inserted ones {+so+} (as `git diff --word-diff`); with colours deleted words are
// red and struck through, inserted ones green and underlined. An equal pair gives an empty text.
#include <cstddef>
#include <string>

#include "diff/document_diff.hpp"

namespace raadsstuk::diff {

struct TextReportOptions {
    bool colour = false;
    std::string old_name = "oud";
    std::string new_name = "nieuw";
    std::size_t context = 6;  // unchanged words kept on each side of a change
};

std::string text_report(const DocumentDiff& diff, const TextReportOptions& options);

// The pieces as one line of text: [-deleted-]{+inserted+} (or coloured), kBreak shown only where it is
// the whole change (a paragraph split or joined: ¶).
std::string inline_pieces(const Pieces& pieces, bool colour);

// A metadata change as pieces: the words of a single value, or the values themselves for lists.
Pieces metadata_pieces(const MetadataChange& change);

}  // namespace raadsstuk::diff
