#pragma once
// The text scanner: finds in a printed text what people type by hand and the checks compare with the
// calendar, the register and the rest of the document: dates (with a weekday, with "jl." or "a.s."),
// zaaknummers and documentnummers, amounts and "Bijlage N". Offsets are bytes of the decoded text; the
// subject maps them to line and column in the data file.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/zaaknummer.hpp"

namespace raadsstuk::check {

struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;  // one past the last byte
};

enum class Relative { none, past, coming };  // "jl." / "a.s." (also written out: jongstleden, aanstaande)
enum class MonthPart { whole, begin, middle, end };  // "begin", "medio", "eind" before a month

// "op donderdag 12 november 2020", "8 maart jl.", "medio oktober a.s.", "maart 2022".
struct DateMention {
    Span span;                   // weekday and marker included
    std::optional<int> weekday;  // 0 = maandag, as written
    int day = 0;                 // 1..31 as written; 0 when only a month is named
    int month = 1;               // 1..12
    std::optional<int> year;
    MonthPart part = MonthPart::whole;
    Relative relative = Relative::none;
};

// "Z-21-52738/289409" (read by a pattern of the gemeente) or "documentnummer 289409".
struct NumberMention {
    Span span;
    std::string written;
    std::optional<model::Zaaknummer> zaak;  // for a zaaknummer
    std::string documentnummer;             // inside the zaaknummer, or after the word "documentnummer"
};

// "€ 64.000", "€ 1.234,56", "€ 0,5 miljoen", "64.000 euro", or the placeholder "[[bedrag:NAAM]]".
struct AmountMention {
    Span span;
    long long cents = 0;       // written amounts
    std::string placeholder;   // the NAAM of [[bedrag:NAAM]]; empty for a written amount
};

// "Bijlage 2", "bijlagen 1 en 3", "bijlagen 1 t/m 4": one mention per number.
struct AttachmentMention {
    Span span;
    int number = 0;
};

struct ScannedText {
    std::string pointer;  // of the string in the data file
    std::string_view text;
    std::vector<DateMention> dates;
    std::vector<NumberMention> numbers;
    std::vector<AmountMention> amounts;
    std::vector<AttachmentMention> attachments;
    std::vector<Span> sentences;  // in order, covering the text

    // The sentence that holds byte `offset`.
    Span sentence_of(std::size_t offset) const;
    std::string_view written(const Span& s) const { return text.substr(s.begin, s.end - s.begin); }
};

// Scans `text`; zaaknummers are found by the gemeente's `patterns` (none found without patterns).
ScannedText scan_text(std::string pointer, std::string_view text, std::span<const model::ZaaknummerPattern> patterns);

}  // namespace raadsstuk::check
