// GFM tables in running text.
#include <algorithm>
#include <cmath>

#include "layout/letter_context.hpp"
#include "layout/utf8.hpp"

namespace raadsstuk::layout::detail {
namespace {

constexpr double kPadX = 4;
constexpr double kPadY = 3;

// Natural width (all on one line) and widest word of a cell.
void measure_cell(const Spans& spans, bool header, LetterContext& ctx, double size, double& natural, double& widest) {
    natural = 0;
    widest = 0;
    double word = 0;
    for (const Span& s : spans) {
        if (s.hard_break) {
            widest = std::max(widest, word);
            word = 0;
            continue;
        }
        const FontStyle fs = font_style(s.style.bold || header, s.style.italic);
        std::size_t start = 0;
        while (start <= s.text.size()) {
            std::size_t space = s.text.find(' ', start);
            const std::string piece = s.text.substr(start, space == std::string::npos ? std::string::npos : space - start);
            const double w = ctx.fonts.width(piece, fs, size);
            word += w;
            natural += w;
            if (space == std::string::npos) break;
            widest = std::max(widest, word);
            word = 0;
            natural += ctx.fonts.space_width(fs, size);
            start = space + 1;
        }
    }
    widest = std::max(widest, word);
}

std::vector<double> column_widths(const Block& table, LetterContext& ctx, double size, double available) {
    const std::size_t columns = table.align.size();
    std::vector<double> most(columns, 0), least(columns, 0);
    for (std::size_t r = 0; r < table.rows.size(); ++r)
        for (std::size_t c = 0; c < columns && c < table.rows[r].size(); ++c) {
            double natural = 0, widest = 0;
            measure_cell(table.rows[r][c], r == 0, ctx, size, natural, widest);
            most[c] = std::max(most[c], natural + 2 * kPadX + 0.5);
            least[c] = std::max(least[c], widest + 2 * kPadX + 0.5);
        }
    double sum_most = 0, sum_least = 0;
    for (std::size_t c = 0; c < columns; ++c) sum_most += most[c], sum_least += least[c];
    std::vector<double> widths(columns);
    if (sum_most <= available) {
        // Fits as it is: spread what is left evenly, so the table spans the text column.
        for (std::size_t c = 0; c < columns; ++c) widths[c] = most[c] + (available - sum_most) / static_cast<double>(columns);
    } else if (sum_least <= available) {
        const double spare = available - sum_least, wanted = sum_most - sum_least;
        for (std::size_t c = 0; c < columns; ++c) widths[c] = least[c] + spare * (most[c] - least[c]) / wanted;
    } else {
        for (std::size_t c = 0; c < columns; ++c) widths[c] = least[c] * available / sum_least;
    }
    return widths;
}

}  // namespace

void add_table_strips(const Block& table, LetterContext& ctx, double x, double width, double space_before,
                      std::vector<Strip>& strips) {
    if (table.rows.empty() || table.align.empty()) return;
    const double size = std::max(ctx.style.small_size, ctx.style.body_size - 1);
    const std::vector<double> widths = column_widths(table, ctx, size, width);
    double table_width = 0;
    for (double w : widths) table_width += w;
    const model::Color rule = ctx.style.accent;
    const int header_index = static_cast<int>(strips.size());
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const bool header = r == 0;
        std::vector<SetParagraph> cells;
        double height = 0;
        for (std::size_t c = 0; c < widths.size(); ++c) {
            ParagraphStyle ps = ctx.text_style(widths[c] - 2 * kPadX, size, TextAlign::left);
            const CellAlign a = table.align[c];
            ps.align = a == CellAlign::right ? TextAlign::right : a == CellAlign::center ? TextAlign::center : TextAlign::left;
            ps.bold = header;
            cells.push_back(set_paragraph(c < table.rows[r].size() ? table.rows[r][c] : Spans{}, ps, ctx.fonts));
            height = std::max(height, cells.back().height());
        }
        height = std::max(height, size * ctx.style.line_height) + 2 * kPadY;
        Strip s;
        s.height = height;
        s.space_before = header ? space_before : 0;
        if (header) {
            BoxItem band;
            band.x = x, band.y = 0, band.width = table_width, band.height = height;
            band.filled = true;
            band.fill = tint(ctx.style.accent, 0.85);
            s.items.push_back(band);
            s.items.push_back(LineItem{x, 0, x + table_width, 0, 0.8, rule});
        }
        double cx = x;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            for (std::size_t k = 0; k < cells[c].lines.size(); ++k) {
                std::vector<PageItem> items = cells[c].lines[k].items;
                std::vector<LinkArea> links = cells[c].lines[k].links;
                const double dy = kPadY + cells[c].baseline + cells[c].leading * static_cast<double>(k);
                translate(items, cx + kPadX, dy);
                translate(links, cx + kPadX, dy);
                s.items.insert(s.items.end(), items.begin(), items.end());
                s.links.insert(s.links.end(), links.begin(), links.end());
            }
            cx += widths[c];
        }
        const bool last = r + 1 == table.rows.size();
        s.items.push_back(LineItem{x, height, x + table_width, height, header || last ? 0.8 : 0.3, rule});
        s.keep_with_next = header;
        if (!header) s.repeat_header = header_index;
        strips.push_back(std::move(s));
    }
}

}  // namespace raadsstuk::layout::detail
