#pragma once
// What the parts of the letter layout share: the house style, the fonts, the text column and the derived
// sizes, and the diagnostics sink. Internal to the layout stage.
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "layout/font_set.hpp"
#include "layout/page_flow.hpp"
#include "layout/set_paragraph.hpp"
#include "model/house_style.hpp"

namespace raadsstuk::layout::detail {

constexpr double kPointsPerMm = 72.0 / 25.4;

struct LetterContext {
    const model::HouseStyle& style;
    FontSet& fonts;
    diag::Diagnostics& out;
    std::string source;
    double left = 0;   // x of the text column
    double width = 0;  // width of the text column
    TextAlign body_align = TextAlign::justify;  // of running text; forms set their values ragged
    const Hyphenator* hyphenator = nullptr;     // for justified running text; nullptr: no hyphenation
    const void* hyphenation_identity = nullptr; // the dictionary behind `hyphenator` (ParagraphStyle)
    const Hyphenation* hyphenation = nullptr;   // the same dictionary, for taking its points directly

    double body_leading() const { return style.body_size * style.line_height; }
    double paragraph_gap() const { return 0.7 * body_leading(); }
    double small_leading() const { return style.small_size * style.line_height; }

    ParagraphStyle text_style(double w, double size, TextAlign align = TextAlign::justify) const {
        ParagraphStyle p;
        p.width = w;
        p.size = size;
        p.leading = size * style.line_height;
        p.color = style.text;
        p.link_color = style.primary;
        p.align = align;
        return p;
    }
    ParagraphStyle body_style(double w) const {
        ParagraphStyle p = text_style(w, style.body_size, body_align);
        if (body_align == TextAlign::justify) {
            p.hyphenator = hyphenator;
            p.hyphenation_identity = hyphenation_identity;
            p.hyphenation = hyphenation;
        }
        return p;
    }
};

// A colour between `c` (t = 0) and white (t = 1).
inline model::Color tint(model::Color c, double t) {
    auto mix = [t](unsigned char v) { return static_cast<unsigned char>(v + (255 - v) * t + 0.5); };
    return {mix(c.r), mix(c.g), mix(c.b)};
}

// Appends one strip per line of a set paragraph at column x. Widows and orphans: a break is allowed only
// with at least two lines on either side, and not after a hyphenated line; keep_all keeps every line with
// the next.
void add_line_strips(SetParagraph p, double x, double space_before, std::vector<Strip>& strips,
                     bool keep_all = false);

// Appends the strips of blocks (paragraphs, headings, lists, tables, quotes, code, rules) in a column.
// The first block gets `first_space_before` above it, the others the usual gaps.
void add_block_strips(const std::vector<Block>& blocks, LetterContext& ctx, double x, double width,
                      std::vector<Strip>& strips, double first_space_before);

// A GFM table: header row in bold, column widths fitted to the content, thin rules in the accent colour,
// the header row repeated on a page break.
void add_table_strips(const Block& table, LetterContext& ctx, double x, double width, double space_before,
                      std::vector<Strip>& strips);

}  // namespace raadsstuk::layout::detail

namespace raadsstuk::layout::detail {

// The kenmerken region: the title (# heading) large, then the "**Label:** value" list as a form with the
// labels small in the accent colour in a fixed column and the values beside them.
void add_kenmerken_strips(const std::vector<Block>& blocks, LetterContext& ctx, std::vector<Strip>& strips);

// The status region: paragraphs as text; its first table (Onderdeel | Status | Huidige partner | Nieuwe
// partner | Streefdatum | Toelichting) as a figure with one row per domain.
void add_status_strips(const std::vector<Block>& blocks, LetterContext& ctx, std::vector<Strip>& strips,
                       double space_before);

// The closing regions: slot (greeting), ondertekening (signatories side by side), voet (small print).
void add_slot_strips(const std::vector<Block>& blocks, LetterContext& ctx, std::vector<Strip>& strips);
void add_signature_strips(const std::vector<Block>& blocks, LetterContext& ctx, std::vector<Strip>& strips);
void add_footnote_strips(const std::vector<Block>& blocks, LetterContext& ctx, std::vector<Strip>& strips);

// Places shaped text: one TextRun per font piece, starting at x on the baseline y; returns the end x.
double put_text(std::vector<PageItem>& items, FontSet& fonts, std::string_view text, FontStyle style, double size,
                model::Color color, double x, double y);

}  // namespace raadsstuk::layout::detail

#include "layout/layout_request.hpp"

namespace raadsstuk::layout::detail {

// Page 1: logo (optional), gemeente name large in the primary colour, the letterhead lines small at the
// right, a rule. Returns the y below which the body may start. RS404 when the logo cannot be read.
double add_letterhead(Page& page, const LayoutRequest& request, LetterContext& ctx);
// Pages 2 and later: "Voorschoten · Raadsinformatiebrief · onderwerp", small, accent colour, thin rule.
void add_running_header(Page& page, const LayoutRequest& request, LetterContext& ctx);
// Every page: "pagina X van Y".
void add_page_footer(Page& page, std::size_t number, std::size_t count, LetterContext& ctx, double page_height);

}  // namespace raadsstuk::layout::detail
