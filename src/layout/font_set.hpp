#pragma once
// The fonts of one letter: the four house faces (regular, bold, italic, bold italic) and the fallback font,
// with the rule that decides which face draws a character:
//   - the house face of the requested style, when the character is in CP1252 and the face has a glyph;
//   - else the fallback font (style.fallback_font, loaded only when needed), for any character it has,
//     beyond U+FFFF too (the PDF stage embeds every face as a subset with two-byte glyph codes);
//   - else RS403 (once per character) and the house face draws '?'.
// Measures text with the TrueType advance widths, exactly as the PDF viewer will place it.
#include <array>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "layout/font_library.hpp"
#include "layout/laid_out_document.hpp"
#include "model/environment.hpp"
#include "model/house_style.hpp"

namespace raadsstuk::layout {

enum class FontStyle { regular = 0, bold = 1, italic = 2, bold_italic = 3 };

inline FontStyle font_style(bool bold, bool italic) { return static_cast<FontStyle>((bold ? 1 : 0) + (italic ? 2 : 0)); }

// A run of text in one font.
struct ShapedPiece {
    int font = 0;      // index into faces()
    std::string text;  // UTF-8, already normalised (no soft hyphens, tabs become spaces)
    double width = 0;  // at the requested size
};

// A run of text in one font as a byte range of a buffer that the caller owns (FontSet::shape_into).
struct ShapedRange {
    int font = 0;           // index into faces()
    std::size_t begin = 0;  // bytes [begin, end) of the buffer
    std::size_t end = 0;
    double width = 0;       // at the requested size
};

class FontSet {
public:
    // Finds and loads the house fonts; RS402 for each that cannot be found or read. A missing bold or
    // italic face falls back to the regular one; ok() is false when the regular face is missing.
    // RS402 points at style_source (the gemeente file) and the font's pointer in it (style.pointer +
    // "/lettertype/vet"), or at source_name when there is no style_source; RS403 always at source_name.
    FontSet(FontLibrary& library, const model::Environment& env, const model::HouseStyle& style,
            std::string source_name, diag::Diagnostics& out, std::string style_source = {});

    bool ok() const { return house_[0] != nullptr; }

    std::vector<ShapedPiece> shape(std::string_view text, FontStyle style, double size);
    // The same pieces as shape(), to the last bit of their widths, but appended: each piece's text to `text_out`
    // and its range to `pieces`. Allocates nothing once the caller's buffers have grown.
    void shape_into(std::string_view text, FontStyle style, double size, std::string& text_out,
                    std::vector<ShapedRange>& pieces);
    double width(std::string_view text, FontStyle style, double size);
    // For text that is all plain ASCII in the house face of a style (drawn by it as it is: one piece): the
    // width of the whole and of its parts between `cuts` (increasing offsets inside it), each to the bit what
    // width() and shape_into() give; false (and nothing measured) for any other text.
    bool plain_ascii_parts(std::string_view text, FontStyle style, double size, const std::vector<std::size_t>& cuts,
                           double& whole, std::vector<double>& parts);
    // Width of U+0020 in the house face of a style.
    double space_width(FontStyle style, double size);
    // Document font index of the house face of a style (for spaces and hyphens).
    int house_font(FontStyle style);

    // Vertical metrics of the regular house face, in points at a size (ascender > 0, descender < 0).
    double ascender(double size) const;
    double descender(double size) const;
    // Distance from the top of a line box of height `leading` to the baseline, centring the font's
    // ascender-descender box in it.
    double baseline_in_line(double size, double leading) const;

    // The faces that shaped text uses, in order of first use: LaidOutDocument::fonts.
    const std::vector<FontFace>& faces() const { return faces_; }

    // What setting some text used of the fonts, so that a copy of its result can stand in for setting it
    // again (paragraph_cache.cpp): the font slots (house styles 0-3, fallback 4) in order of first use, and
    // whether any character needed more than the house faces (the fallback font, RS403 or RS420).
    struct FontUse {
        std::array<int, 5> order{};
        int count = 0;
        unsigned seen = 0;  // bit per slot
        bool beyond_house = false;
    };
    void start_recording_use() { use_ = FontUse{}; }
    const FontUse& recorded_use() const { return use_; }
    // Registers the faces of a recorded use as setting that text would (in the same order) and records it.
    void replay_use(const FontUse& use);
    // The house style (slot) whose face is the document font `index`, preferring one in the recorded use;
    // -1 for the fallback font or none.
    int house_slot_of(int index) const;
    // The document font index of a house style's face (registered if it was not).
    int house_font_of_slot(int slot) { return document_font(slot); }
    // What the shaping depends on: the house faces, their files and the fonts loaded from them.
    const std::shared_ptr<const TrueTypeFont>& house_face(int slot) const { return house_[static_cast<std::size_t>(slot)]; }
    const std::filesystem::path& house_path(int slot) const { return paths_[static_cast<std::size_t>(slot)]; }

private:
    static constexpr int kFallbackSlot = 4;
    // The document font index of a slot, registered on first use (and recorded in use_).
    int document_font(int slot) {
        const auto s = static_cast<std::size_t>(slot);
        if ((use_.seen >> slot & 1u) && document_index_[s] >= 0) return document_index_[s];
        return register_document_font(slot);
    }
    int register_document_font(int slot);
    template <class Emit>
    void each_char(std::string_view text, FontStyle style, Emit&& emit);
    const TrueTypeFont* fallback();

    FontLibrary& library_;
    const model::Environment& env_;
    std::string fallback_name_;
    std::string source_;
    std::string style_source_;
    std::string style_pointer_;
    bool reported_right_to_left_ = false;  // RS420 once per document
    // Where RS402 points for the font under "lettertype"/key.
    diag::Location font_location(std::string_view key) const;
    diag::Diagnostics& out_;
    std::array<std::shared_ptr<const TrueTypeFont>, 5> house_{};  // slot 4 = fallback
    std::array<std::filesystem::path, 5> paths_{};
    std::array<int, 5> document_index_{-1, -1, -1, -1, -1};
    bool fallback_tried_ = false;
    std::vector<FontFace> faces_;
    FontUse use_;
    std::set<char32_t> reported_missing_;
    // Per house style, for the code points below 256: the advance width (font units) of a character that the
    // house face draws as it is, kSlowPath for one that needs the full rule of each_char, kUnknown until first
    // seen. Only a cache: each_char gives the same result without it.
    static constexpr std::int32_t kUnknown = -2;
    static constexpr std::int32_t kSlowPath = -1;
    std::array<std::array<std::int32_t, 256>, 4> latin_advance_;
    // The advance width in font units of a character below U+0100 in a house style, or kSlowPath.
    std::int32_t latin_units(int house_slot, char32_t c);

    // Per house style and size, for the ASCII characters: the advance at that size (exactly as each_char
    // computes it), kNotPlain for one that needs the full rule, kUnmeasured until first seen. Text that is all
    // plain ASCII (nearly every word) is shaped from this table as one piece. Only a cache, like latin_advance_.
    static constexpr double kUnmeasured = -2;
    static constexpr double kNotPlain = -1;
    struct AsciiAdvances {
        int house_slot = 0;
        double size = 0;
        std::array<double, 128> advance;
    };
    std::vector<AsciiAdvances> ascii_advances_;
    std::size_t last_ascii_ = 0;  // the table used last
    AsciiAdvances& ascii_advances(int house_slot, double size) {
        if (last_ascii_ < ascii_advances_.size()) {
            AsciiAdvances& last = ascii_advances_[last_ascii_];
            if (last.house_slot == house_slot && last.size == size) return last;
        }
        return find_ascii_advances(house_slot, size);
    }
    AsciiAdvances& find_ascii_advances(int house_slot, double size);
    // The advance of an ASCII character in a table, or kNotPlain (for any byte of 0x80 and above too).
    double plain_advance(AsciiAdvances& table, unsigned char c) {
        if (c >= 0x80) return kNotPlain;
        const double advance = table.advance[c];
        return advance != kUnmeasured ? advance : measure_plain_advance(table, c);
    }
    double measure_plain_advance(AsciiAdvances& table, unsigned char c);  // fills the table's entry
    // The width of `text` in one house style when every byte of it is a plain ASCII character; false otherwise.
    bool plain_ascii_width(std::string_view text, int house_slot, double size, double& width);
};

}  // namespace raadsstuk::layout
