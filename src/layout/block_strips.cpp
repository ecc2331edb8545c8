// Blocks of running text (the tekst and bijlagen regions) as strips.
#include <algorithm>
#include <optional>

#include "layout/letter_context.hpp"

namespace raadsstuk::layout::detail {

void add_line_strips(SetParagraph p, double x, double space_before, std::vector<Strip>& strips, bool keep_all) {
    const std::size_t n = p.lines.size();
    const std::size_t paragraph = strips.size();
    for (std::size_t k = 0; k < n; ++k) {
        Strip s;
        SetLine& line = p.lines[k];
        s.role = StripRole{StripRole::Kind::text_line, paragraph, k, n, line.justified, line.hyphenated, line.spaces,
                           line.space_scale};
        s.height = p.leading;
        s.space_before = k == 0 ? space_before : 0;
        s.items = std::move(line.items);
        s.links = std::move(line.links);
        translate(s.items, x, p.baseline);
        translate(s.links, x, p.baseline);
        s.keep_with_next = keep_all || k < 1 || k + 2 >= n;
        if (k + 1 == n && !keep_all) s.keep_with_next = false;
        // A page never ends in a hyphenated word: text extraction would not join its halves.
        if (p.lines[k].hyphenated) s.keep_with_next = true;
        strips.push_back(std::move(s));
    }
}

namespace {

double heading_size(const LetterContext& ctx, int level) {
    if (level <= 1) return ctx.style.heading_size * 1.2;
    if (level == 2) return ctx.style.heading_size;
    return std::max(ctx.style.body_size + 0.5, ctx.style.heading_size - 1.5);
}

void add_heading(const Block& b, LetterContext& ctx, double x, double width, double space_before, std::vector<Strip>& strips) {
    const double size = heading_size(ctx, b.level);
    ParagraphStyle ps = ctx.text_style(width, size, TextAlign::left);
    ps.leading = size * 1.25;
    ps.bold = true;
    ps.color = ctx.style.primary;
    const std::size_t first = strips.size();
    add_line_strips(set_paragraph(b.text, ps, ctx.fonts), x, space_before, strips, true);
    for (std::size_t i = first; i < strips.size(); ++i) strips[i].role.kind = StripRole::Kind::heading_line;
    if (strips.size() > first) strips[first].outline = OutlineEntry{plain_text(b.text), std::max(1, b.level - 1), 0, 0};
}

// "a. " at the start of a list item: Markdown has no lettered lists, so sub-clauses (a., b., c. under a
// beslispunt) are written as bullet items that start with their letter. Returns the letter with its dot.
std::optional<std::string> letter_of(const std::vector<Block>& item) {
    if (item.empty() || item[0].kind != Block::Kind::paragraph || item[0].text.empty()) return std::nullopt;
    const std::string& t = item[0].text[0].text;
    if (t.size() < 3 || t[0] < 'a' || t[0] > 'z' || t[1] != '.' || t[2] != ' ') return std::nullopt;
    return t.substr(0, 2);
}

void add_list(const Block& b, LetterContext& ctx, double x, double width, double space_before, int depth,
              std::vector<Strip>& strips) {
    const double size = ctx.style.body_size;
    const FontStyle regular = FontStyle::regular;
    // The markers: numbers, letters (when every item of a bullet list starts with "a. ", "b. ", ...) or bullets.
    std::vector<std::string> markers;
    std::vector<std::vector<Block>> items = b.items;
    bool lettered = !b.ordered && !items.empty();
    for (const auto& item : items) lettered = lettered && letter_of(item).has_value();
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (b.ordered) {
            markers.push_back(std::to_string(b.start + static_cast<int>(i)) + ".");
        } else if (lettered) {
            markers.push_back(*letter_of(items[i]));
            items[i][0].text[0].text.erase(0, 3);
        } else {
            markers.push_back(depth == 0 ? "\u2022" : "\u2013");
        }
    }
    const bool right_aligned = b.ordered || lettered;
    double indent = 14;
    if (right_aligned)
        for (const auto& m : markers) indent = std::max(indent, ctx.fonts.width(m, regular, size) + 6);
    const double item_gap = 0.25 * ctx.body_leading();
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::size_t first = strips.size();
        add_block_strips(items[i], ctx, x + indent, width - indent, strips, i == 0 ? space_before : item_gap);
        if (strips.size() == first) continue;
        const std::string& marker = markers[i];
        const double marker_width = ctx.fonts.width(marker, regular, size);
        const double marker_x = right_aligned ? x + indent - 5 - marker_width : x + (depth == 0 ? 2 : 1);
        const double baseline = ctx.fonts.baseline_in_line(size, ctx.body_leading());
        double run_x = marker_x;
        for (auto& piece : ctx.fonts.shape(marker, regular, size)) {
            strips[first].items.push_back(TextRun{run_x, baseline, piece.font, size, ctx.style.text, piece.text, 0});
            run_x += piece.width;
        }
    }
}

}  // namespace

void add_block_strips(const std::vector<Block>& blocks, LetterContext& ctx, double x, double width,
                      std::vector<Strip>& strips, double first_space_before) {
    const double gap = ctx.paragraph_gap();
    bool after_heading = false;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        double before = i == 0 ? first_space_before : (after_heading ? 0.15 * ctx.body_leading() : gap);
        after_heading = false;
        switch (b.kind) {
            case Block::Kind::paragraph:
                add_line_strips(set_paragraph(b.text, ctx.body_style(width), ctx.fonts), x, before, strips);
                break;
            case Block::Kind::code: {
                ParagraphStyle ps = ctx.body_style(width);
                ps.align = TextAlign::left;
                add_line_strips(set_paragraph(b.text, ps, ctx.fonts), x, before, strips);
                break;
            }
            case Block::Kind::heading:
                if (i > 0) before = 1.1 * ctx.body_leading();
                add_heading(b, ctx, x, width, before, strips);
                after_heading = true;
                break;
            case Block::Kind::list: {
                int depth = 0;
                // nested lists are laid out by recursion through add_block_strips; depth from the column
                depth = x > ctx.left + 1 ? 1 : 0;
                add_list(b, ctx, x, width, before, depth, strips);
                break;
            }
            case Block::Kind::quote: {
                const std::size_t first = strips.size();
                add_block_strips(b.children, ctx, x + 14, width - 14, strips, before);
                for (std::size_t k = first; k < strips.size(); ++k)
                    strips[k].items.push_back(LineItem{x + 4, 0, x + 4, strips[k].height, 1.5, ctx.style.accent});
                break;
            }
            case Block::Kind::rule: {
                Strip s;
                s.space_before = before;
                s.height = ctx.body_leading();
                s.items.push_back(LineItem{x, s.height / 2, x + width, s.height / 2, 0.5, ctx.style.accent});
                strips.push_back(std::move(s));
                break;
            }
            case Block::Kind::table:
                add_table_strips(b, ctx, x, width, before, strips);
                break;
        }
    }
}

}  // namespace raadsstuk::layout::detail
