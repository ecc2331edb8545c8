#include "import/signatory_lines.hpp"

#include <array>
#include <optional>

namespace raadsstuk::import {
namespace {

// Longest first, so that "loco-burgemeester" is not read as "burgemeester".
constexpr std::array<std::string_view, 7> kFunctions = {"plaatsvervangend griffier", "loco-gemeentesecretaris",
                                                        "loco-burgemeester",         "gemeentesecretaris",
                                                        "burgemeester",              "wethouder",
                                                        "griffier"};

std::string trim_commas(std::string s) {
    while (!s.empty() && (s.back() == ',' || s.back() == ' ')) s.pop_back();
    std::size_t b = 0;
    while (b < s.size() && s[b] == ' ') ++b;
    return s.substr(b);
}

// The functions a line consists of, or nothing when it holds anything else.
std::optional<std::vector<std::string>> functions_of(const std::string& line) {
    const std::string l = ascii_lower(line);
    std::vector<std::string> found;
    std::size_t i = 0;
    while (i < l.size()) {
        while (i < l.size() && (l[i] == ' ' || l[i] == ',')) ++i;
        if (i >= l.size()) break;
        bool matched = false;
        for (auto f : kFunctions) {
            if (l.compare(i, f.size(), f) == 0 && (i + f.size() == l.size() || l[i + f.size()] == ' ' || l[i + f.size()] == ',')) {
                found.emplace_back(f);
                i += f.size();
                matched = true;
                break;
            }
        }
        if (!matched) return std::nullopt;
    }
    if (found.empty()) return std::nullopt;
    return found;
}

// "A. R. de Graaf, drs. N. Stemerdink," -> the names; also split at runs of spaces (columns).
std::vector<std::string> names_of(const std::string& line) {
    std::vector<std::string> names;
    std::string current;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const bool column_gap = line[i] == ' ' && i + 1 < line.size() && line[i + 1] == ' ';
        if (line[i] == ',' || column_gap) {
            if (!trim_commas(current).empty()) names.push_back(trim_commas(current));
            current.clear();
            while (column_gap && i + 1 < line.size() && line[i + 1] == ' ') ++i;
        } else {
            current += line[i];
        }
    }
    if (!trim_commas(current).empty()) names.push_back(trim_commas(current));
    return names;
}

}  // namespace

SignatureBlock read_signatures(const std::vector<TextLine>& lines) {
    SignatureBlock block;
    std::vector<std::string> names, functions;
    int first_line = 0;
    for (const auto& l : lines) {
        if (first_line == 0) first_line = l.number;
        if (const auto fs = functions_of(l.text)) {
            functions.insert(functions.end(), fs->begin(), fs->end());
            continue;
        }
        // "A. R. de Graaf, gemeentesecretaris": a name and its function on one line
        const auto parts = names_of(l.text);
        if (parts.size() == 2 && functions_of(parts[1]) && functions_of(parts[1])->size() == 1) {
            names.push_back(parts[0]);
            functions.push_back(functions_of(parts[1])->front());
            continue;
        }
        names.insert(names.end(), parts.begin(), parts.end());
    }
    if (names.size() != functions.size() && !names.empty())
        block.doubts.push_back({first_line, std::to_string(names.size()) + " namen maar " +
                                                std::to_string(functions.size()) +
                                                " functies onder het slot: controleer de ondertekening"});
    for (std::size_t i = 0; i < names.size(); ++i)
        block.signatories.push_back({names[i], i < functions.size() ? functions[i] : std::string(kUnknown)});
    return block;
}

}  // namespace raadsstuk::import
