#include "layout/paragraph_words.hpp"

namespace raadsstuk::layout::detail {
namespace {

// White space is ASCII, and in UTF-8 an ASCII byte is always a character of its own (the bytes of a longer
// character are all 0x80 or above; an invalid byte decodes to U+FFFD, never to white space), so the text can
// be cut at these bytes without decoding it.
bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

void split_words(const Spans& spans, ParagraphWords& words) {
    words.text.clear();
    words.fragments.clear();
    words.tokens.clear();
    auto& tokens = words.tokens;
    auto last_is = [&](WordToken::Kind k) { return !tokens.empty() && tokens.back().kind == k; };
    for (const Span& span : spans) {
        if (span.hard_break) {
            while (last_is(WordToken::Kind::space)) tokens.pop_back();
            tokens.push_back(WordToken{WordToken::Kind::hard_break, false, 0, 0, &span.style});
            continue;
        }
        const std::string& t = span.text;
        for (std::size_t i = 0; i < t.size();) {
            if (is_space_byte(t[i])) {
                if (last_is(WordToken::Kind::word)) tokens.push_back(WordToken{WordToken::Kind::space, false, 0, 0, &span.style});
                ++i;
                continue;
            }
            std::size_t end = i + 1;
            while (end < t.size() && !is_space_byte(t[end])) ++end;
            if (!last_is(WordToken::Kind::word)) {
                const auto first = static_cast<std::uint32_t>(words.fragments.size());
                tokens.push_back(WordToken{WordToken::Kind::word, false, first, first, nullptr});
            }
            WordToken& word = tokens.back();
            // A word typed across spans of the same style is one fragment.
            const bool same_style = word.end_fragment > word.first_fragment &&
                                    (words.fragments.back().style == &span.style || *words.fragments.back().style == span.style);
            if (!same_style) {
                const auto at = static_cast<std::uint32_t>(words.text.size());
                words.fragments.push_back(WordFragment{at, at, &span.style});
                ++word.end_fragment;
            }
            words.text.append(t, i, end - i);
            words.fragments.back().end = static_cast<std::uint32_t>(words.text.size());
            i = end;
        }
    }
    while (last_is(WordToken::Kind::space)) tokens.pop_back();
    // The last word before the end of the paragraph or a hard break is never hyphenated.
    bool next_ends = true;
    for (std::size_t i = tokens.size(); i-- > 0;) {
        if (tokens[i].kind == WordToken::Kind::hard_break) next_ends = true;
        if (tokens[i].kind == WordToken::Kind::word) {
            tokens[i].last_word = next_ends;
            next_ends = false;
        }
    }
}

}  // namespace raadsstuk::layout::detail
