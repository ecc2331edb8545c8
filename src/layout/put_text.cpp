#include "layout/letter_context.hpp"

namespace raadsstuk::layout::detail {

double put_text(std::vector<PageItem>& items, FontSet& fonts, std::string_view text, FontStyle style, double size,
                model::Color color, double x, double y) {
    for (auto& piece : fonts.shape(text, style, size)) {
        items.push_back(TextRun{x, y, piece.font, size, color, std::move(piece.text), 0});
        x += piece.width;
    }
    return x;
}

}  // namespace raadsstuk::layout::detail
