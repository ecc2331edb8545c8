#pragma once
// The fonts of the default house style, as a layout test sets text with them.
#include "diag/diagnostic.hpp"
#include "layout/font_library.hpp"
#include "layout/font_set.hpp"
#include "model/environment.hpp"
#include "model/house_style.hpp"

namespace raadsstuk::layout::test {

struct DefaultFonts {
    model::Environment env;
    model::HouseStyle style;
    diag::Diagnostics out;
    FontSet fonts{FontLibrary::shared(), env, style, "test.json", out};
};

}  // namespace raadsstuk::layout::test
