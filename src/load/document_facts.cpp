#include "load/document_facts.hpp"

#include <nlohmann/json.hpp>

namespace raadsstuk::load {
namespace {

std::string string_member(const nlohmann::json& j, const char* key) {
    if (!j.is_object()) return {};
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

namespace detail {

DocumentFacts document_facts_of(const nlohmann::json& j) {
    DocumentFacts f;
    f.soort = string_member(j, "soort");
    const auto recorded = j.is_object() ? j.find("sjabloonversie") : j.end();
    if (recorded != j.end() && recorded->is_number_integer()) f.sjabloonversie = recorded->get<int>();
    f.sjabloon = string_member(j, "sjabloon");
    f.sjabloon_besluit = string_member(j, "sjabloon_besluit");
    f.gemeente = string_member(j, "gemeente");
    return f;
}

}  // namespace detail

DocumentFacts document_facts(std::string_view text) {
    return detail::document_facts_of(nlohmann::json::parse(text, nullptr, false));
}

}  // namespace raadsstuk::load
