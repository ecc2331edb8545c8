#pragma once
// Internal to the load stage: "bedoelt u ...?" for a misspelt key or value.
#include <span>
#include <string>
#include <string_view>

namespace raadsstuk::load::detail {

// Edit distance (insert, delete, replace, swap of neighbours) between two strings, case-insensitive for
// ASCII letters.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` when it is close enough to be a likely typo ("onderwrp" -> "onderwerp",
// "Datum" -> "datum"), else empty. Ties go to the first candidate.
std::string closest(std::string_view word, std::span<const std::string_view> candidates);

// "a, b en c" (Dutch enumeration), each item quoted when `quote`.
std::string enumerate(std::span<const std::string_view> items, bool quote);

}  // namespace raadsstuk::load::detail
