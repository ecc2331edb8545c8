#pragma once
// A historic letter's plain text in, a draft raadsinformatiebrief out (docs/import.md). What the import
// recognises: the metadata lines before the salutation (Zaaknummer, Documentnummer, Datum, Onderwerp,
// Bijlage(n), as "Label: waarde", "Label waarde" or the value on the next line), the salutation
// ("Geachte ..."), the body (body_blocks.hpp), the closing ("Met vriendelijke groet"), the signatories
// (names and functions, side by side as extraction gives them), "Verzonden <datum>". Page furniture
// (a line that is only a URL or a page number) is left out. What it cannot find or is not sure of is listed,
// with the line, so that the draft can be finished by hand; every such place is also a warning.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "import/body_blocks.hpp"
#include "layout/hyphenation.hpp"
#include "model/gemeente.hpp"

namespace raadsstuk::import {

// The value required fields get when the letter does not give them.
inline constexpr std::string_view kUnknown = "ONBEKEND";

struct ImportOptions {
    std::string file_name;                            // for diagnostics, as the user gave it
    std::string gemeente_id;                          // --gemeente; empty = unknown
    const model::Gemeente* gemeente = nullptr;        // its file, when found: signatories are matched with it
    const layout::Hyphenation* hyphenation = nullptr; // for joining words broken at a line end
};

struct Mark {
    std::string pointer;  // JSON pointer in the draft, e.g. "/zaaknummer", "/tekst/3"
    int line = 0;         // 0 = not in the letter at all
    std::string reason;   // Dutch
};

struct LeftOut {
    int line = 0;
    std::string text;
    std::string reason;  // Dutch
};

struct ImportedSignatory {
    std::string name;      // as the gemeente file writes it when matched, otherwise as printed
    std::string function;  // one of the functions of docs/data.md, or ONBEKEND
};

struct ImportedLetter {
    std::string gemeente;  // the id, or ONBEKEND
    std::string zaaknummer, documentnummer, datum, verzonden, onderwerp, aanhef;  // empty = not there
    std::vector<std::string> bijlagen;
    std::vector<std::string> tekst;
    std::vector<ImportedSignatory> ondertekening;
    std::vector<Mark> unknown;    // required or expected fields not found (value ONBEKEND)
    std::vector<Mark> uncertain;  // found, but perhaps not what the letter said
    std::vector<LeftOut> left_out;
};

// Never fails: whatever is not recognised is marked. Warnings (RS802-RS806) go to `out` with file:line.
ImportedLetter import_letter(std::string_view text, const ImportOptions& options, diag::Diagnostics& out);

}  // namespace raadsstuk::import
