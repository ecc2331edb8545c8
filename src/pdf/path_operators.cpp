#include "pdf/path_operators.hpp"

#include <hpdf_consts.h>
#include <hpdf_utils.h>

namespace raadsstuk::pdf::detail {

void PathOperators::numbers(std::initializer_list<double> values, const char* op) {
    // Room as in libharu's callers (its own buffer of HPDF_TMP_BUF_SIZ): HPDF_FToA stops at the end given.
    char buf[4 * HPDF_REAL_LEN];
    bool first = true;
    for (const double v : values) {
        if (!first) out_ += ' ';
        first = false;
        const char* end = HPDF_FToA(buf, static_cast<HPDF_REAL>(v), buf + sizeof buf - 1);
        out_.append(buf, static_cast<std::size_t>(end - buf));
    }
    out_ += op;
}

bool PathOperators::rgb(double r, double g, double b, const char* op) {
    for (const double v : {r, g, b}) {
        const auto f = static_cast<HPDF_REAL>(v);
        if (f < 0 || f > 1) return false;
    }
    numbers({r, g, b}, op);
    return true;
}

bool PathOperators::set_line_width(double width) {
    if (static_cast<HPDF_REAL>(width) < 0) return false;
    numbers({width}, " w\n");
    return true;
}

}  // namespace raadsstuk::pdf::detail
