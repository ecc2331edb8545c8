// The kind of a data file, read from its "soort" without building the JSON value: every file is probed
// once for its checks and once for its build, and a full parse there would cost as much as loading it.
#include <nlohmann/json.hpp>

#include "load/load.hpp"

namespace raadsstuk::load {
namespace {

using json = nlohmann::json;

// A SAX handler that follows the nesting only as deep as the root object's members and stops the parser
// (by returning false) as soon as the value of the root's "soort" has been seen.
class KindProbe {
public:
    bool null() { return scalar(); }
    bool boolean(bool) { return scalar(); }
    bool number_integer(json::number_integer_t) { return scalar(); }
    bool number_unsigned(json::number_unsigned_t) { return scalar(); }
    bool number_float(json::number_float_t, const json::string_t&) { return scalar(); }
    bool binary(json::binary_t&) { return false; }
    bool string(json::string_t& v) {
        if (depth_ == 1 && at_soort_) {
            kind_ = std::move(v);
            return false;
        }
        return scalar();
    }
    bool start_object(std::size_t) { return open(true); }
    bool start_array(std::size_t) { return open(false); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(json::string_t& k) {
        if (depth_ == 1) at_soort_ = k == "soort";
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

    std::optional<std::string> kind() && { return std::move(kind_); }

private:
    // A value that is not a string where "soort" is: the file has no kind (the loader says so).
    bool scalar() { return !(depth_ == 1 && at_soort_) && depth_ > 0; }
    bool open(bool object) {
        if (depth_ == 0 && !object) return false;  // the root is not an object
        if (depth_ == 1 && at_soort_) return false;
        ++depth_;
        return true;
    }
    bool close() {
        --depth_;
        if (depth_ == 1) at_soort_ = false;
        return depth_ > 0;  // the root object closed without a "soort"
    }

    std::size_t depth_ = 0;
    bool at_soort_ = false;
    std::optional<std::string> kind_;
};

}  // namespace

std::optional<std::string> detect_kind(std::string_view json_text) {
    constexpr std::string_view kBom = "\xEF\xBB\xBF";
    if (json_text.starts_with(kBom)) json_text.remove_prefix(kBom.size());
    KindProbe probe;
    json::sax_parse(json_text.begin(), json_text.end(), &probe, nlohmann::detail::input_format_t::json,
                    /*strict=*/false, /*ignore_comments=*/false);
    return std::move(probe).kind();
}

}  // namespace raadsstuk::load
