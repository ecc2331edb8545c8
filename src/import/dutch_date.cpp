#include "import/dutch_date.hpp"

#include <string>
#include <vector>

#include "format/dutch.hpp"
#include "import/text_lines.hpp"

namespace raadsstuk::import {
namespace {


std::optional<int> number(std::string_view s, std::size_t min_len, std::size_t max_len) {
    if (s.size() < min_len || s.size() > max_len) return std::nullopt;
    int n = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + (c - '0');
    }
    return n;
}

std::optional<model::Date> make(std::optional<int> y, std::optional<int> m, std::optional<int> d) {
    if (!y || !m || !d || !model::is_valid_date(*y, *m, *d)) return std::nullopt;
    return model::Date{*y, *m, *d};
}

}  // namespace

std::optional<model::Date> parse_dutch_date(std::string_view text) {
    std::string t = ascii_lower(text);
    while (!t.empty() && (t.back() == '.' || t.back() == ',' || t.back() == ' ')) t.pop_back();
    if (const auto iso = model::parse_iso_date(t)) return iso;
    std::vector<std::string> words;
    for (std::size_t i = 0; i < t.size();) {
        while (i < t.size() && t[i] == ' ') ++i;
        const std::size_t s = i;
        while (i < t.size() && t[i] != ' ') ++i;
        if (i > s) words.push_back(t.substr(s, i - s));
    }
    if (!words.empty()) {
        std::string first = words.front();
        if (!first.empty() && first.back() == ',') first.pop_back();
        for (int d = 0; d < 7; ++d)
            if (first == format::weekday_name(d)) {
                words.erase(words.begin());
                break;
            }
    }
    if (words.size() == 3) {
        for (int m = 1; m <= 12; ++m)
            if (words[1] == format::month_name(m)) return make(number(words[2], 4, 4), m, number(words[0], 1, 2));
        return std::nullopt;
    }
    if (words.size() == 1) {  // 21-05-2021
        const std::string& w = words[0];
        const auto a = w.find('-'), b = w.rfind('-');
        if (a == std::string::npos || a == b) return std::nullopt;
        return make(number(std::string_view(w).substr(b + 1), 4, 4), number(std::string_view(w).substr(a + 1, b - a - 1), 1, 2),
                    number(std::string_view(w).substr(0, a), 1, 2));
    }
    return std::nullopt;
}

}  // namespace raadsstuk::import
