#include "render/value.hpp"

namespace raadsstuk::render {

Value& Value::set(std::string key, Value value) {
    as_map().insert_or_assign(std::move(key), std::move(value));
    return *this;
}

Value& Value::push_back(Value value) {
    as_list().push_back(std::move(value));
    return *this;
}

const Value* Value::find(std::string_view key) const {
    if (!is_map()) return nullptr;
    const auto& m = as_map();
    const auto it = m.find(key);
    return it == m.end() ? nullptr : &it->second;
}

std::string_view kind_name(Value::Kind kind) {
    switch (kind) {
        case Value::Kind::boolean: return "ja/nee-waarde";
        case Value::Kind::text: return "tekst";
        case Value::Kind::list: return "lijst";
        case Value::Kind::map: return "groep";
    }
    return "?";
}

}  // namespace raadsstuk::render
