#pragma once
// Internal to the load stage: reads typed values out of the JSON of one data file and reports every
// problem against the file and a JSON pointer. A reader never stops at a problem: it reports it and
// gives nothing for that value, so that the loaders go on and find the next one.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "diag/diagnostic.hpp"
#include "load/shapes.hpp"
#include "model/date.hpp"
#include "model/house_style.hpp"

namespace raadsstuk::load::detail {

using nlohmann::json;

// pointer + "/" + the escaped key (RFC 6901).
std::string child(const std::string& pointer, std::string_view key);
std::string child(const std::string& pointer, std::size_t index);

// The member `key` of an object, or nullptr (never inserts: the input is read through find() only).
const json* member(const json& object, std::string_view key);

// Stores a value that was read; leaves the default when there was none.
template <class T>
void set(std::optional<T> value, T& into) {
    if (value) into = std::move(*value);
}

// True when out holds an error at or after index `first`.
bool errors_since(const diag::Diagnostics& out, std::size_t first);

// Parses a data file and checks its root: an object of `shape` (RS004/RS005 for its keys) whose "soort" is
// `kind`. Nothing when the text is not JSON (RS002) or its root not an object (RS003); then the loader stops.
std::optional<json> read_root(std::string_view json_text, const std::string& file_name, const ObjectShape& shape,
                              std::string_view kind, diag::Diagnostics& out);

class Reader {
public:
    Reader(const std::string& file, diag::Diagnostics& out);

    void report(std::string code, std::string pointer, std::string message, std::string hint = {});

    // Checks that v is an object with the keys of `shape`: RS003 when it is not an object (then false),
    // RS005 for each unknown key, RS004 for each missing required key.
    bool object(const json& v, const std::string& pointer, const ObjectShape& shape);
    // Checks the fields every data file has: "soort" must be `kind` (RS007 otherwise; a missing one was
    // reported by object()), "$schema" a text.
    void kind(const json& root, std::string_view kind);

    // Field readers: obj is an object checked by object(), key one of its shape. An absent field gives
    // nothing without a report (object() reported it if it was required).
    std::optional<std::string> text(const json& obj, const std::string& pointer, std::string_view key);
    std::optional<model::Date> date(const json& obj, const std::string& pointer, std::string_view key);
    std::optional<double> number(const json& obj, const std::string& pointer, std::string_view key, double min,
                                 double max);
    // A version number: a whole number from 1 to 9999 (RS003 for another type, RS012 otherwise).
    std::optional<int> version(const json& obj, const std::string& pointer, std::string_view key);
    std::optional<model::Color> color(const json& obj, const std::string& pointer, std::string_view key);
    // A text that must be one of `allowed`; `what` names it in the message ("functie", "status").
    std::optional<std::string> choice(const json& obj, const std::string& pointer, std::string_view key,
                                      std::span<const std::string_view> allowed, std::string_view what);
    // A text that must match [a-z0-9]+(-[a-z0-9]+)* (ids of gemeenten, template names).
    std::optional<std::string> id(const json& obj, const std::string& pointer, std::string_view key,
                                  std::string_view example);
    // A file name that must end in `extension` (".ttf", ".png"), case-insensitive.
    std::optional<std::string> file_name(const json& obj, const std::string& pointer, std::string_view key,
                                         std::string_view extension, std::string_view example);

    // An array field: nullptr when absent or not an array (RS003). When `at_least_one` names the element
    // ("ondertekenaar"), an empty array is RS004.
    const json::array_t* array(const json& obj, const std::string& pointer, std::string_view key,
                               std::string_view at_least_one = {});
    // An array of texts; the elements that are texts (others are reported).
    std::optional<std::vector<std::string>> texts(const json& obj, const std::string& pointer,
                                                  std::string_view key, std::string_view at_least_one = {});

private:
    std::optional<std::string> text_value(const json& v, const std::string& pointer);
    void type_error(const std::string& pointer, std::string_view expected, const json& found);

    const std::string& file_;
    diag::Diagnostics& out_;
};

}  // namespace raadsstuk::load::detail
