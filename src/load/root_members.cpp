#include "load/root_members.hpp"

#include <algorithm>

namespace raadsstuk::load {
namespace {

using json = nlohmann::json;

// A SAX handler that follows the nesting only to count it, keeps the wanted scalar members of the root
// object, and stops the parser (by returning false) after `stop_after` or at a root that is no object.
class RootMembers {
public:
    RootMembers(std::span<const std::string_view> names, std::optional<std::string_view> stop_after)
        : names_(names), stop_after_(stop_after) {}

    bool null() { return scalar(json(nullptr)); }
    bool boolean(bool v) { return scalar(json(v)); }
    bool number_integer(json::number_integer_t v) { return scalar(json(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return scalar(json(v)); }
    bool number_float(json::number_float_t v, const json::string_t&) { return scalar(json(v)); }
    bool string(json::string_t& v) { return scalar(json(std::move(v))); }
    bool binary(json::binary_t&) { return false; }  // not produced by JSON text
    bool start_object(std::size_t) { return open(true); }
    bool start_array(std::size_t) { return open(false); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(json::string_t& k) {
        if (depth_ != 1) return true;
        key_ = std::move(k);
        wanted_ = std::find(names_.begin(), names_.end(), key_) != names_.end();
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) {
        failed_ = true;
        return false;
    }

    std::optional<json> result() && {
        if (failed_ || !root_is_object_) return std::nullopt;
        return std::move(found_);
    }

private:
    bool at_stop() const { return depth_ == 1 && stop_after_ && key_ == *stop_after_; }
    bool scalar(json v) {
        if (depth_ == 0) return false;  // the root is not an object
        if (depth_ == 1 && wanted_) found_[key_] = std::move(v);
        return !at_stop();
    }
    bool open(bool object) {
        if (depth_ == 0) {
            root_is_object_ = object;
            if (!object) return false;
        } else if (at_stop()) {
            return false;
        }
        ++depth_;
        return true;
    }
    bool close() {
        --depth_;
        return true;  // after the root, the parser checks that nothing but white space follows
    }

    std::span<const std::string_view> names_;
    std::optional<std::string_view> stop_after_;
    std::size_t depth_ = 0;
    std::string key_;  // the root member being read
    bool wanted_ = false;
    bool root_is_object_ = false;
    bool failed_ = false;
    json found_ = json::object();
};

}  // namespace

std::optional<nlohmann::json> root_members(std::string_view text, std::span<const std::string_view> names,
                                           std::optional<std::string_view> stop_after) {
    constexpr std::string_view kBom = "\xEF\xBB\xBF";
    if (text.starts_with(kBom)) text.remove_prefix(kBom.size());
    RootMembers handler(names, stop_after);
    json::sax_parse(text.begin(), text.end(), &handler, nlohmann::detail::input_format_t::json,
                    /*strict=*/true, /*ignore_comments=*/false);
    return std::move(handler).result();
}

}  // namespace raadsstuk::load
