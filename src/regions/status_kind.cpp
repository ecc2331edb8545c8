#include "regions/status_kind.hpp"

#include <cctype>
#include <string>

namespace raadsstuk::regions {

StatusKind status_kind(std::string_view label) {
    while (!label.empty() && label.front() == ' ') label.remove_prefix(1);
    while (!label.empty() && label.back() == ' ') label.remove_suffix(1);
    std::string s;
    for (char c : label) s += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (s == "besloten" || s == "afgerond") return StatusKind::decided;
    if (s == "in onderzoek") return StatusKind::under_study;
    if (s == "stilgelegd") return StatusKind::halted;
    return StatusKind::other;
}

}  // namespace raadsstuk::regions
