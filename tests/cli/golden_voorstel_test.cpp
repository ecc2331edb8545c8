// Golden tests for the raadsvoorstel: the 2020 reference voorstel (tests/cli/reference/) and a second,
// different one (Wassenaar, every section, a beslispunt with sub-clauses), built from data/ into a proposal and
// an ontwerp-raadsbesluit, checked in the Markdown and in the PDF.
#include <catch2/catch.hpp>

#include <regex>
#include <vector>

#include "golden_support.hpp"
#include "process.hpp"

namespace fs = std::filesystem;
using namespace rs_test;

namespace {

struct Row {
    std::string label;
    bool group = false;              // its value is the rows that follow it
    std::vector<std::string> lines;  // the value: one entry per line (a bijlage, a beslispunt), or none
};

struct Section {
    std::string heading;
    std::vector<std::string> sentences;
};

struct ReferenceVoorstel {
    std::string title;
    std::vector<Row> rows;
    std::vector<Section> sections;
};

ReferenceVoorstel read_voorstel_reference(const fs::path& file) {
    ReferenceVoorstel ref;
    std::istringstream in(read_file(file));
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("@titel ", 0) == 0) {
            ref.title = line.substr(7);
        } else if (line.rfind("@veld ", 0) == 0) {
            const std::string rest = line.substr(6);
            const auto bar = rest.find(" |");
            Row row{rest.substr(0, bar), false, {}};
            const std::string value = normalize_space(rest.substr(bar + 2));
            if (!value.empty()) row.lines.push_back(value);
            ref.rows.push_back(std::move(row));
        } else if (line.rfind("@groep ", 0) == 0) {
            ref.rows.push_back(Row{line.substr(7), true, {}});
        } else if (line.rfind("@item ", 0) == 0) {
            ref.rows.back().lines.push_back(normalize_space(line.substr(6)));
        } else if (line.rfind("@kop ", 0) == 0) {
            ref.sections.push_back(Section{line.substr(5), {}});
        } else if (!ref.sections.empty()) {
            for (auto& s : split_sentences(line)) ref.sections.back().sentences.push_back(std::move(s));
        }
    }
    return ref;
}

// The whole reference in reading order, as the Markdown's plain text gives it back.
std::vector<std::string> reading_order(const ReferenceVoorstel& ref) {
    std::vector<std::string> out{ref.title};
    for (const Row& row : ref.rows) {
        out.push_back(row.label + ":");
        for (const auto& l : row.lines) {
            // "1. In te stemmen ..." comes back from the plain text as "1. In te stemmen ..." too; split long
            // values into sentences so that a failure names the sentence.
            for (auto& s : split_sentences(l)) out.push_back(std::move(s));
        }
    }
    for (const Section& s : ref.sections) {
        out.push_back(s.heading);
        out.insert(out.end(), s.sentences.begin(), s.sentences.end());
    }
    return out;
}

std::string pdftotext_layout(const fs::path& pdf) {
    return run("pdftotext -layout -enc UTF-8 " + shell_quote(pdf.string()) + " -").output;
}

// The voorblad as a form: in the layout text of page 1 each label stands at the start of a line and the first
// words of its value follow on the same line after a gap; an empty value leaves the label alone on its line.
void require_form(const ReferenceVoorstel& ref, const std::string& layout_text) {
    const std::string page1 = layout_text.substr(0, layout_text.find('\f'));
    std::vector<std::string> lines;
    std::istringstream in(page1);
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    std::size_t from = 0;
    for (std::size_t r = 0; r < ref.rows.size(); ++r) {
        const Row& row = ref.rows[r];
        INFO("row " << row.label);
        std::string first_words;
        if (row.group) {
            REQUIRE(r + 1 < ref.rows.size());
            first_words = ref.rows[r + 1].label;  // a group's first row stands on its line
        } else if (!row.lines.empty()) {
            std::istringstream words(row.lines.front());
            std::string w;
            for (int i = 0; i < 4 && words >> w; ++i) first_words += (i ? " " : "") + w;
        }
        bool found = false;
        for (std::size_t k = from; k < lines.size() && !found; ++k) {
            const std::string line = normalize_space(lines[k]);
            const auto at = line.find(row.label);
            if (at == std::string::npos) continue;
            const std::string rest = normalize_space(line.substr(at + row.label.size()));
            found = first_words.empty() ? rest.empty() : rest.rfind(first_words, 0) == 0;
            if (found) from = row.group ? k : k + 1;
        }
        CHECK(found);
    }
}

const std::string kReference = "tests/cli/reference/2020-09-22_raadsvoorstel_omklappen-werk-en-inkomen.txt";
const std::string k2020 = "documenten/2020/2020-09-22-omklappen-werk-en-inkomen";
const std::string kWassenaar = "documenten/2023/2023-09-12-krediet-openbare-verlichting-wassenaar";

class BuiltData {
public:
    BuiltData() {
        const ProcessResult build = raadsstuk("build --quiet --out " + shell_quote(out_.path().string()) + " data");
        INFO(build.output);
        REQUIRE(build.exit_code == 0);
    }
    fs::path operator()(const std::string& stem, const std::string& ending) const {
        const fs::path p = out_.path() / (stem + ending);
        INFO(p);
        REQUIRE(fs::exists(p));
        return p;
    }

private:
    ScratchDir out_;
};

}  // namespace

TEST_CASE("the 2020 raadsvoorstel: voorblad and sections complete and in order, in Markdown and in PDF") {
    const BuiltData built;
    const ReferenceVoorstel ref = read_voorstel_reference(kReference);
    REQUIRE(ref.rows.size() == 16);
    REQUIRE(ref.sections.size() == 2);
    const std::string md = read_file(built(k2020, "-voorstel.md"));

    SECTION("Markdown: everything in reading order, the sections after the voorblad") {
        require_sentences_in_order(reading_order(ref), markdown_as_plain_text(md));
    }
    SECTION("Markdown: one sentence per line in the kernboodschap and the sections, for diffs") {
        CHECK(md.find("naar de Leidse regio.\n  Dit betekent dat het college") != std::string::npos);
        CHECK(md.find("door de raad vastgesteld.\nMet dit besluit is ook vastgesteld") != std::string::npos);
    }
    SECTION("PDF: the voorblad is a form, label beside value, empty ones empty") {
        require_form(ref, pdftotext_layout(built(k2020, "-voorstel.pdf")));
    }
    SECTION("PDF: the sections start on page 2, in order") {
        const std::string text = pdftotext(built(k2020, "-voorstel.pdf"));
        const auto page2 = text.find('\f');
        REQUIRE(page2 != std::string::npos);
        CHECK(text.find("Samenvatting") > page2);
        std::vector<std::string> sentences;
        for (const Section& s : ref.sections) {
            sentences.push_back(s.heading);
            sentences.insert(sentences.end(), s.sentences.begin(), s.sentences.end());
        }
        require_sentences_in_order(sentences, pdf_body_text(built(k2020, "-voorstel.pdf")));
    }
}

TEST_CASE("the ontwerp-raadsbesluit repeats the beslispunten of its voorstel, dated and signed for the raad") {
    const BuiltData built;
    const ReferenceVoorstel ref = read_voorstel_reference(kReference);
    std::vector<std::string> beslispunten;
    for (const Row& row : ref.rows)
        if (row.label == "Beslispunten") beslispunten = row.lines;
    REQUIRE(beslispunten.size() == 3);

    std::vector<std::string> expected{"Ontwerp-raadsbesluit", "De raad van de gemeente Voorschoten;",
                                      "gelezen het voorstel van burgemeester en wethouders van 22 september 2020, "
                                      "Z/20/0047053/205698;",
                                      "besluit:"};
    expected.insert(expected.end(), beslispunten.begin(), beslispunten.end());
    expected.push_back("Aldus besloten in de openbare vergadering van 12 november 2020.");
    // On 12 november 2020 the burgemeester (chairing the raad) was P.J. Bouvy-Koene.
    expected.push_back("P.J. Bouvy-Koene");

    SECTION("Markdown") {
        require_sentences_in_order(expected, markdown_as_plain_text(read_file(built(k2020, "-besluit.md"))));
    }
    SECTION("PDF") {
        const std::string text = pdf_body_text(built(k2020, "-besluit.pdf"));
        require_sentences_in_order(expected, text);
        CHECK(normalize_space(text).find("voorzitter") != std::string::npos);
        CHECK(normalize_space(text).find("mr. E.C. Hoogeveen") != std::string::npos);
        CHECK(normalize_space(text).find("griffier") != std::string::npos);
    }
}

TEST_CASE("a second raadsvoorstel: every section in the template's order, sub-clauses, amounts from one source") {
    const BuiltData built;
    const std::string md = read_file(built(kWassenaar, "-voorstel.md"));
    const std::string plain = markdown_as_plain_text(md);
    const std::string pdf = pdf_body_text(built(kWassenaar, "-voorstel.pdf"));
    // The data lists its sections alphabetically (argumenten first); the template's order wins.
    const std::vector<std::string> order{"Voorstel aan de Raad", "Datum commissievergadering:",
                                         "maandag 2 oktober 2023", "Wethouder A.C.M. van Rijn",
                                         "De raad stelt een krediet van € 1.850.000 beschikbaar",
                                         "Overzicht vervanging per wijk 2024-2026",
                                         "Een krediet beschikbaar te stellen van € 1.850.000",
                                         "a. € 1.520.000 voor de vervanging van 2.150 armaturen door ledarmaturen;",
                                         "b. € 330.000 voor een systeem om de verlichting per straat te dimmen",
                                         "De kapitaallasten van € 92.500 per jaar vanaf 2025",
                                         "Samenvatting", "Beoogd effect", "Argumenten",
                                         "De besparing van € 118.000 per jaar is hoger dan de kapitaallasten.",
                                         "Kanttekeningen", "Financiën", "Het krediet bedraagt € 1.850.000.",
                                         "Kapitaallasten (afschrijving 20 jaar)", "€ 92.500", "Communicatie",
                                         "Uitvoering", "Burgemeester en wethouders van Wassenaar,"};
    SECTION("Markdown") { require_sentences_in_order(order, plain); }
    SECTION("PDF (the voorblad's sentences as laid out in the value column)") {
        std::vector<std::string> in_pdf;
        for (const auto& s : order)
            if (s != "Datum commissievergadering:") in_pdf.push_back(s);
        require_sentences_in_order(in_pdf, pdf);
    }
    SECTION("the college signs on the date of the collegebesluit") {
        for (const char* s : {"drs. R.J. Kortekaas", "gemeentesecretaris", "mr. H.A. van der Wiel", "burgemeester"})
            CHECK(normalize_space(pdf).find(s) != std::string::npos);
    }
    SECTION("the besluit has the same sub-clauses and the griffier of the raad's date") {
        const std::string besluit = markdown_as_plain_text(read_file(built(kWassenaar, "-besluit.md")));
        require_sentences_in_order({"besluit:", "1. Een krediet beschikbaar te stellen van € 1.850.000",
                                    "a. € 1.520.000 voor de vervanging", "b. € 330.000 voor een systeem",
                                    "2. De kapitaallasten van € 92.500", "3. De bijbehorende begrotingswijziging",
                                    "Aldus besloten in de openbare vergadering van 17 oktober 2023.",
                                    "mr. H.A. van der Wiel", "mr. L.F. de Ridder", "voorzitter", "griffier"},
                                   besluit);
    }
}
