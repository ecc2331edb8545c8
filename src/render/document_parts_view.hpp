#pragma once
// Template variables that letters and proposals share: "bijlagen" and "verwijzingen".
#include <string>
#include <vector>

#include "model/raadsinformatiebrief.hpp"
#include "render/value.hpp"

namespace raadsstuk::render {

// A list of {zaaknummer, documentnummer, kenmerk, soort, datum, datum_iso}; absent parts are false;
// kenmerk is "zaaknummer/documentnummer".
Value references_view(const std::vector<model::DocumentReference>& references);

// {aantal ("geen" or the number), heeft (bool), lijst: [{nummer, titel}]}, numbered by position from 1.
Value attachments_view(const std::vector<std::string>& titles);

}  // namespace raadsstuk::render
