#include "import/letter_import.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "import/dutch_date.hpp"
#include "import/signatory_lines.hpp"
#include "import/text_lines.hpp"

namespace raadsstuk::import {
namespace {

struct Label {
    std::string_view text;   // as printed, lower case
    std::string_view field;  // the field of the draft
};

// Longer labels first, so that "documentnummer" is not read as "datum" or "document".
constexpr std::array<Label, 11> kLabels = {{{"documentnummer", "documentnummer"},
                                            {"registratienummer", "documentnummer"},
                                            {"zaaknummer", "zaaknummer"},
                                            {"ons kenmerk", "zaaknummer"},
                                            {"kenmerk", "zaaknummer"},
                                            {"onderwerp", "onderwerp"},
                                            {"bijlage(n)", "bijlagen"},
                                            {"bijlagen", "bijlagen"},
                                            {"bijlage", "bijlagen"},
                                            {"verzonden", "verzonden"},
                                            {"datum", "datum"}}};

bool starts_with_ci(const std::string& text, std::string_view prefix) {
    return ascii_lower(text.substr(0, prefix.size())) == prefix;
}

// "Zaaknummer: Z-21-1" / "Zaaknummer Z-21-1" / "Zaaknummer" -> field and value (maybe empty).
const Label* label_of(const std::string& text, std::string& value) {
    for (const Label& label : kLabels) {
        if (!starts_with_ci(text, label.text)) continue;
        std::string rest = text.substr(label.text.size());
        if (!rest.empty() && rest[0] != ':' && rest[0] != ' ') continue;  // "Datumgrens" is no label
        std::size_t b = 0;
        while (b < rest.size() && (rest[b] == ':' || rest[b] == ' ')) ++b;
        value = rest.substr(b);
        return &label;
    }
    return nullptr;
}

bool is_url(const std::string& t) {
    return t.find(' ') == std::string::npos &&
           (t.rfind("http://", 0) == 0 || t.rfind("https://", 0) == 0 || t.rfind("www.", 0) == 0);
}

// "pagina 2 van 3", "2 van 3", "2/3", "- 2 -"; a bare number is content (a table cell, a documentnummer).
bool is_page_number(const std::string& t) {
    std::string s = ascii_lower(t);
    const bool marked = s.rfind("pagina ", 0) == 0 || s.find(" van ") != std::string::npos ||
                        s.find('/') != std::string::npos || (s.size() > 2 && s.front() == '-' && s.back() == '-');
    if (!marked) return false;
    if (s.rfind("pagina ", 0) == 0) s = s.substr(7);
    for (char& c : s)
        if (c == '/' || c == '-') c = ' ';
    std::size_t digits = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (std::isdigit(static_cast<unsigned char>(s[i]))) ++digits;
        else if (s.compare(i, 3, "van") == 0) i += 2;
        else if (s[i] != ' ') return false;
    }
    return digits > 0 && digits <= 6;
}

// "Voorschoten · Raadsinformatiebrief · onderwerp": parts separated by middle dots, at the top of a page.
bool is_running_header(const std::string& t) {
    std::size_t dots = 0;
    for (std::size_t p = t.find(" \xc2\xb7 "); p != std::string::npos; p = t.find(" \xc2\xb7 ", p + 1)) ++dots;
    return dots >= 1;
}

std::string iso_or_keep(const std::string& value, bool& ok) {
    const auto date = parse_dutch_date(value);
    ok = date.has_value();
    return date ? date->iso() : value;
}

class Importer {
public:
    Importer(const ImportOptions& options, diag::Diagnostics& out) : options_(options), out_(out) {}

    ImportedLetter run(std::string_view text) {
        std::vector<TextLine> lines = read_lines(text);
        drop_page_furniture(lines);
        const std::size_t salutation = find_salutation(lines);
        const std::size_t closing = find_closing(lines, salutation);
        read_preamble(lines, salutation == lines.size() ? 0 : salutation);
        if (salutation < lines.size()) letter_.aanhef = lines[salutation].text;
        const std::size_t body_start = salutation < lines.size() ? salutation + 1 : 0;
        read_body(std::vector<TextLine>(lines.begin() + static_cast<long>(body_start),
                                        lines.begin() + static_cast<long>(closing)));
        read_closing(lines, closing);
        finish();
        return std::move(letter_);
    }

private:
    void warn(const char* code, int line, const std::string& message, const std::string& hint = {}) {
        out_.push_back(diag::make(code, {options_.file_name, "", line, line > 0 ? 1 : 0}, message, hint));
    }
    void unknown(const std::string& pointer, const std::string& reason) {
        letter_.unknown.push_back({pointer, 0, reason});
        warn("RS802", 0, "niet gevonden in de brief: " + pointer.substr(1) + " (" + reason + ")",
             "vul \"" + pointer.substr(1) + "\" in het concept in");
    }
    void uncertain(const std::string& pointer, int line, const std::string& reason, const char* code = "RS803") {
        letter_.uncertain.push_back({pointer, line, reason});
        warn(code, line, reason, "vergelijk " + pointer.substr(1) + " in het concept met de brief");
    }

    void drop_page_furniture(std::vector<TextLine>& lines) {
        // A running header: the same first line on two or more pages (after pdftotext's form feeds).
        std::map<std::string, int> page_heads;
        for (const auto& l : lines)
            if (l.page_start && !l.blank()) ++page_heads[l.text];
        for (auto& l : lines) {
            if (l.blank()) continue;
            const auto head = page_heads.find(l.text);
            const char* reason = is_url(l.text)                                 ? "alleen een webadres (paginavoet)"
                                 : is_page_number(l.text)                       ? "alleen een paginanummer"
                                 : head != page_heads.end() && head->second > 1 ? "kopregel van de pagina's"
                                 : l.page_start && is_running_header(l.text)    ? "kopregel van de pagina"
                                                                                : nullptr;
            if (!reason) continue;
            letter_.left_out.push_back({l.number, l.text, reason});
            warn("RS804", l.number, std::string("regel weggelaten: ") + reason + ": '" + l.text + "'");
            l.text.clear();
        }
    }

    std::size_t find_salutation(const std::vector<TextLine>& lines) const {
        for (std::size_t i = 0; i < lines.size(); ++i)
            if (starts_with_ci(lines[i].text, "geachte ") || starts_with_ci(lines[i].text, "beste ")) return i;
        return lines.size();
    }

    std::size_t find_closing(const std::vector<TextLine>& lines, std::size_t salutation) const {
        const std::size_t from = salutation < lines.size() ? salutation + 1 : 0;
        for (std::size_t i = from; i < lines.size(); ++i)
            for (std::string_view c : {"met vriendelijke groet", "hoogachtend", "met hartelijke groet"})
                if (starts_with_ci(lines[i].text, c)) return i;
        return lines.size();
    }

    void read_preamble(const std::vector<TextLine>& lines, std::size_t end) {
        std::string* last = nullptr;  // the value a further line may continue (onderwerp)
        for (std::size_t i = 0; i < end; ++i) {
            const TextLine& l = lines[i];
            if (l.blank()) {
                last = nullptr;
                continue;
            }
            std::string value;
            const Label* label = label_of(l.text, value);
            if (!label) {
                if (last) *last += " " + l.text;
                else {
                    letter_.left_out.push_back({l.number, l.text, "voor de aanhef en niet herkend"});
                    warn("RS804", l.number, "regel voor de aanhef niet herkend en weggelaten: '" + l.text + "'");
                }
                continue;
            }
            if (value.empty()) {  // the value on the next line, as a form often comes out of a PDF
                std::size_t j = i + 1;
                while (j < end && lines[j].blank()) ++j;
                std::string next_value;
                if (j < end && !label_of(lines[j].text, next_value)) {
                    value = lines[j].text;
                    i = j;
                }
            }
            lines_[std::string(label->field)] = l.number;
            last = nullptr;
            if (label->field == "zaaknummer") letter_.zaaknummer = value;
            else if (label->field == "documentnummer") letter_.documentnummer = value;
            else if (label->field == "onderwerp") {
                letter_.onderwerp = value;
                last = &letter_.onderwerp;
            } else if (label->field == "datum") letter_.datum = value;
            else if (label->field == "verzonden") letter_.verzonden = value;
            else if (label->field == "bijlagen") read_attachments(value, l.number);
        }
    }

    void read_attachments(const std::string& value, int line) {
        const std::string v = ascii_lower(value);
        if (v.empty() || v == "geen" || v == "0" || v == "-") return;
        if (std::all_of(v.begin(), v.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
            const int n = std::min(std::stoi(v), 50);
            for (int k = 1; k <= n; ++k) {
                letter_.bijlagen.push_back(std::string(kUnknown));
                uncertain("/bijlagen/" + std::to_string(k - 1), line,
                          "de brief noemt " + v + " bijlage(n) maar niet hun titels", "RS802");
            }
            return;
        }
        letter_.bijlagen.push_back(value);
    }

    void read_body(const std::vector<TextLine>& lines) {
        for (auto& block : body_blocks(lines, options_.hyphenation)) {
            const std::string pointer = "/tekst/" + std::to_string(letter_.tekst.size());
            letter_.tekst.push_back(block.text);
            for (const auto& d : block.doubts) uncertain(pointer, d.line, d.reason);
        }
    }

    void read_closing(const std::vector<TextLine>& lines, std::size_t closing) {
        if (closing >= lines.size()) {
            unknown("/ondertekening", "geen slot 'Met vriendelijke groet' gevonden");
            return;
        }
        std::vector<TextLine> signature;
        bool college = false;
        for (std::size_t i = closing + 1; i < lines.size(); ++i) {
            const TextLine& l = lines[i];
            if (l.blank()) continue;
            std::string value;
            if (starts_with_ci(l.text, "deze brief is digitaal vastgesteld")) continue;
            if (starts_with_ci(l.text, "hierdoor staat er geen")) continue;
            if (const Label* label = label_of(l.text, value); label && label->field == "verzonden") {
                letter_.verzonden = value;
                lines_["verzonden"] = l.number;
                continue;
            }
            // The college line ("het college van burgemeester en wethouders,") comes from the gemeente file.
            if (!college && signature.empty() && std::islower(static_cast<unsigned char>(l.text[0])) &&
                l.text.find(" van ") != std::string::npos) {
                college = true;
                college_line_ = l;
                continue;
            }
            signature.push_back(l);
        }
        const SignatureBlock block = read_signatures(signature);
        for (const auto& d : block.doubts) uncertain("/ondertekening", d.line, d.reason, "RS805");
        for (const auto& s : block.signatories) letter_.ondertekening.push_back(match(s));
        if (letter_.ondertekening.empty())
            unknown("/ondertekening", "geen namen en functies onder het slot gevonden");
    }

    // The name as the gemeente file writes it, when one of its functionarissen with that function is meant.
    ImportedSignatory match(const ImportedSignatory& s) {
        if (!options_.gemeente) return s;
        const auto key = [](const std::string& name) {
            std::string k;
            for (char c : ascii_lower(name))
                if (c != '.' && c != ' ' && c != ',') k += c;
            return k;
        };
        for (const auto& f : options_.gemeente->functionarissen)
            if (f.function == s.function && key(f.name) == key(s.name)) return {f.name, s.function};
        uncertain("/ondertekening", 0,
                  "ondertekenaar '" + s.name + "' (" + s.function + ") staat niet zo bij de functionarissen van " +
                      options_.gemeente->source_file,
                  "RS805");
        return s;
    }

    void finish() {
        letter_.gemeente = options_.gemeente_id.empty() ? std::string(kUnknown) : options_.gemeente_id;
        if (options_.gemeente_id.empty()) unknown("/gemeente", "geef --gemeente ID");
        if (letter_.zaaknummer.empty()) {
            letter_.zaaknummer = kUnknown;
            unknown("/zaaknummer", "geen regel 'Zaaknummer'");
        }
        if (letter_.onderwerp.empty()) {
            letter_.onderwerp = kUnknown;
            unknown("/onderwerp", "geen regel 'Onderwerp'");
        }
        bool ok = true;
        if (!letter_.verzonden.empty()) {
            letter_.verzonden = iso_or_keep(letter_.verzonden, ok);
            if (!ok) uncertain("/verzonden", lines_["verzonden"], "verzenddatum '" + letter_.verzonden + "' niet te lezen");
        }
        if (!letter_.datum.empty()) {
            letter_.datum = iso_or_keep(letter_.datum, ok);
            if (!ok) uncertain("/datum", lines_["datum"], "datum '" + letter_.datum + "' niet te lezen");
        } else if (!letter_.verzonden.empty() && ok) {
            letter_.datum = letter_.verzonden;
            uncertain("/datum", lines_["verzonden"], "de brief noemt geen datum: de verzenddatum genomen", "RS802");
        } else {
            letter_.datum = kUnknown;
            unknown("/datum", "geen regel 'Datum' en geen verzenddatum");
        }
        if (letter_.aanhef.empty()) unknown("/aanhef", "geen aanhef 'Geachte ...' gevonden");
        if (letter_.tekst.empty()) {
            letter_.tekst.push_back(std::string(kUnknown));
            unknown("/tekst", "geen tekst tussen aanhef en slot");
        }
        if (college_line_.number > 0 && options_.gemeente) {
            std::string printed = college_line_.text;
            if (!printed.empty() && printed.back() == ',') printed.pop_back();
            if (printed != options_.gemeente->college)
                uncertain("/ondertekening", college_line_.number,
                          "de brief ondertekent met '" + printed + "', het gemeentebestand met '" +
                              options_.gemeente->college + "'",
                          "RS805");
        }
    }

    const ImportOptions& options_;
    diag::Diagnostics& out_;
    ImportedLetter letter_;
    std::map<std::string, int> lines_;  // field -> line it was read from
    TextLine college_line_;
};

}  // namespace

ImportedLetter import_letter(std::string_view text, const ImportOptions& options, diag::Diagnostics& out) {
    return Importer(options, out).run(text);
}

}  // namespace raadsstuk::import
