#pragma once
// What of a document file decides which inputs its build has (build/input_hashes.hpp): the raw members of
// its root object, whatever else is wrong with the file. A loader can fill them from the parse it makes
// anyway (load.hpp), so that a build does not parse the file again for them.
#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace raadsstuk::load {

struct DocumentFacts {
    std::string soort;                  // "" when it names none
    std::optional<int> sjabloonversie;  // when it is an integer
    std::string sjabloon;
    std::string sjabloon_besluit;
    std::string gemeente;
    auto operator<=>(const DocumentFacts&) const = default;
};

// The facts of a file's text: each member when the text is JSON with a root object and the member has the
// type above, else empty.
DocumentFacts document_facts(std::string_view text);

namespace detail {
// The same from the text's parsed value (parse_json's, which equals nlohmann's own parse whenever it gives
// one: a byte-order mark skipped, the last of a duplicated key kept).
DocumentFacts document_facts_of(const nlohmann::json& root);
}  // namespace detail

}  // namespace raadsstuk::load
