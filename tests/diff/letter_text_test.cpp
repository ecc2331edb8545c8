// Reading rendered Markdown back: regions and headings as sections, the kenmerken form, the signatory table
// and the attachments as metadata; and the document diff over them.
#include <catch2/catch.hpp>

#include "diff/document_diff.hpp"
#include "diff/letter_text.hpp"
#include "diff/text_report.hpp"

using namespace raadsstuk::diff;

namespace {

const char* kLetter =
    "<!-- raadsstuk:kenmerken -->\n"
    "# Raadsinformatiebrief\n"
    "\n"
    "- **Zaaknummer:** Z-24-10001\n"
    "- **Datum:** 12 maart 2024\n"
    "- **Onderwerp:** Speeltuin\n"
    "- **Bijlage(n):** 1\n"
    "\n"
    "<!-- raadsstuk:tekst -->\n"
    "Geachte Raad,\n"
    "\n"
    "Eerste alinea over Werk\\&Inkomen.\n"
    "\n"
    "## Wat gaat er gebeuren?\n"
    "\n"
    "- een klimrek;\n"
    "- twee schommels.\n"
    "\n"
    "<!-- raadsstuk:slot -->\n"
    "Met vriendelijke groet,\\\n"
    "het college van burgemeester en wethouders,\n"
    "\n"
    "<!-- raadsstuk:ondertekening -->\n"
    "| A. Jansen | drs. B. Bakker |\n"
    "| --- | --- |\n"
    "| gemeentesecretaris | burgemeester |\n"
    "\n"
    "<!-- raadsstuk:bijlagen -->\n"
    "## Bijlagen\n"
    "\n"
    "1. Tekening\n";

}  // namespace

TEST_CASE("the kenmerken rows, the signatories and the attachments are the metadata") {
    const LetterText l = read_letter(kLetter);
    REQUIRE(l.metadata.size() == 7);
    CHECK(l.metadata[0] == MetadataField{"Titel", {"Raadsinformatiebrief"}});
    CHECK(l.metadata[1] == MetadataField{"Zaaknummer", {"Z-24-10001"}});
    CHECK(l.metadata[2] == MetadataField{"Datum", {"12 maart 2024"}});
    CHECK(l.metadata[4] == MetadataField{"Bijlage(n)", {"1"}});
    CHECK(l.metadata[5] == MetadataField{"Ondertekening", {"A. Jansen, gemeentesecretaris", "drs. B. Bakker, burgemeester"}});
    CHECK(l.metadata[6] == MetadataField{"Bijlagen", {"Tekening"}});
}

TEST_CASE("the text is split at region markers and headings, one paragraph per line, escapes removed") {
    const LetterText l = read_letter(kLetter);
    REQUIRE(l.sections.size() == 3);
    CHECK(l.sections[0].region == "tekst");
    CHECK(l.sections[0].heading.empty());
    CHECK(l.sections[0].paragraphs == std::vector<std::string>{"Geachte Raad,", "Eerste alinea over Werk&Inkomen."});
    CHECK(l.sections[1].heading == "Wat gaat er gebeuren?");
    CHECK(l.sections[1].heading_level == 2);
    CHECK(l.sections[1].paragraphs == std::vector<std::string>{"- een klimrek;", "- twee schommels."});
    CHECK(l.sections[2].region == "slot");
    CHECK(l.sections[2].paragraphs ==
          std::vector<std::string>{"Met vriendelijke groet,", "het college van burgemeester en wethouders,"});
}

TEST_CASE("the same letter twice is equal") {
    CHECK(diff_documents(kLetter, kLetter).equal());
}

TEST_CASE("a changed heading keeps its section when it is the only change between matched sections") {
    std::string changed = kLetter;
    changed.replace(changed.find("Wat gaat er gebeuren?"), 21, "Wat gaat er nu gebeuren?");
    const DocumentDiff d = diff_documents(kLetter, changed);
    REQUIRE(d.sections.size() == 3);
    CHECK(d.sections[1].old_heading == "Wat gaat er gebeuren?");
    CHECK(d.sections[1].new_heading == "Wat gaat er nu gebeuren?");
    CHECK_FALSE(has_changes(d.sections[1].body));
    CHECK(d.metadata.empty());
}

TEST_CASE("a changed signatory and a changed date are metadata changes, old and new") {
    std::string changed = kLetter;
    changed.replace(changed.find("12 maart"), 8, "19 maart");
    changed.replace(changed.find("drs. B. Bakker"), 14, "C. de Vries");
    changed.replace(changed.find("| burgemeester"), 14, "| loco-burgemeester");
    const DocumentDiff d = diff_documents(kLetter, changed);
    REQUIRE(d.metadata.size() == 2);
    CHECK(d.metadata[0].label == "Datum");
    CHECK(d.metadata[0].old_values == std::vector<std::string>{"12 maart 2024"});
    CHECK(d.metadata[0].new_values == std::vector<std::string>{"19 maart 2024"});
    CHECK(d.metadata[1].label == "Ondertekening");
    CHECK(d.metadata[1].new_values ==
          std::vector<std::string>{"A. Jansen, gemeentesecretaris", "C. de Vries, loco-burgemeester"});
    CHECK(d.subject == "Speeltuin");
    CHECK_FALSE(d.equal());
}

TEST_CASE("a section only in the new letter is new, one only in the old is gone") {
    std::string changed = kLetter;
    changed.replace(changed.find("## Wat gaat er gebeuren?"), 24, "## Wat kost het?\n\nNiets.\n\n## Planning");
    const DocumentDiff d = diff_documents(kLetter, changed);
    bool gone = false, added = false;
    for (const auto& s : d.sections) {
        if (s.only_old && s.old_heading == "Wat gaat er gebeuren?") gone = true;
        if (s.only_new && s.new_heading == "Wat kost het?") added = true;
    }
    CHECK(gone);
    CHECK(added);
}

TEST_CASE("the text report shortens unchanged words to the context around a change") {
    const std::string a = "<!-- raadsstuk:tekst -->\nEen twee drie vier vijf zes zeven acht negen tien elf twaalf.\n";
    std::string b = a;
    b.replace(b.find("zes zeven"), 9, "zes ZEVEN");
    TextReportOptions options;
    options.old_name = "a.md";
    options.new_name = "b.md";
    options.context = 3;
    CHECK(text_report(diff_documents(a, b), options) ==
          "--- a.md\n+++ b.md\n@@ tekst @@\n… vier vijf zes [-zeven-] {+ZEVEN+} acht negen tien …\n");
    options.context = 0;
    CHECK(text_report(diff_documents(a, b), options) ==
          "--- a.md\n+++ b.md\n@@ tekst @@\n"
          "Een twee drie vier vijf zes [-zeven-] {+ZEVEN+} acht negen tien elf twaalf.\n");
    CHECK(text_report(diff_documents(a, a), options).empty());
}
