// Golden test against the reference letters: the data files in data/ that model two real letters are built,
// and every sentence of the cleaned reference text (tests/cli/reference/) must come back, in order, from the
// generated Markdown (as plain text) and from pdftotext of the generated PDF.
#include <catch2/catch.hpp>

#include <regex>
#include <vector>

#include <cmark-gfm.h>

#include "process.hpp"

namespace fs = std::filesystem;
using namespace rs_test;

namespace {

struct ReferenceText {
    std::vector<std::string> sentences;                         // in reading order
    std::vector<std::pair<std::string, std::string>> signatories;  // name, function
};

// Splits the reference into sentences: at line ends, and after . ? ! ; followed by a space and an
// upper-case letter (so "8 maart jl. (Z-21-...)" and "A. R. de Graaf" stay whole).
ReferenceText read_reference(const fs::path& file) {
    ReferenceText ref;
    std::istringstream in(read_file(file));
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("@ondertekenaar ", 0) == 0) {
            const std::string rest = line.substr(15);
            const auto bar = rest.find(" | ");
            ref.signatories.emplace_back(rest.substr(0, bar), rest.substr(bar + 3));
            continue;
        }
        std::string current;
        for (std::size_t i = 0; i < line.size(); ++i) {
            current += line[i];
            const char c = line[i];
            const bool end = (c == '.' || c == '?' || c == '!') && i + 2 < line.size() && line[i + 1] == ' ' &&
                             std::isupper(static_cast<unsigned char>(line[i + 2]));
            if (end) {
                ref.sentences.push_back(normalize_space(current));
                current.clear();
            }
        }
        if (!normalize_space(current).empty()) ref.sentences.push_back(normalize_space(current));
    }
    return ref;
}

std::string markdown_as_plain_text(const std::string& markdown) {
    cmark_node* doc = cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT);
    char* text = cmark_render_plaintext(doc, CMARK_OPT_DEFAULT, 0);
    std::string out(text);
    free(text);
    cmark_node_free(doc);
    return out;
}

// pdftotext output without the running parts: "pagina X van Y" and the light header of pages 2 and on.
std::string pdf_body_text(const fs::path& pdf) {
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
void require_sentences_in_order(const std::vector<std::string>& sentences, const std::string& raw_text) {
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

struct Letter {
    const char* reference;  // under tests/cli/reference/
    const char* output;     // stem under the output dir
};

constexpr Letter kLetters[] = {
    {"2021-05-21_raadsinformatiebrief_werk-en-inkomen-leiden.txt",
     "documenten/2021/2021-05-21-werk-en-inkomen-leiden"},
    {"2022_raadsinformatiebrief_omklappen-sociaal-domein.txt",
     "documenten/2022/2022-09-13-omklappen-sociaal-domein"},
};

}  // namespace

TEST_CASE("the reference letters come out complete and in order, in Markdown and in PDF") {
    ScratchDir out;
    const ProcessResult build = raadsstuk("build --quiet --out " + shell_quote(out.path().string()) + " data");
    INFO(build.output);
    REQUIRE(build.exit_code == 0);

    for (const Letter& letter : kLetters) {
        SECTION(letter.reference) {
            const ReferenceText ref = read_reference(fs::path("tests/cli/reference") / letter.reference);
            REQUIRE(ref.sentences.size() > 10);
            const fs::path md = out.path() / (std::string(letter.output) + ".md");
            const fs::path pdf = out.path() / (std::string(letter.output) + ".pdf");
            REQUIRE(fs::exists(md));
            REQUIRE(fs::exists(pdf));

            const std::string md_text = markdown_as_plain_text(read_file(md));
            const std::string pdf_text = pdf_body_text(pdf);
            SECTION("Markdown") { require_sentences_in_order(ref.sentences, md_text); }
            SECTION("PDF") { require_sentences_in_order(ref.sentences, pdf_text); }
            SECTION("signatories, name over function, after the closing and before the digital line") {
                for (const auto& text : {normalize_space(md_text), normalize_space(pdf_text)}) {
                    const auto closing = text.find("het college van burgemeester en wethouders,");
                    const auto digital = text.find("Deze brief is digitaal vastgesteld.");
                    REQUIRE(closing != std::string::npos);
                    REQUIRE(digital != std::string::npos);
                    for (const auto& [name, function] : ref.signatories) {
                        const auto n = text.find(name, closing);
                        const auto f = text.find(function, n);
                        INFO(name << " / " << function);
                        CHECK(n < digital);
                        CHECK(f < digital);
                    }
                }
            }
            SECTION("no extraction artifacts") {
                // The letterhead may carry the gemeente's website; the stray URL of the reference text is an
                // artifact only in the letter itself, from the salutation on.
                const auto letter_part = [](const std::string& text) {
                    const auto salutation = text.find("Geachte");
                    REQUIRE(salutation != std::string::npos);
                    return text.substr(salutation);
                };
                const std::string md_letter = letter_part(md_text), pdf_letter = letter_part(pdf_text);
                for (const char* artifact : {"co  it ent", "for ele ter ijn", "G  Servicebureau", "www.voorschoten.nl"}) {
                    INFO(artifact);
                    CHECK(md_letter.find(artifact) == std::string::npos);
                    CHECK(pdf_letter.find(artifact) == std::string::npos);
                }
            }
        }
    }
}
