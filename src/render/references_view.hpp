#pragma once
// The template variable "verwijzingen" (earlier documents a document refers to), the same for every kind.
#include <vector>

#include "model/raadsinformatiebrief.hpp"
#include "render/value.hpp"

namespace raadsstuk::render {

// A list of {zaaknummer, documentnummer, kenmerk, soort, datum, datum_iso}; absent parts are false;
// kenmerk is "zaaknummer/documentnummer".
Value references_view(const std::vector<model::DocumentReference>& references);

}  // namespace raadsstuk::render
