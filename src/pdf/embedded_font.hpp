#pragma once
// One face of a letter as the PDF embeds it: a Type0 font with /Encoding /Identity-H over a CIDFontType2
// font whose program is raadsstuk's own subset of the TrueType file (font_subset.hpp), with
// /CIDToGIDMap /Identity (a code is the subset's glyph id), a /W array of the drawn glyphs' widths, a
// /ToUnicode CMap and a FontDescriptor with FontFile2. The subset's name carries a six-letter tag derived
// from the face and its characters ("KQWJZP+LiberationSans"), as PDF requires of a subset.
//
// prepare_font does the work that does not depend on the document (subset, deflate, widths, CMap) and
// caches it per process for each (font file, set of characters): thread-safe, and the cache never
// changes a byte of the output. add_font then only creates the few libharu objects.
#include <hpdf.h>

#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "layout/true_type_font.hpp"
#include "pdf/font_description.hpp"
#include "pdf/font_subset.hpp"
#include "pdf/text_operators.hpp"

namespace raadsstuk::pdf::detail {

struct PreparedFont {
    FontSubset subset;              // program emptied: only the mapping is kept
    AsciiCodes ascii_codes;         // the subset's codes for U+0000..U+007F in show-text form
    std::string deflated_program;   // FontFile2 data
    std::size_t program_length = 0; // /Length1
    std::string deflated_to_unicode;
    std::string base_font;          // "TAGTAG+PostScriptName"
    FontDescription description;
    std::vector<int> widths;        // per subset glyph id, 1000 units per em
    std::string cid_font_entries;   // the CIDFont's last entries as text: /W (the widths), /CIDToGIDMap
};

// The six upper-case letters of a subset's tag, from the PostScript name and the characters.
std::string subset_tag(const std::string& postscript_name, const std::set<char32_t>& characters);

// The CIDFont dictionary's last entries as libharu writes a dictionary's entries and arrays:
// "/W [ 0 [ w0 w1 ... wn ] ]\n/CIDToGIDMap /Identity\n", every glyph of the subset in order, in runs of
// at most 4096 widths (libharu's limit on array elements).
std::string cid_font_entries(const std::vector<int>& widths);

// nullptr (and the reason in *error) when the font cannot be subset.
std::shared_ptr<const PreparedFont> prepare_font(const std::filesystem::path& file, const layout::TrueTypeFont& font,
                                                 const std::set<char32_t>& characters, std::string* error = nullptr);

// Adds the font's objects to the document; the Type0 font dictionary (indirect), or nullptr on a libharu
// error. The document's streams read the font's bytes where they are, and keep `font` alive for that.
HPDF_Dict add_font(HPDF_Doc pdf, const std::shared_ptr<const PreparedFont>& prepared);

// Entries in prepare_font's cache (for tests of the cache).
std::size_t prepared_font_cache_size();

}  // namespace raadsstuk::pdf::detail
