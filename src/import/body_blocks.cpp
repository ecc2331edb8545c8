#include "import/body_blocks.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace raadsstuk::import {
namespace {

constexpr std::array<std::string_view, 6> kJoiningWords = {"en", "of", "tot", "noch", "als", "t/m"};

bool ends_sentence(std::string_view t) {
    while (!t.empty() && (t.back() == ')' || t.back() == '"' || t.back() == '\'')) t.remove_suffix(1);
    if (t.size() >= 3 && (t.substr(t.size() - 3) == "\xe2\x80\x99" || t.substr(t.size() - 3) == "\xe2\x80\x9d"))
        t.remove_suffix(3);  // ’ ”
    return !t.empty() && (t.back() == '.' || t.back() == '?' || t.back() == '!' || t.back() == ':' || t.back() == ';');
}

// "- x", "• x", "1. x", "a) x" -> the marker as the data file writes it ("- ", "1. ", "a. "), or empty.
std::string item_marker(const std::string& t, std::size_t& skip) {
    for (std::string_view bullet : {"- ", "\xe2\x80\xa2 ", "\xe2\x80\x93 ", "* ", "\xe2\x9e\xa2 ", "\xef\x82\xa7 "}) {
        if (t.compare(0, bullet.size(), bullet) == 0) {
            skip = bullet.size();
            return "- ";
        }
    }
    std::size_t i = 0;
    while (i < t.size() && i < 3 && std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
    if (i > 0 && i + 1 < t.size() && (t[i] == '.' || t[i] == ')') && t[i + 1] == ' ') {
        skip = i + 2;
        return t.substr(0, i) + ". ";
    }
    return {};
}

std::string first_word(const std::string& t) { return t.substr(0, t.find(' ')); }

bool starts_upper_or_digit(const std::string& w) {
    if (w.empty()) return false;
    const unsigned char c = static_cast<unsigned char>(w[0]);
    return std::isupper(c) || std::isdigit(c) || c >= 0xC0;  // non-ASCII: Ë, É...: treat as a name
}

bool is_letter_byte(char c) {
    const unsigned char u = static_cast<unsigned char>(c);
    return std::isalpha(u) || u >= 0x80;
}

// Extraction artifacts: a run of spaces inside a line (lost glyphs, "co  it ent"), a lone capital ("G").
void find_doubts(const TextLine& line, std::vector<Doubt>& doubts) {
    if (line.text.find("  ") != std::string::npos)
        doubts.push_back({line.number, "dubbele spatie midden in de regel: mogelijk ontbreken hier letters"});
    std::size_t i = 0;
    const std::string& t = line.text;
    while (i < t.size()) {
        while (i < t.size() && t[i] == ' ') ++i;
        const std::size_t s = i;
        while (i < t.size() && t[i] != ' ') ++i;
        if (i - s == 1 && std::isupper(static_cast<unsigned char>(t[s]))) {
            doubts.push_back({line.number, std::string("losse hoofdletter '") + t[s] + "': mogelijk ontbreken hier letters"});
            break;
        }
    }
}

std::string collapse_spaces(const std::string& t) {
    std::string out;
    for (char c : t)
        if (!(c == ' ' && !out.empty() && out.back() == ' ')) out += c;
    return out;
}

class Joiner {
public:
    explicit Joiner(const layout::Hyphenation* hyphenation) : hyphenation_(hyphenation) {}

    // `text` + `next`, joining a word broken at the end of `text`.
    std::string join(const std::string& text, const std::string& next, int line, std::vector<Doubt>& doubts) const {
        if (text.empty()) return next;
        const bool broken = text.size() >= 2 && text.back() == '-' && is_letter_byte(text[text.size() - 2]);
        if (!broken) return text + ' ' + next;
        const std::string word = first_word(next);
        if (starts_upper_or_digit(word)) return text + next;  // Leidschendam-Voorburg
        for (auto w : kJoiningWords)
            if (word == w) return text + ' ' + next;  // uit- en toetreding
        const std::size_t stem_start = text.rfind(' ') == std::string::npos ? 0 : text.rfind(' ') + 1;
        const std::string stem = text.substr(stem_start, text.size() - 1 - stem_start);
        if (hyphenation_) {
            const std::string joined = stem + word;
            const auto points = hyphenation_->points(joined);
            if (std::find(points.begin(), points.end(), stem.size()) != points.end())
                return text.substr(0, text.size() - 1) + next;
        }
        doubts.push_back({line, "afgebroken woord '" + stem + "-" + word + "': het afbreekstreepje is blijven staan"});
        return text + next;
    }

private:
    const layout::Hyphenation* hyphenation_;
};

}  // namespace

std::vector<BodyBlock> body_blocks(const std::vector<TextLine>& lines, const layout::Hyphenation* hyphenation) {
    std::vector<std::size_t> lengths;
    for (const auto& l : lines)
        if (!l.blank()) lengths.push_back(char_count(l.text));
    std::sort(lengths.begin(), lengths.end());
    const double full = lengths.empty() ? 80.0
                                        : std::max<double>(40.0, static_cast<double>(lengths[lengths.size() * 9 / 10]));
    const Joiner joiner(hyphenation);

    std::vector<BodyBlock> blocks;
    BodyBlock current;
    std::string item;      // the list item being read
    bool in_list = false;
    auto close_item = [&] {
        if (item.empty()) return;
        current.text += (current.text.empty() ? "" : "\n") + item;
        item.clear();
    };
    auto close_block = [&] {
        close_item();
        if (!current.text.empty()) blocks.push_back(std::move(current));
        current = BodyBlock{};
        in_list = false;
    };

    for (std::size_t i = 0; i < lines.size(); ++i) {
        const TextLine& line = lines[i];
        if (line.blank()) continue;
        std::size_t next = i + 1;
        bool blank_after = false;
        while (next < lines.size() && lines[next].blank()) {
            blank_after = true;
            ++next;
        }
        const bool next_indented = next < lines.size() && lines[next].indented;
        find_doubts(line, current.doubts);
        const std::string text = collapse_spaces(line.text);

        std::size_t skip = 0;
        const std::string marker = item_marker(text, skip);
        if (!marker.empty()) {
            if (!in_list) close_block();
            close_item();
            in_list = true;
            if (current.first_line == 0) current.first_line = line.number;
            item = marker + text.substr(skip);
        } else if (in_list && !item.empty()) {
            item = joiner.join(item, text, line.number, current.doubts);
        } else {
            if (in_list) close_block();
            if (current.first_line == 0) current.first_line = line.number;
            current.text = joiner.join(current.text, text, line.number, current.doubts);
        }

        const std::string& so_far = in_list ? item : current.text;
        const bool shorter = static_cast<double>(char_count(line.text)) < 0.92 * full;
        const bool sentence_end = ends_sentence(text);
        bool question_heading = false;
        if (!in_list && !so_far.empty() && so_far.back() == '?' && char_count(so_far) < 250) {
            const std::string inner = so_far.substr(0, so_far.size() - 1);
            question_heading = inner.find(". ") == std::string::npos && inner.find("? ") == std::string::npos &&
                               inner.find("! ") == std::string::npos;
        }
        if (question_heading) {
            current.text = "## " + current.text;
            close_block();
        } else if (sentence_end && (blank_after || shorter || next_indented)) {
            if (in_list) {
                close_item();
                std::size_t s = 0;
                if (next >= lines.size() || item_marker(collapse_spaces(lines[next].text), s).empty()) close_block();
            } else {
                close_block();
            }
        }
    }
    close_block();
    return blocks;
}

}  // namespace raadsstuk::import
