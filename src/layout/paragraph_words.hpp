#pragma once
// The words of a paragraph, flat: the styled spans cut at white space into words, spaces and hard breaks,
// with every word's bytes in one buffer and its parts in one style (fragments) as ranges of it. Internal to
// set_paragraph, which reuses one ParagraphWords for every paragraph so that splitting allocates nothing
// once the buffers have grown.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "layout/letter_blocks.hpp"

namespace raadsstuk::layout::detail {

// A maximal part of a word in one style: bytes [begin, end) of ParagraphWords::text.
struct WordFragment {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    const SpanStyle* style = nullptr;  // the style of the span it was typed in (spans outlive the paragraph)
};

struct WordToken {
    enum class Kind : unsigned char { word, space, hard_break };
    Kind kind = Kind::word;
    bool last_word = false;            // word: the last before the end of the paragraph or a hard break
    std::uint32_t first_fragment = 0;  // word: fragments [first_fragment, end_fragment)
    std::uint32_t end_fragment = 0;
    const SpanStyle* style = nullptr;  // space: the style the space was typed in
};

struct ParagraphWords {
    std::string text;  // the bytes of all words, one after the other
    std::vector<WordFragment> fragments;
    std::vector<WordToken> tokens;  // no space at the start or end, or next to a hard break; spaces single

    // The bytes of a word.
    std::string_view word(const WordToken& t) const {
        const std::uint32_t begin = fragments[t.first_fragment].begin;
        return std::string_view(text).substr(begin, fragments[t.end_fragment - 1].end - begin);
    }
};

// Splits `spans` at white space (space, tab, newline, carriage return) into `words`, which is cleared first.
void split_words(const Spans& spans, ParagraphWords& words);

}  // namespace raadsstuk::layout::detail
