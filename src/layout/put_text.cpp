#include "layout/letter_context.hpp"

namespace raadsstuk::layout::detail {

double put_text(std::vector<PageItem>& items, FontSet& fonts, std::string_view text, FontStyle style, double size,
                model::Color color, double x, double y) {
    // shape_into gives the pieces shape() gives, to the last bit, into buffers kept per thread.
    thread_local std::string drawn;
    thread_local std::vector<ShapedRange> pieces;
    drawn.clear();
    pieces.clear();
    fonts.shape_into(text, style, size, drawn, pieces);
    for (const ShapedRange& piece : pieces) {
        items.push_back(TextRun{x, y, piece.font, size, color, drawn.substr(piece.begin, piece.end - piece.begin), 0});
        x += piece.width;
    }
    return x;
}

}  // namespace raadsstuk::layout::detail
