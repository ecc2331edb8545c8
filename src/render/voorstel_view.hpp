#pragma once
// The template variables of a raadsvoorstel, shared by its two templates: the proposal ("raadsvoorstel")
// and the ontwerp-raadsbesluit ("raadsbesluit"). As for letters every documented variable is always there;
// an optional one the data lacks is `false` (or an empty list). docs/templates.md lists them.
#include <string>
#include <string_view>

#include "model/resolved_voorstel.hpp"
#include "render/value.hpp"

namespace raadsstuk::render {

Value make_voorstel_view(const model::ResolvedVoorstel& voorstel);

// "[[bedrag:NAAM]]" replaced by the amount in Dutch notation ("€ 64.000"); the loader has made sure that
// every name exists (RS015), an unknown one is left as it is.
std::string insert_amounts(std::string_view text, const std::map<std::string, long long>& amounts_cents);

}  // namespace raadsstuk::render
