#include "diag/codes.hpp"

namespace raadsstuk::diag {
namespace {

constexpr Severity E = Severity::error;
constexpr Severity W = Severity::warning;

// Keep sorted by code. Each stage adds its codes in its own range only.
constexpr CodeInfo kCodes[] = {
    // RS0xx: loading and validating data files
    {"RS001", E, "data file cannot be read"},
    {"RS002", E, "data file is not valid JSON"},
    {"RS003", E, "value has the wrong JSON type"},
    {"RS004", E, "required field is missing"},
    {"RS005", E, "unknown field (probably a typo)"},
    {"RS006", E, "date is not a real date in YYYY-MM-DD form"},
    {"RS007", E, "value is not one of the allowed values"},
    {"RS008", E, "gemeente named by the document has no gemeente file"},
    {"RS009", E, "text value is empty or malformed"},
    {"RS010", E, "period in office ends before it starts"},
    {"RS011", E, "referenced file (logo, font) cannot be found"},
    {"RS012", E, "number is outside the allowed range"},
    {"RS013", E, "gemeente id does not match the name of its file"},
    {"RS014", E, "key appears twice in one JSON object"},
    {"RS015", E, "amount placeholder names no amount of the document"},
    // hardening (docs/hardening.md)
    {"RS016", E, "JSON is nested too deeply"},
    {"RS017", E, "text contains a control character"},
    {"RS018", E, "data file is larger than 4 MB"},
    {"RS030", E, "earlier house style has a version that is not unique or not older than the current one"},
    // RS1xx: resolving (signatories by date, register)
    {"RS101", E, "no functionaris holds the function on the document's date"},
    {"RS102", E, "more than one functionaris holds the function on the document's date"},
    {"RS103", E, "portefeuillehouder is not in office on the date of the collegebesluit"},
    {"RS104", E, "house style version named by the document does not exist in its gemeente file"},
    // RS2xx: consistency checks (src/check/, one check per code; RS224 from the check run)
    {"RS201", E, "date in a text does not exist"},
    {"RS202", E, "weekday in a text does not match its date"},
    {"RS203", E, "date marked jl. or a.s. lies on the wrong side of the document's date"},
    {"RS204", E, "date in a text differs from the register's date of the document cited with it"},
    {"RS205", E, "dates of the document are out of order"},
    {"RS206", E, "reference is not in the register"},
    {"RS207", E, "zaaknummer and documentnummer belong to different documents"},
    {"RS208", E, "reference's soort differs from the register"},
    {"RS209", E, "reference's date differs from the register"},
    {"RS210", E, "reference is dated after the document"},
    {"RS211", E, "zaaknummer or documentnummer in a text is not in the register"},
    {"RS212", W, "zaaknummer matches none of the gemeente's patterns"},
    {"RS213", E, "year in the zaaknummer is after the document's date"},
    {"RS214", E, "documentnummer is used by more than one document"},
    {"RS215", W, "documentnummers do not rise with the dates of the documents"},
    {"RS216", E, "named signatory is not in office on the document's date"},
    {"RS217", E, "named signatory holds another function than the one printed"},
    {"RS218", W, "target date of an open status lies before the document's date"},
    {"RS219", E, "same domain has contradicting statuses in documents of the same date"},
    {"RS220", E, "attachment mentioned in a text does not exist"},
    {"RS221", E, "attachments are numbered with a gap or out of order"},
    {"RS222", W, "amount in a beslispunt does not appear in the financial section"},
    {"RS223", W, "portefeuillehouder is no longer in office on the date of the raad"},
    {"RS224", W, "data file cannot be loaded and is missing from the register"},
    // RS3xx: templates
    {"RS301", E, "template cannot be read"},
    {"RS302", E, "template syntax error"},
    {"RS303", E, "template uses a variable the data does not have"},
    {"RS304", E, "template uses a partial that does not exist"},
    {"RS305", E, "template version named by the document does not exist"},
    // RS4xx: layout
    {"RS401", W, "Markdown construct not supported in the PDF layout"},
    {"RS402", E, "font file cannot be found or read"},
    {"RS403", W, "character has no glyph in any embedded font"},
    {"RS404", E, "logo cannot be read as PNG"},
    {"RS405", E, "unknown layout region marker in the rendered Markdown"},
    {"RS406", W, "hyphenation patterns cannot be read; text is set without hyphenation"},
    // hardening (docs/hardening.md)
    {"RS420", W, "right-to-left text is set left to right in the PDF"},
    // RS5xx: output
    {"RS501", E, "output file cannot be written"},
    {"RS502", E, "PDF library reported an error"},
    {"RS503", E, "sRGB colour profile for PDF/A cannot be read"},
    // RS51x: the HTML rendering
    {"RS510", W, "link with an unsafe address is written as text in the HTML"},
    // RS520-RS529: fonts in the PDF (docs/archive.md)
    {"RS520", E, "font cannot be embedded in the PDF"},
    // RS6xx: build and command line
    {"RS601", E, "input path does not exist"},
    {"RS602", E, "document is not inside a data directory (no gemeenten/ above it)"},
    {"RS603", W, "file named on the command line is not a document and is skipped"},
    {"RS604", E, "file's \"soort\" is not a kind of document this engine builds"},
    {"RS605", E, "document's gemeente file has errors (reported once per build)"},
    // RS606-RS649: batch builds, manifest and verify (docs/batch.md)
    {"RS606", W, "build manifest cannot be read; every document is built again"},
    {"RS607", E, "manifest given to verify cannot be read"},
    {"RS608", E, "regenerated output differs from the manifest"},
    {"RS609", E, "document listed in the manifest cannot be regenerated"},
    {"RS610", E, "output file on disk differs from the manifest"},
    // RS7xx: diff (src/diff/)
    {"RS701", E, "diff side is neither an existing file nor REV:PATH"},
    {"RS702", E, "git cannot show the file at the revision"},
    {"RS703", E, "diff side is neither a data file (.json) nor Markdown (.md)"},
    {"RS704", E, "data file to compare is not inside a data directory"},
    {"RS705", E, "data file to compare is no document"},
    // RS8xx: import of historic letters (src/import/)
    {"RS801", E, "letter's text file cannot be read"},
    {"RS802", W, "field not found in the letter; the draft says ONBEKEND"},
    {"RS803", W, "text may differ from the letter (extraction artifact or line-end hyphen)"},
    {"RS804", W, "line of the letter left out (page furniture or not recognised)"},
    {"RS805", W, "signatories not fully recognised"},
    {"RS807", E, "letter's text file holds no text"},
    {"RS808", W, "gemeente file for --gemeente not found; signatories not matched"},
};

}  // namespace

std::span<const CodeInfo> all_codes() { return kCodes; }

const CodeInfo* find_code(std::string_view code) {
    for (const auto& c : kCodes)
        if (c.code == code) return &c;
    return nullptr;
}

}  // namespace raadsstuk::diag
