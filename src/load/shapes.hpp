#pragma once
// The keys the loaders accept, object by object, and the closed lists of values. The loaders check unknown
// and missing keys against these tables, so they are the loader's own word on the data format; a test holds
// them against the JSON Schemas under data/schema/, and docs/data.md describes the same fields.
#include <span>
#include <string_view>
#include <vector>

namespace raadsstuk::load {

struct ObjectShape {
    // Where the object sits in its file, as a JSON pointer with "*" for "every element of the array":
    // "" (the whole file), "/huisstijl/lettertype", "/functionarissen/*".
    std::string_view path;
    std::vector<std::string_view> required;
    std::vector<std::string_view> optional;
};

std::span<const ObjectShape> gemeente_shapes();
std::span<const ObjectShape> raadsinformatiebrief_shapes();
std::span<const ObjectShape> raadsvoorstel_shapes();

// The shape at `path` in `shapes`; the tables are fixed, so asking for one that is not there is a bug
// (std::logic_error).
const ObjectShape& shape_at(std::span<const ObjectShape> shapes, std::string_view path);

// functie of functionarissen and ondertekening.
std::span<const std::string_view> known_functions();
// status of status.onderdelen[].
std::span<const std::string_view> status_values();
// soort of the data files the loaders read.
inline constexpr std::string_view kKindGemeente = "gemeente";
inline constexpr std::string_view kKindRaadsinformatiebrief = "raadsinformatiebrief";
inline constexpr std::string_view kKindRaadsvoorstel = "raadsvoorstel";

// The block of "tekst" that marks where the status block goes.
inline constexpr std::string_view kStatusMarker = "[[status]]";

}  // namespace raadsstuk::load
