#pragma once
// A data file's top-level members read without building its JSON value: the build needs a few of them
// (soort, gemeente, sjabloon, ...) for every file of a batch, where a full parse would cost as much as
// loading the document.
#include <nlohmann/json.hpp>

#include <optional>
#include <span>
#include <string_view>

namespace raadsstuk::load {

// The members of the root object of a JSON text named in `names` whose values are not objects or arrays
// (strings, numbers, booleans, null), as an object holding those found: the last of a name that repeats,
// as a parser keeps it. Nothing when the text is not JSON (a byte-order mark is skipped) or its root is
// not an object.
//
// With `stop_after`, reading stops at the first member of that name (whatever its value; it is in the
// result only when it is not an object or array), and only the text up to it needs to be JSON.
std::optional<nlohmann::json> root_members(std::string_view text, std::span<const std::string_view> names,
                                           std::optional<std::string_view> stop_after = std::nullopt);

}  // namespace raadsstuk::load
