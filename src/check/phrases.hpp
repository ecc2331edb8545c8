#pragma once
// Dutch phrases the checks share, so that every message names other documents the same way.
#include <string>
#include <vector>

#include "model/date.hpp"
#include "resolve/register.hpp"

namespace raadsstuk::check {

// "data/register/voorschoten.json:/documenten/0", or the file alone for a document.
std::string place(const resolve::RegisteredDocument& d);
// "Z-21-52738/289409" (zaaknummer, and the documentnummer when it is not already inside it).
std::string numbers(const resolve::RegisteredDocument& d);
// "raadsinformatiebrief Z-21-52738/289409 van 8 maart 2022 (data/register/voorschoten.json:/documenten/0)"
std::string described(const resolve::RegisteredDocument& d);
// "8 maart 2022"
std::string dutch(const model::Date& d);
// "a, b en c"
std::string enumerate(const std::vector<std::string>& items);

}  // namespace raadsstuk::check
