#include "load/load.hpp"
#include "load/root_members.hpp"

namespace raadsstuk::load {

std::optional<std::string> detect_kind(std::string_view json_text) {
    static constexpr std::string_view kSoort[] = {"soort"};
    const auto members = root_members(json_text, kSoort, "soort");
    if (!members) return std::nullopt;
    const auto it = members->find("soort");
    if (it == members->end() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
}

}  // namespace raadsstuk::load
