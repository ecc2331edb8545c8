// What every page carries besides the body: letterhead on page 1, running header after it, page numbers.
#include <algorithm>

#include "layout/letter_context.hpp"
#include "layout/png_file.hpp"
#include "layout/utf8.hpp"

namespace raadsstuk::layout::detail {

double add_letterhead(Page& page, const LayoutRequest& request, LetterContext& ctx) {
    const model::HouseStyle& st = ctx.style;
    const double top = std::max(10.0, 0.55 * st.margin_top) * kPointsPerMm;
    const double right = ctx.left + ctx.width;
    double name_x = ctx.left;
    double bottom = top;
    if (st.logo && !st.logo->empty()) {
        const std::filesystem::path file = request.style_dir / *st.logo;
        std::string why;
        if (const auto png = read_png_size(file, &why)) {
            const double h = 18 * kPointsPerMm;
            const double w = std::min(h * png->width / png->height, 0.45 * ctx.width);
            const double real_h = w * png->height / png->width;
            page.items.push_back(ImageItem{file, ctx.left, top, w, real_h});
            name_x = ctx.left + w + 4 * kPointsPerMm;
            bottom = std::max(bottom, top + real_h);
        } else {
            const diag::Location where = request.style_source.empty()
                                             ? diag::Location{ctx.source, "", 0, 0}
                                             : diag::Location{request.style_source, request.style.pointer + "/logo", 0, 0};
            ctx.out.push_back(diag::make("RS404", where,
                                         "logo '" + *st.logo + "' kan niet worden gebruikt: " + why,
                                         "het logo moet een PNG-bestand zijn, met een pad ten opzichte van het gemeentebestand"));
        }
    }
    const double small = st.small_size + 1;
    const double name_size = st.heading_size * 2;
    const double first_baseline = top + ctx.fonts.ascender(small);
    put_text(page.items, ctx.fonts, "gemeente", FontStyle::regular, small, st.accent, name_x, first_baseline);
    const double name_baseline = first_baseline + name_size * 1.05;
    put_text(page.items, ctx.fonts, request.gemeente_name, FontStyle::bold, name_size, st.primary, name_x, name_baseline);
    bottom = std::max(bottom, name_baseline - ctx.fonts.descender(name_size));

    double y = top + ctx.fonts.ascender(st.small_size);
    for (const std::string& line : st.letterhead) {
        const double w = ctx.fonts.width(line, FontStyle::regular, st.small_size);
        put_text(page.items, ctx.fonts, line, FontStyle::regular, st.small_size, st.text, right - w, y);
        bottom = std::max(bottom, y - ctx.fonts.descender(st.small_size));
        y += ctx.small_leading();
    }
    const double rule_y = bottom + 4 * kPointsPerMm;
    page.items.push_back(LineItem{ctx.left, rule_y, right, rule_y, 1.0, st.primary});
    return rule_y + 9 * kPointsPerMm;
}

void add_running_header(Page& page, const LayoutRequest& request, LetterContext& ctx) {
    const model::HouseStyle& st = ctx.style;
    const double size = st.small_size;
    const double baseline = st.margin_top * kPointsPerMm - 9 * kPointsPerMm;
    const std::string separator = "  \u00B7  ";
    double x = put_text(page.items, ctx.fonts, request.gemeente_name, FontStyle::bold, size, st.accent, ctx.left, baseline);
    std::string rest;
    if (!request.info.kind_label.empty()) rest += separator + request.info.kind_label;
    if (!request.info.title.empty()) rest += separator + request.info.title;
    const double room = ctx.left + ctx.width - x;
    if (ctx.fonts.width(rest, FontStyle::regular, size) > room) {
        // Shorten at a character boundary and add an ellipsis.
        std::vector<char32_t> chars = decode_utf8(rest);
        std::string cut;
        while (!chars.empty()) {
            chars.pop_back();
            cut.clear();
            for (char32_t c : chars) append_utf8(cut, c);
            cut += "\u2026";
            if (ctx.fonts.width(cut, FontStyle::regular, size) <= room) break;
        }
        rest = cut;
    }
    put_text(page.items, ctx.fonts, rest, FontStyle::regular, size, st.accent, x, baseline);
    const double rule_y = baseline + 3.5;
    page.items.push_back(LineItem{ctx.left, rule_y, ctx.left + ctx.width, rule_y, 0.4, st.accent});
}

void add_page_footer(Page& page, std::size_t number, std::size_t count, LetterContext& ctx, double page_height) {
    const model::HouseStyle& st = ctx.style;
    const std::string text = "pagina " + std::to_string(number) + " van " + std::to_string(count);
    const double w = ctx.fonts.width(text, FontStyle::regular, st.small_size);
    const double baseline = page_height - std::max(10.0, 0.5 * st.margin_bottom) * kPointsPerMm;
    put_text(page.items, ctx.fonts, text, FontStyle::regular, st.small_size, st.accent, ctx.left + ctx.width - w, baseline);
}

}  // namespace raadsstuk::layout::detail
