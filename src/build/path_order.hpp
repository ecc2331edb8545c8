#pragma once
// std::filesystem::path's order (component by component) for clean relative or absolute paths held as
// strings, which cost a tenth of a std::filesystem::path (each of its components an object of its own):
// the separator sorts before every other character, so that "2021/x" < "2021-x/y" as in a path's order.
#include <algorithm>
#include <string_view>

namespace raadsstuk::build {

inline bool path_order_less(std::string_view a, std::string_view b) {
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (a[i] == b[i]) continue;
        if (a[i] == '/') return true;
        if (b[i] == '/') return false;
        return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]);
    }
    return a.size() < b.size();
}

}  // namespace raadsstuk::build
