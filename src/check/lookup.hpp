#pragma once
// Looking a cited document up in the register, by zaaknummer and/or documentnummer, the way the reference
// checks (RS206-RS210) and the text checks (RS204, RS207, RS211) all need it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check/context.hpp"
#include "model/zaaknummer.hpp"

namespace raadsstuk::check {

struct Lookup {
    std::string documentnummer;              // given, or written inside the zaaknummer
    std::vector<const resolve::RegisteredDocument*> by_number;  // with that documentnummer
    std::vector<const resolve::RegisteredDocument*> in_zaak;    // in the zaak (when a zaaknummer is given)
    // The documentnummer belongs to documents of another zaak than the one given.
    bool other_zaak = false;
    // What is cited: the documents with the number (of the zaak given, if any are), or else the zaak's.
    std::vector<const resolve::RegisteredDocument*> targets;

    bool found() const { return !targets.empty(); }
};

// Looks up a citation in the register of `gemeente`; `self` (the citing document) is never an answer.
Lookup look_up(const Context& context, const std::string& gemeente, std::string_view zaaknummer,
               std::string_view documentnummer, const resolve::RegisteredDocument* self);

// "Z-21-52738/289409" as it was cited.
std::string cited(std::string_view zaaknummer, std::string_view documentnummer);

}  // namespace raadsstuk::check
