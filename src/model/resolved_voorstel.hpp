#pragma once
// The output of the resolve stage for a raadsvoorstel: the proposal, its gemeente, and the people it names,
// each looked up on the date that matters for them.
#include <vector>

#include "model/gemeente.hpp"
#include "model/raadsvoorstel.hpp"
#include "model/resolved_brief.hpp"  // ResolvedSignatory

namespace raadsstuk::model {

struct ResolvedVoorstel {
    Raadsvoorstel voorstel;
    Gemeente gemeente;
    ResolvedSignatory portfolio_holder;          // on the date of the collegebesluit
    std::vector<ResolvedSignatory> college;      // gemeentesecretaris and burgemeester, on the collegebesluit
    std::vector<ResolvedSignatory> council;      // voorzitter (the burgemeester) and griffier, on the raad
};

}  // namespace raadsstuk::model
