#pragma once
// Internal to the load stage: the "verwijzingen" array that letters and proposals share.
#include <vector>

#include "load/reader.hpp"
#include "model/raadsinformatiebrief.hpp"

namespace raadsstuk::load::detail {

// Reads root["verwijzingen"] (optional) into `into`: each element an object of `element_shape` with
// zaaknummer, documentnummer (at least one of them, RS004 otherwise), soort and datum.
void read_references(Reader& r, const json& root, const ObjectShape& element_shape,
                     std::vector<model::DocumentReference>& into);

}  // namespace raadsstuk::load::detail
