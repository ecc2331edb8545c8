#pragma once
// Test support: what a reader gets from the HTML (its text without tags and character references), the
// inner text of elements, and the in-order check.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <regex>
#include <string>
#include <vector>

#include "../cli/process.hpp"

namespace rs_test {

inline std::string unescape_html(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        bool replaced = false;
        for (const auto& [ref, c] : {std::pair<const char*, const char*>{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"},
                                     {"&quot;", "\""}, {"&#39;", "'"}}) {
            const std::string r = ref;
            if (s.compare(i, r.size(), r) == 0) {
                out += c;
                i += r.size();
                replaced = true;
                break;
            }
        }
        if (!replaced) out += s[i++];
    }
    return out;
}

// The text of an HTML fragment: inline tags vanish, other tags separate words; references decoded,
// white space normalised.
inline std::string text_of_html(const std::string& html) {
    static const std::regex inline_tag(R"(</?(strong|em|del|a|span)( [^>]*)?>)");
    static const std::regex any_tag(R"(<[^>]*>)");
    const std::string no_inline = std::regex_replace(html, inline_tag, "");
    return normalize_space(unescape_html(std::regex_replace(no_inline, any_tag, " ")));
}

// The visible part: the body, without the style sheet in the head.
inline std::string body_of(const std::string& html) {
    const auto begin = html.find("<body>");
    const auto end = html.find("</body>");
    if (begin == std::string::npos || end == std::string::npos) return {};
    return html.substr(begin, end - begin);
}

// The text inside every <tag ...>...</tag> (not nested in itself), in document order.
inline std::vector<std::string> element_texts(const std::string& html, const std::string& tag) {
    const std::regex element("<" + tag + R"((?: [^>]*)?>([\s\S]*?)</)" + tag + ">");
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), element); it != std::sregex_iterator(); ++it)
        out.push_back(text_of_html((*it)[1].str()));
    return out;
}

// Markdown text as it reads: a backslash before ASCII punctuation is an escape.
inline std::string markdown_unescape(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size() && std::ispunct(static_cast<unsigned char>(s[i + 1]))) ++i;
        out += s[i];
    }
    return out;
}

// The first element that is not closed in order ("</p> closes <li>", "<div> not closed"); empty when every
// element is closed where it should be. Void elements (br, img, meta, hr) have no end tag.
inline std::string first_unbalanced_tag(const std::string& html) {
    static const std::regex tag(R"(<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>)");
    static const std::vector<std::string> kVoid = {"br", "img", "meta", "hr", "link", "!DOCTYPE"};
    std::vector<std::string> open;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), tag); it != std::sregex_iterator(); ++it) {
        const std::string name = (*it)[2].str();
        if (std::find(kVoid.begin(), kVoid.end(), name) != kVoid.end()) continue;
        if ((*it)[1].str().empty()) {
            open.push_back(name);
        } else if (open.empty() || open.back() != name) {
            return "</" + name + "> closes <" + (open.empty() ? std::string("nothing") : open.back()) + ">";
        } else {
            open.pop_back();
        }
    }
    return open.empty() ? std::string() : "<" + open.back() + "> not closed";
}

inline std::size_t count_of(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (auto pos = haystack.find(needle); pos != std::string::npos; pos = haystack.find(needle, pos + needle.size())) ++n;
    return n;
}

// Every piece occurs in text, each after the one before it.
inline void check_in_order(const std::string& text, const std::vector<std::string>& pieces) {
    std::size_t pos = 0;
    for (const auto& piece : pieces) {
        INFO("looking for: " << piece);
        INFO("after: " << text.substr(pos, 200));
        const auto found = text.find(piece, pos);
        CHECK(found != std::string::npos);
        if (found != std::string::npos) pos = found + piece.size();
    }
}

}  // namespace rs_test
