#pragma once
// The output of the resolve stage: a letter with everything looked up that later stages need.
#include <string>
#include <vector>

#include "model/gemeente.hpp"
#include "model/raadsinformatiebrief.hpp"

namespace raadsstuk::model {

struct ResolvedSignatory {
    std::string name;      // as printed
    std::string function;  // as printed, e.g. "gemeentesecretaris", "loco-gemeentesecretaris"
};

struct ResolvedBrief {
    Raadsinformatiebrief brief;
    Gemeente gemeente;
    std::vector<ResolvedSignatory> signatories;
};

}  // namespace raadsstuk::model
