// The closing of the letter: greeting, signatories side by side, small print. lay_out keeps it together.
#include <algorithm>

#include "layout/letter_context.hpp"

namespace raadsstuk::layout::detail {

void add_slot_strips(const std::vector<Block>& blocks, LetterContext& ctx, std::vector<Strip>& strips) {
    double before = 1.2 * ctx.body_leading();
    for (const Block& b : blocks) {
        if (b.kind == Block::Kind::paragraph) {
            add_line_strips(set_paragraph(b.text, ctx.text_style(ctx.width, ctx.style.body_size, TextAlign::left), ctx.fonts),
                            ctx.left, before, strips, true);
        } else {
            add_block_strips({b}, ctx, ctx.left, ctx.width, strips, before);
        }
        before = ctx.paragraph_gap();
    }
}

void add_signature_strips(const std::vector<Block>& blocks, LetterContext& ctx, std::vector<Strip>& strips) {
    const double signature_space = 3.2 * ctx.body_leading();
    for (const Block& b : blocks) {
        if (b.kind != Block::Kind::table || b.rows.empty()) {
            add_block_strips({b}, ctx, ctx.left, ctx.width, strips, ctx.paragraph_gap());
            continue;
        }
        const std::size_t columns = b.align.size();
        const double column_width = ctx.width / static_cast<double>(std::max<std::size_t>(columns, 2));
        // One paragraph per signatory: the rows (name, function, ...) as lines.
        std::vector<SetParagraph> people;
        double height = 0;
        for (std::size_t c = 0; c < columns; ++c) {
            Spans spans;
            for (std::size_t r = 0; r < b.rows.size(); ++r) {
                if (c >= b.rows[r].size() || b.rows[r][c].empty()) continue;
                if (!spans.empty()) spans.push_back(Span{"", {}, true});
                spans.insert(spans.end(), b.rows[r][c].begin(), b.rows[r][c].end());
            }
            people.push_back(set_paragraph(spans, ctx.text_style(column_width - 10, ctx.style.body_size, TextAlign::left), ctx.fonts));
            height = std::max(height, people.back().height());
        }
        Strip s;
        s.space_before = signature_space;
        s.height = height;
        for (std::size_t c = 0; c < people.size(); ++c) {
            for (std::size_t k = 0; k < people[c].lines.size(); ++k) {
                std::vector<PageItem> items = people[c].lines[k].items;
                translate(items, ctx.left + column_width * static_cast<double>(c),
                          people[c].baseline + people[c].leading * static_cast<double>(k));
                s.items.insert(s.items.end(), items.begin(), items.end());
            }
        }
        s.keep_with_next = true;
        strips.push_back(std::move(s));
    }
}

void add_footnote_strips(const std::vector<Block>& blocks, LetterContext& ctx, std::vector<Strip>& strips) {
    double before = 1.6 * ctx.body_leading();
    for (const Block& b : blocks) {
        if (b.kind == Block::Kind::paragraph) {
            ParagraphStyle ps = ctx.text_style(ctx.width, ctx.style.small_size, TextAlign::left);
            ps.color = ctx.style.accent;
            add_line_strips(set_paragraph(b.text, ps, ctx.fonts), ctx.left, before, strips, true);
        } else {
            add_block_strips({b}, ctx, ctx.left, ctx.width, strips, before);
        }
        before = 0.5 * ctx.small_leading();
    }
}

}  // namespace raadsstuk::layout::detail
