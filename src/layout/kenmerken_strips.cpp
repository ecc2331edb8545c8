// The kenmerken region: title and metadata form on page 1.
#include <algorithm>
#include <optional>

#include "layout/letter_context.hpp"
#include "regions/form_rows.hpp"

namespace raadsstuk::layout::detail {
namespace {

using regions::as_form;
using regions::FormRow;

// Rows of labels and values: labels small in the accent colour in a column of their own, on the baseline of
// the first line of their value. A short row (up to three lines) is kept together with what follows, so a
// form of short rows stays on one page; a long value (a kernboodschap, the beslispunten) may break.
void add_form(const std::vector<FormRow>& rows, LetterContext& ctx, double x, double width, double space_before,
              std::vector<Strip>& strips) {
    const double label_size = ctx.style.small_size;
    double label_column = std::min(32 * kPointsPerMm, 0.3 * width);
    for (const auto& r : rows)
        label_column = std::max(label_column, ctx.fonts.width(r.label, FontStyle::regular, label_size) + 10);
    label_column = std::min(label_column, 0.45 * width);
    const double value_x = x + label_column, value_width = width - label_column;
    const double label_baseline = ctx.fonts.baseline_in_line(ctx.style.body_size, ctx.body_leading());
    // Values in a narrow column read better ragged than justified with wide gaps.
    const TextAlign running_align = ctx.body_align;
    ctx.body_align = TextAlign::left;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const FormRow& row = rows[i];
        const double before = i == 0 ? space_before : 0.25 * ctx.body_leading();
        const std::size_t first = strips.size();
        const auto nested = row.value.size() == 1 ? as_form(row.value[0]) : std::nullopt;
        if (nested) {
            add_form(*nested, ctx, value_x, value_width, before, strips);
            strips.pop_back();  // a nested form has no closing rule of its own
        } else if (!row.value.empty()) {
            add_block_strips(row.value, ctx, value_x, value_width, strips, before);
        }
        if (strips.size() == first) {  // an empty value: the label alone, on a line of its own
            Strip empty;
            empty.space_before = before;
            empty.height = ctx.body_leading();
            strips.push_back(std::move(empty));
        }
        // The label goes with the first line of its value (which may hold a list marker already).
        put_text(strips[first].items, ctx.fonts, row.label, FontStyle::regular, label_size, ctx.style.accent, x,
                 label_baseline);
        if (strips.size() - first <= 3)
            for (std::size_t k = first; k < strips.size(); ++k) strips[k].keep_with_next = true;
        else
            strips[first].keep_with_next = true;
    }
    ctx.body_align = running_align;
    // A thin rule closes the form.
    Strip rule;
    rule.space_before = 0.6 * ctx.body_leading();
    rule.height = 1;
    rule.items.push_back(LineItem{x, 0.5, x + width, 0.5, 0.5, ctx.style.accent});
    strips.push_back(std::move(rule));
}

}  // namespace

void add_kenmerken_strips(const std::vector<Block>& blocks, LetterContext& ctx, std::vector<Strip>& strips) {
    double before = 0;
    for (const Block& b : blocks) {
        if (b.kind == Block::Kind::heading && b.level == 1) {
            const double size = ctx.style.heading_size * 1.6;
            ParagraphStyle ps = ctx.text_style(ctx.width, size, TextAlign::left);
            ps.leading = size * 1.2;
            ps.bold = true;
            ps.color = ctx.style.primary;
            add_line_strips(set_paragraph(b.text, ps, ctx.fonts), ctx.left, before, strips, true);
            before = 0.5 * ctx.body_leading();
            continue;
        }
        if (const auto rows = as_form(b)) {
            add_form(*rows, ctx, ctx.left, ctx.width, before, strips);
            before = ctx.paragraph_gap();
            continue;
        }
        add_block_strips({b}, ctx, ctx.left, ctx.width, strips, before);
        before = ctx.paragraph_gap();
    }
}

}  // namespace raadsstuk::layout::detail
