#pragma once
// The path, colour and line-width operators of a page's content stream, written by raadsstuk into its own
// buffer exactly as libharu's page functions (HPDF_Page_MoveTo, HPDF_Page_SetRGBFill, ...) write them into
// the page's stream: the numbers by libharu's own HPDF_FToA from the same single-precision values, the same
// separators and line ends. The content stream is the same, without libharu's costs per operator (a
// 512-byte buffer cleared byte by byte, the text measured and copied byte by byte).
#include <hpdf.h>

#include <initializer_list>
#include <string>

namespace raadsstuk::pdf::detail {

class PathOperators {
public:
    explicit PathOperators(std::string& out) : out_(out) {}

    void move_to(double x, double y) { numbers({x, y}, " m\n"); }
    void line_to(double x, double y) { numbers({x, y}, " l\n"); }
    void curve_to(double x1, double y1, double x2, double y2, double x3, double y3) {
        numbers({x1, y1, x2, y2, x3, y3}, " c\n");
    }
    void rectangle(double x, double y, double width, double height) { numbers({x, y, width, height}, " re\n"); }
    void close_path() { out_ += "h\n"; }
    void fill() { out_ += "f\n"; }
    void stroke() { out_ += "S\n"; }
    void fill_stroke() { out_ += "B\n"; }

    // The values libharu refuses (a channel outside 0..1, a negative width) write nothing and return
    // false, as libharu's functions raise HPDF_PAGE_OUT_OF_RANGE.
    bool set_rgb_fill(double r, double g, double b) { return rgb(r, g, b, " rg\n"); }
    bool set_rgb_stroke(double r, double g, double b) { return rgb(r, g, b, " RG\n"); }
    bool set_line_width(double width);

private:
    bool rgb(double r, double g, double b, const char* op);
    // The values as HPDF_REAL (float, as libharu's functions take them), separated by spaces, then `op`.
    void numbers(std::initializer_list<double> values, const char* op);

    std::string& out_;
};

}  // namespace raadsstuk::pdf::detail
