// Golden test against the reference letters: the data files in data/ that model two real letters are built,
// and every sentence of the cleaned reference text (tests/cli/reference/) must come back, in order, from the
// generated Markdown (as plain text) and from pdftotext of the generated PDF.
#include <catch2/catch.hpp>

#include <regex>
#include <vector>

#include "golden_support.hpp"
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
        for (auto& sentence : split_sentences(line)) ref.sentences.push_back(std::move(sentence));
    }
    return ref;
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
