#pragma once
// Zaaknummers as a gemeente writes them. Real letters show more than one style for the same case system:
// "Z-21-52738", "Z/20/0047053/205698" (with the documentnummer), "Z/19/031214/" (documentnummer given apart).
// A gemeente lists its styles as patterns (JSON: zaaknummerpatronen), and a zaaknummer is read into its
// parts by them, so that "Z/21/052738" and "Z-21-52738" are the same zaak and are never compared as strings.
//
// Pattern language (see docs/data.md):
//   {jj}       year in two digits (70..99 = 1970..1999, 00..69 = 2000..2069)
//   {jjjj}     year in four digits
//   {zaak}     the case's serial number: one or more digits; leading zeros do not count
//   {document} the documentnummer: one or more digits
//   [ ... ]    an optional part (may nest)
//   other      written as is ("Z", "-", "/")
// A pattern starts with fixed text (so that the text scanner can find it), has exactly one {zaak}, at most
// one year and at most one {document}.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace raadsstuk::model {

// The parts of a zaaknummer.
struct Zaaknummer {
    std::optional<int> year;     // full year, when the pattern has one
    std::string number;          // serial number without leading zeros ("47053"; "0" for all zeros)
    std::string documentnummer;  // when written inside the zaaknummer ("205698"), else empty

    bool operator==(const Zaaknummer&) const = default;
    // The same zaak: same year and number (the documentnummer is not part of the zaak).
    bool same_zaak(const Zaaknummer& other) const { return year == other.year && number == other.number; }
};

class ZaaknummerPattern {
public:
    // Compiles a pattern. On a malformed one: nothing, and `error` says why (Dutch, for RS009).
    static std::optional<ZaaknummerPattern> compile(std::string_view text, std::string& error);

    const std::string& text() const { return text_; }
    // The fixed text a match starts with.
    std::string_view lead() const { return lead_; }

    // All of `s` read by this pattern, or nothing.
    std::optional<Zaaknummer> match(std::string_view s) const;
    // The longest match starting at byte `pos` of `s`: its length in bytes and its parts.
    std::optional<std::pair<std::size_t, Zaaknummer>> match_at(std::string_view s, std::size_t pos) const;

    struct Node {
        enum class Kind { literal, year2, year4, zaak, document, optional } kind;
        std::string literal;          // kind literal
        std::vector<Node> children;   // kind optional
    };

private:
    std::string text_;
    std::string lead_;
    std::vector<Node> nodes_;
};

// `s` read by the first of `patterns` that reads all of it; nothing when none does.
std::optional<Zaaknummer> parse_zaaknummer(std::string_view s, std::span<const ZaaknummerPattern> patterns);

}  // namespace raadsstuk::model
