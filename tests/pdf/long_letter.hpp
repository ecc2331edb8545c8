#pragma once
// A long synthetic letter for the pagination tests: Dutch running text of many paragraphs of varied length,
// headings, a bullet list and a numbered list, then the closing. Deterministic from a seed; different seeds
// move the page breaks to different places in paragraphs, lists and headings.
#include <cstdint>
#include <string>
#include <vector>

namespace raadsstuk::pdf::test {

class LongLetter {
public:
    explicit LongLetter(std::uint32_t seed) : state_(seed * 2654435761u + 12345u) {}

    // The Markdown with region markers, as the render stage would hand it to the layout.
    std::string markdown() {
        std::string md = "<!-- raadsstuk:kenmerken -->\n# Raadsinformatiebrief\n\n"
                         "- **Zaaknummer:** Z-24-700001\n- **Datum:** 12 maart 2024\n"
                         "- **Onderwerp:** Voortgang van het programma sociaal domein in de Leidse regio\n\n"
                         "<!-- raadsstuk:tekst -->\nGeachte Raad,\n\n";
        const int sections = 5 + static_cast<int>(next() % 3);
        for (int s = 0; s < sections; ++s) {
            md += "## " + capitalised(words(3 + next() % 5)) + "\n\n";
            const int paragraphs = 2 + static_cast<int>(next() % 4);
            for (int p = 0; p < paragraphs; ++p) md += sentence_block(1 + next() % 7) + "\n\n";
            if (s % 2 == 1) {
                for (int i = 0; i < 3; ++i) md += "- " + sentence_block(1 + next() % 2) + "\n";
                md += "\n";
            }
            if (s % 3 == 2) {
                for (int i = 1; i <= 3; ++i) md += std::to_string(i) + ". " + sentence_block(1 + next() % 3) + "\n";
                md += "\n";
            }
        }
        md += "<!-- raadsstuk:slot -->\nMet vriendelijke groet,\\\nhet college van burgemeester en wethouders,\n\n"
              "<!-- raadsstuk:ondertekening -->\n| A. R. de Graaf | drs. N. Stemerdink |\n| --- | --- |\n"
              "| gemeentesecretaris | burgemeester |\n\n"
              "<!-- raadsstuk:voet -->\nDeze brief is digitaal vastgesteld. Hierdoor staat er geen fysieke "
              "handtekening in de brief.\n";
        return md;
    }

private:
    std::uint32_t next() {
        state_ ^= state_ << 13;
        state_ ^= state_ >> 17;
        state_ ^= state_ << 5;
        return state_;
    }

    // Words in the mix of Dutch official prose: mostly short function words and nouns, some longer words,
    // now and then a long compound, and about one word in a hundred a code, an amount or a slashed pair (the
    // 2021 reference letter has one zaaknummer in some 350 words of body text: these are tokens that cannot
    // be broken and make the lines around them loose).
    std::string words(std::uint32_t n) {
        static const std::vector<std::string> short_words = {
            "de", "het", "een", "van", "en", "met", "voor", "naar", "in", "op", "door", "is", "wordt", "zijn",
            "heeft", "ook", "nog", "al", "dat", "die", "om", "te", "aan", "bij", "als", "niet", "wij", "u",
            "raad", "regio", "werk", "zorg", "kosten", "jaar", "wet", "plan", "hulp", "taak", "wijk", "inzet"};
        static const std::vector<std::string> medium_words = {
            "gemeente", "college", "inwoners", "beleid", "onderzoek", "overstap", "inkomen", "afspraken",
            "partners", "kwaliteit", "voorstel", "regeling", "besluit", "cliënten", "uitvoering", "jeugdhulp",
            "gemeenten", "financiën", "begroting", "toegang", "uitkomsten", "betrokken", "programma", "2024"};
        static const std::vector<std::string> long_words = {
            "samenwerking", "ondersteuning", "zorgcontinuïteit", "dienstverlening", "besluitvorming",
            "maatschappelijke", "gemeenschappelijke", "verantwoording", "uitgangspunten", "informatievoorziening",
            "bedrijfsvoeringsorganisatie", "samenwerkingsovereenkomst", "Leidschendam-Voorburg"};
        static const std::vector<std::string> codes = {"toegang/dienstverlening", "€ 64.000", "Z-21-52738/289409",
                                                       "2022-654321"};
        std::string out;
        for (std::uint32_t i = 0; i < n; ++i) {
            if (i > 0) out += ' ';
            const std::uint32_t kind = next() % 100;
            const auto& list = kind < 60 ? short_words : kind < 89 ? medium_words : kind < 99 ? long_words : codes;
            out += list[next() % list.size()];
        }
        return out;
    }

    static std::string capitalised(std::string s) {
        if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
        return s;
    }

    std::string sentence_block(std::uint32_t sentences) {
        std::string out;
        for (std::uint32_t i = 0; i < sentences; ++i) {
            if (i > 0) out += ' ';
            out += capitalised(words(6 + next() % 18)) + (next() % 4 == 0 ? ", " + words(3 + next() % 6) : "") + ".";
        }
        return out;
    }

    std::uint32_t state_;
};

}  // namespace raadsstuk::pdf::test
