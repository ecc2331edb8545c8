// The kenmerken region: title and metadata form on page 1.
#include <algorithm>

#include "layout/letter_context.hpp"

namespace raadsstuk::layout::detail {
namespace {

struct FormRow {
    std::string label;
    Spans value;
};

std::string trimmed(std::string s) {
    while (!s.empty() && s.back() == ' ') s.pop_back();
    while (!s.empty() && s.front() == ' ') s.erase(s.begin());
    return s;
}

// "**Label:** value" -> label and value; false for anything else.
bool as_form_row(const std::vector<Block>& item, FormRow& row) {
    if (item.size() != 1 || item[0].kind != Block::Kind::paragraph || item[0].text.empty()) return false;
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
    if (!value.empty()) {
        std::string& first = value[0].text;
        first.erase(0, first.find_first_not_of(' ') == std::string::npos ? first.size() : first.find_first_not_of(' '));
    }
    row.label = trimmed(label);
    row.value = std::move(value);
    return true;
}

void add_form(const std::vector<FormRow>& rows, LetterContext& ctx, double space_before, std::vector<Strip>& strips) {
    const double label_size = ctx.style.small_size;
    double label_column = 32 * kPointsPerMm;
    for (const auto& r : rows)
        label_column = std::max(label_column, ctx.fonts.width(r.label, FontStyle::regular, label_size) + 10);
    const double value_width = ctx.width - label_column;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        ParagraphStyle ps = ctx.body_style(value_width);
        ps.align = TextAlign::left;
        ps.leading = ctx.style.body_size * 1.25;
        const SetParagraph value = set_paragraph(rows[i].value, ps, ctx.fonts);
        Strip s;
        s.space_before = i == 0 ? space_before : 2.5;
        s.height = std::max<double>(1, static_cast<double>(value.lines.size())) * value.leading;
        put_text(s.items, ctx.fonts, rows[i].label, FontStyle::regular, label_size, ctx.style.accent, ctx.left, value.baseline);
        for (std::size_t k = 0; k < value.lines.size(); ++k) {
            std::vector<PageItem> items = value.lines[k].items;
            std::vector<LinkArea> links = value.lines[k].links;
            const double dy = value.baseline + value.leading * static_cast<double>(k);
            translate(items, ctx.left + label_column, dy);
            translate(links, ctx.left + label_column, dy);
            s.items.insert(s.items.end(), items.begin(), items.end());
            s.links.insert(s.links.end(), links.begin(), links.end());
        }
        s.keep_with_next = true;
        strips.push_back(std::move(s));
    }
    // A thin rule closes the form.
    Strip rule;
    rule.space_before = 0.6 * ctx.body_leading();
    rule.height = 1;
    rule.items.push_back(LineItem{ctx.left, 0.5, ctx.left + ctx.width, 0.5, 0.5, ctx.style.accent});
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
        if (b.kind == Block::Kind::list) {
            std::vector<FormRow> rows;
            bool all = true;
            for (const auto& item : b.items) {
                FormRow row;
                if (!as_form_row(item, row)) {
                    all = false;
                    break;
                }
                rows.push_back(std::move(row));
            }
            if (all && !rows.empty()) {
                add_form(rows, ctx, before, strips);
                before = ctx.paragraph_gap();
                continue;
            }
        }
        add_block_strips({b}, ctx, ctx.left, ctx.width, strips, before);
        before = ctx.paragraph_gap();
    }
}

}  // namespace raadsstuk::layout::detail
