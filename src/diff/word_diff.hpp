#pragma once
// A word-level diff: two sequences of tokens (words, and paragraph breaks) in, one sequence of pieces out,
// each piece equal, deleted or inserted. Longest common subsequence after trimming the common head and
// tail; ties are broken the same way every time, so the same inputs give the same diff.
#include <string>
#include <string_view>
#include <vector>

namespace raadsstuk::diff {

// The token that stands for the end of a paragraph (a blank line in the Markdown).
inline constexpr std::string_view kBreak = "\n";
// The token that stands for the end of a line inside a paragraph: the renderer writes one sentence per line.
inline constexpr std::string_view kLineBreak = "\v";

inline bool is_break(std::string_view token) { return token == kBreak || token == kLineBreak; }

enum class Change { equal, deleted, inserted };

struct Piece {
    Change change = Change::equal;
    std::string text;  // one word, or kBreak
    bool operator==(const Piece&) const = default;
};

using Pieces = std::vector<Piece>;

// The words of a text, split at white space.
std::vector<std::string> split_words(std::string_view text);

// The diff of two token sequences. A run of inserted (or deleted) tokens that can slide along equal
// tokens is moved so that it ends at a paragraph break where it can (else at a line break): an added
// paragraph is then one whole inserted paragraph, not the tail of one and the head of the next.
Pieces diff_words(const std::vector<std::string>& old_tokens, const std::vector<std::string>& new_tokens);

bool has_changes(const Pieces& pieces);

}  // namespace raadsstuk::diff
