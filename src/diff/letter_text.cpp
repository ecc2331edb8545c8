#include "diff/letter_text.hpp"

#include <algorithm>
#include <cctype>
#include <map>

namespace raadsstuk::diff {
namespace {

std::string trim(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return std::string(s.substr(b, e - b));
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// "<!-- raadsstuk:NAME -->" -> NAME, or empty.
std::string region_marker(std::string_view line) {
    const std::string t = trim(line);
    constexpr std::string_view open = "<!-- raadsstuk:", close = " -->";
    if (!starts_with(t, open) || t.size() < open.size() + close.size() ||
        t.compare(t.size() - close.size(), close.size(), close) != 0)
        return {};
    return trim(std::string_view(t).substr(open.size(), t.size() - open.size() - close.size()));
}

// "## Kop" -> level 2 and "Kop"; level 0 when the line is no ATX heading.
int heading_level(std::string_view line, std::string& text) {
    std::size_t n = 0;
    while (n < line.size() && line[n] == '#') ++n;
    if (n == 0 || n > 6 || (n < line.size() && line[n] != ' ')) return 0;
    text = trim(line.substr(n));
    return static_cast<int>(n);
}

bool is_table_line(std::string_view t) { return !t.empty() && t.front() == '|'; }

bool is_table_separator(std::string_view t) {
    for (char c : t)
        if (c != '|' && c != '-' && c != ':' && c != ' ') return false;
    return t.find('-') != std::string_view::npos;
}

// The cells of "| a | b |", unescaped and trimmed.
std::vector<std::string> table_cells(std::string_view t) {
    std::vector<std::string> cells;
    std::string cell;
    bool escaped = false;
    for (std::size_t i = 1; i < t.size(); ++i) {
        const char c = t[i];
        if (!escaped && c == '|') {
            cells.push_back(trim(unescape_markdown(cell)));
            cell.clear();
        } else {
            escaped = !escaped && c == '\\';
            cell += c;
        }
    }
    if (!trim(cell).empty()) cells.push_back(trim(unescape_markdown(cell)));
    return cells;
}

// "- **Datum:** 21 mei 2021" -> ("Datum", "21 mei 2021").
bool form_row(std::string_view t, std::string& label, std::string& value) {
    if (!starts_with(t, "- **")) return false;
    const std::size_t end = t.find(":**", 4);
    if (end == std::string_view::npos) return false;
    label = unescape_markdown(t.substr(4, end - 4));
    value = trim(unescape_markdown(t.substr(end + 3)));
    return true;
}

MetadataField& field(LetterText& letter, const std::string& label) {
    for (auto& f : letter.metadata)
        if (f.label == label) return f;
    letter.metadata.push_back({label, {}});
    return letter.metadata.back();
}

// A list item "1. titel" -> "titel".
std::string without_number(const std::string& t) {
    std::size_t i = 0;
    while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
    if (i > 0 && i + 1 < t.size() && (t[i] == '.' || t[i] == ')') && t[i + 1] == ' ') return trim(t.substr(i + 2));
    return t;
}

// "- x", "* x", "+ x", "1. x", "1) x"
bool starts_list_item(std::string_view t) {
    if (t.size() >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ') return true;
    std::size_t i = 0;
    while (i < t.size() && i < 9 && std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
    return i > 0 && i + 1 < t.size() && (t[i] == '.' || t[i] == ')') && t[i + 1] == ' ';
}

}  // namespace

std::string unescape_markdown(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && std::ispunct(static_cast<unsigned char>(text[i + 1]))) {
            out += text[++i];
        } else {
            out += text[i];
        }
    }
    return out;
}

LetterText read_letter(std::string_view markdown) {
    LetterText letter;
    std::string region = "tekst";  // content before the first marker counts as tekst (docs/layout.md)
    std::vector<std::vector<std::string>> table;  // rows of the signatory table
    auto flush_signatories = [&] {
        if (table.empty()) return;
        MetadataField& f = field(letter, "Ondertekening");
        std::size_t columns = 0;
        for (const auto& row : table) columns = std::max(columns, row.size());
        for (std::size_t c = 0; c < columns; ++c) {
            std::string value;
            for (const auto& row : table)
                if (c < row.size() && !row[c].empty()) value += (value.empty() ? "" : ", ") + row[c];
            if (!value.empty()) f.values.push_back(value);
        }
        table.clear();
    };
    auto section = [&]() -> Section& {
        if (letter.sections.empty() || letter.sections.back().region != region)
            letter.sections.push_back({region, "", 0, {}});
        return letter.sections.back();
    };
    bool open = false;  // the last paragraph of the section goes on with the next line
    // A raadsvoorstel has two forms (proposal and decision) that repeat rows: a value a row already has
    // from an earlier form is not added again.
    int form = 0;
    std::map<std::string, int> first_form;
    auto add_row_value = [&](const std::string& label, const std::string& value) {
        MetadataField& f = field(letter, label);
        const auto [it, inserted] = first_form.emplace(label, form);
        if (!inserted && it->second != form && std::find(f.values.begin(), f.values.end(), value) != f.values.end())
            return;
        f.values.push_back(value);
    };

    std::size_t pos = 0;
    while (pos <= markdown.size()) {
        std::size_t eol = markdown.find('\n', pos);
        if (eol == std::string_view::npos) eol = markdown.size();
        const std::string_view raw = markdown.substr(pos, eol - pos);
        pos = eol + 1;
        std::string t = trim(raw);
        if (t.empty()) {
            open = false;
            continue;
        }
        if (const std::string name = region_marker(t); !name.empty()) {
            flush_signatories();
            region = name;
            open = false;
            if (name == "kenmerken") ++form;
            continue;
        }
        const bool hard_break = t.back() == '\\';
        if (hard_break) t = trim(std::string_view(t).substr(0, t.size() - 1));
        std::string heading;
        const int level = heading_level(t, heading);

        if (region == "kenmerken") {
            std::string label, value;
            if (level > 0) {
                add_row_value("Titel", unescape_markdown(heading));
            } else if (form_row(t, label, value)) {
                field(letter, label);
                if (!value.empty()) add_row_value(label, value);
            } else if (!letter.metadata.empty() && raw.size() > 0 && raw.front() == ' ') {
                letter.metadata.back().values.push_back(unescape_markdown(t));  // a further line of the row
            } else {
                field(letter, "Titel").values.push_back(unescape_markdown(t));
            }
            continue;
        }
        if (region == "ondertekening") {
            if (is_table_line(t) && !is_table_separator(t)) table.push_back(table_cells(t));
            continue;
        }
        if (region == "bijlagen") {
            if (level == 0) field(letter, "Bijlagen").values.push_back(without_number(unescape_markdown(t)));
            continue;
        }
        if (level > 0) {
            letter.sections.push_back({region, unescape_markdown(heading), level, {}});
            open = false;
            continue;
        }
        if (is_table_line(t)) {
            open = false;
            if (is_table_separator(t)) continue;
            std::string row;
            for (const auto& cell : table_cells(t)) row += (row.empty() ? "" : " | ") + cell;
            section().paragraphs.push_back(row);
            continue;
        }
        Section& s = section();
        if (open && !starts_list_item(t) && !s.paragraphs.empty()) s.paragraphs.back() += "\n" + unescape_markdown(t);
        else s.paragraphs.push_back(unescape_markdown(t));
        open = !hard_break;
    }
    flush_signatories();
    return letter;
}

}  // namespace raadsstuk::diff
