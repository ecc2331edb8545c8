#pragma once
// What the golden tests share: reading reference sentences, the text of generated Markdown and PDF, and the
// in-order check.
#include <catch2/catch.hpp>

#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <cmark-gfm.h>

#include "process.hpp"

namespace rs_test {

namespace fs = std::filesystem;

// One line of reference text as sentences: split after . ? ! followed by a space and an upper-case letter (so
// "8 maart jl. (Z-21-...)" and "A. R. de Graaf" stay whole), whitespace normalised.
inline std::vector<std::string> split_sentences(const std::string& line) {
    std::vector<std::string> out;
    std::string current;
    for (std::size_t i = 0; i < line.size(); ++i) {
        current += line[i];
        const char c = line[i];
        const bool end = (c == '.' || c == '?' || c == '!') && i + 2 < line.size() && line[i + 1] == ' ' &&
                         std::isupper(static_cast<unsigned char>(line[i + 2]));
        if (end) {
            out.push_back(normalize_space(current));
            current.clear();
        }
    }
    if (!normalize_space(current).empty()) out.push_back(normalize_space(current));
    return out;
}

inline std::string markdown_as_plain_text(const std::string& markdown) {
    cmark_node* doc = cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT);
    char* text = cmark_render_plaintext(doc, CMARK_OPT_DEFAULT, 0);
    std::string out(text);
    free(text);
    cmark_node_free(doc);
    return out;
}

// pdftotext output without the running parts: "pagina X van Y" and the light header of pages 2 and on.
inline std::string pdf_body_text(const fs::path& pdf) {
    const std::string text = pdftotext(pdf);
    std::vector<std::string> pages;
    std::size_t start = 0;
    for (std::size_t ff; (ff = text.find('\f', start)) != std::string::npos; start = ff + 1)
        pages.push_back(text.substr(start, ff - start));
    pages.push_back(text.substr(start));
    static const std::regex pagina(R"(^\s*pagina \d+ van \d+\s*$)");
    std::string header;
    std::string out;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        std::istringstream in(pages[p]);
        std::string line;
        bool first = true;
        while (std::getline(in, line)) {
            if (std::regex_match(line, pagina)) continue;
            if (normalize_space(line).empty()) {
                out += '\n';
                continue;
            }
            if (p >= 1 && first) {
                first = false;
                if (p == 1) header = line;
                if (line == header) continue;
            }
            first = false;
            out += line + '\n';
        }
    }
    return out;
}

// Every sentence occurs in text after the previous one; reports the first that does not.
inline void require_sentences_in_order(const std::vector<std::string>& sentences, const std::string& raw_text) {
    const std::string text = normalize_space(raw_text);
    std::size_t pos = 0;
    for (const auto& s : sentences) {
        const std::size_t found = text.find(s, pos);
        INFO("missing or out of order: \"" << s << "\"");
        INFO("text from there on: \"" << text.substr(pos, 300) << "\"");
        REQUIRE(found != std::string::npos);
        pos = found + s.size();
    }
}

}  // namespace rs_test
