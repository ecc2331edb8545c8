#pragma once
// The view a template is rendered against: a plain, deterministic value tree (text, yes/no, list, map with
// keys in sorted order). Numbers do not exist: the view holds them as formatted Dutch text.
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace raadsstuk::render {

class Value {
public:
    using List = std::vector<Value>;
    using Map = std::map<std::string, Value, std::less<>>;
    enum class Kind { boolean, text, list, map };

    Value() : v_(false) {}
    Value(bool b) : v_(b) {}
    Value(std::string s) : v_(std::move(s)) {}
    Value(std::string_view s) : v_(std::string(s)) {}
    Value(const char* s) : v_(std::string(s)) {}  // not bool
    Value(List l) : v_(std::move(l)) {}
    Value(Map m) : v_(std::move(m)) {}

    static Value map() { return Value(Map{}); }
    static Value list() { return Value(List{}); }

    Kind kind() const { return static_cast<Kind>(v_.index()); }
    bool is_bool() const { return kind() == Kind::boolean; }
    bool is_text() const { return kind() == Kind::text; }
    bool is_list() const { return kind() == Kind::list; }
    bool is_map() const { return kind() == Kind::map; }

    // Accessors; calling the wrong one is a programming error (std::bad_variant_access).
    bool as_bool() const { return std::get<bool>(v_); }
    const std::string& as_text() const { return std::get<std::string>(v_); }
    const List& as_list() const { return std::get<List>(v_); }
    List& as_list() { return std::get<List>(v_); }
    const Map& as_map() const { return std::get<Map>(v_); }
    Map& as_map() { return std::get<Map>(v_); }

    // Map: sets key (replacing), returns *this for chaining. List: appends.
    Value& set(std::string key, Value value);
    Value& push_back(Value value);
    // Map: the value under key, or nullptr (also when this is not a map).
    const Value* find(std::string_view key) const;

    bool operator==(const Value&) const = default;

private:
    std::variant<bool, std::string, List, Map> v_;
};

// Human-readable description of the kind, in Dutch, for diagnostics: "tekst", "lijst", ...
std::string_view kind_name(Value::Kind kind);

}  // namespace raadsstuk::render
