// The kenmerken region: title and metadata form on page 1.
#include <algorithm>
#include <optional>

#include "layout/letter_context.hpp"

namespace raadsstuk::layout::detail {
namespace {

struct FormRow {
    std::string label;
    std::vector<Block> value;  // the rest of the label's paragraph, then the item's other blocks
};

std::string trimmed(std::string s) {
    while (!s.empty() && s.back() == ' ') s.pop_back();
    while (!s.empty() && s.front() == ' ') s.erase(s.begin());
    return s;
}

// A list item "**Label:** value" (the value may be empty and may go on in further blocks: a nested list of
// bijlagen or beslispunten, or a nested form) -> label and value; false for anything else.
bool as_form_row(const std::vector<Block>& item, FormRow& row) {
    if (item.empty() || item[0].kind != Block::Kind::paragraph || item[0].text.empty()) return false;
    const Spans& spans = item[0].text;
    if (!spans[0].style.bold) return false;
    std::string label = trimmed(spans[0].text);
    Spans value(spans.begin() + 1, spans.end());
    if (!label.empty() && label.back() == ':') {
        label.pop_back();
    } else if (!value.empty() && !value[0].text.empty() && value[0].text[0] == ':') {
        value[0].text.erase(0, 1);
    } else {
        return false;
    }
    while (!value.empty() && !value[0].hard_break && trimmed(value[0].text).empty()) value.erase(value.begin());
    if (!value.empty()) {
        std::string& first = value[0].text;
        first.erase(0, first.find_first_not_of(' ') == std::string::npos ? first.size() : first.find_first_not_of(' '));
    }
    row.label = trimmed(label);
    row.value.clear();
    if (!value.empty()) {
        Block paragraph;
        paragraph.kind = Block::Kind::paragraph;
        paragraph.line = item[0].line;
        paragraph.text = std::move(value);
        row.value.push_back(std::move(paragraph));
    }
    row.value.insert(row.value.end(), item.begin() + 1, item.end());
    return true;
}

// A list whose items are all form rows, as rows; nothing for any other block.
std::optional<std::vector<FormRow>> as_form(const Block& b) {
    if (b.kind != Block::Kind::list || b.ordered || b.items.empty()) return std::nullopt;
    std::vector<FormRow> rows;
    for (const auto& item : b.items) {
        FormRow row;
        if (!as_form_row(item, row)) return std::nullopt;
        rows.push_back(std::move(row));
    }
    return rows;
}

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
