#include "load/json_text.hpp"

#include <set>
#include <utility>
#include <vector>

namespace raadsstuk::load::detail {
namespace {

using nlohmann::json;

constexpr std::string_view kBom = "\xEF\xBB\xBF";

struct SyntaxText {
    std::string message;
    std::string hint;
};

bool starts_with_at(std::string_view text, std::size_t offset, std::string_view what) {
    return offset <= text.size() && text.substr(offset).starts_with(what);
}

// nlohmann's token names ("'}'", "number literal", ...) in Dutch.
std::string dutch_token(std::string_view token) {
    if (token == "end of input") return "het einde van het bestand";
    if (token == "number literal") return "een getal";
    if (token == "string literal") return "een tekst tussen aanhalingstekens";
    if (token == "true literal") return "true";
    if (token == "false literal") return "false";
    if (token == "null literal") return "null";
    if (token == "'[', '{', or a literal") return "een waarde";
    return std::string(token);  // "'}'", "':'", ...
}

// Turns nlohmann's English syntax error into Dutch. `what` is the exception text, `text` the input and
// `offset` the byte where the parser stopped.
SyntaxText describe(const std::string& what, std::string_view text, std::size_t offset) {
    constexpr std::string_view kSyntax = "syntax error while parsing ";
    const std::size_t s = what.find(kSyntax);
    if (s == std::string::npos) {
        const std::size_t overflow = what.find("number overflow parsing ");
        if (overflow != std::string::npos)
            return {"getal is te groot: " + what.substr(overflow + 24), ""};
        return {"geen geldige JSON", "de JSON-lezer meldt: " + what};
    }
    const std::string rest = what.substr(s + kSyntax.size());
    const std::size_t dash = rest.find(" - ");
    const std::string context = rest.substr(0, dash);  // value, object key, object separator, object, array
    std::string problem = dash == std::string::npos ? std::string() : rest.substr(dash + 3);
    std::string expected;
    if (const std::size_t e = problem.find("; expected "); e != std::string::npos) {
        expected = problem.substr(e + 11);
        problem.resize(e);
    }
    if (const std::size_t l = problem.find("; last read: "); l != std::string::npos) problem.resize(l);

    SyntaxText out;
    const auto at = [&](std::string_view what_) { return starts_with_at(text, offset, what_); };
    if (problem.starts_with("unexpected ")) {
        const std::string token = problem.substr(11);
        if (token == "end of input")
            out.message = "het bestand houdt onverwacht op";
        else if (token == "string literal")
            out.message = "onverwachte tekst tussen aanhalingstekens";
        else if (token == "number literal")
            out.message = "onverwacht getal";
        else
            out.message = "onverwacht " + dutch_token(token);
        if (token == "end of input")
            out.hint = "ontbreekt er een afsluitende } of ]?";
        else if (context == "object key" && token == "'}'")
            out.hint = "staat er een komma na het laatste veld?";
        else if (context == "value" && token == "']'")
            out.hint = "staat er een komma na het laatste element van de lijst?";
        else if (context == "value" && token == "'}'")
            out.hint = "ontbreekt er een waarde na de dubbele punt?";
        else if (context == "object" && expected == "'}'")
            out.hint = "ontbreekt er een komma tussen twee velden?";
        else if (context == "array" && expected == "']'")
            out.hint = "ontbreekt er een komma tussen twee elementen van de lijst?";
    } else if (problem == "invalid literal") {
        out.message = "ongeldig woord";
        if (at("'"))
            out.hint = "gebruik dubbele aanhalingstekens (\") rond tekst, geen enkele (')";
        else if (at("\xE2\x80\x9C") || at("\xE2\x80\x9D") || at("\xE2\x80\x9E"))
            out.hint = "gebruik gewone dubbele aanhalingstekens (\") rond tekst, geen gekrulde (\xE2\x80\x9C \xE2\x80\x9D)";
        else if (at("/"))
            out.hint = "JSON kent geen commentaar; een opmerking voor het secretariaat hoort in het veld \"opmerking\"";
        else if (context == "object key")
            out.hint = "een veldnaam staat tussen dubbele aanhalingstekens, zoals \"datum\"";
        else
            out.hint = "tekst staat tussen dubbele aanhalingstekens (\"...\"); alleen getallen, true, false en null "
                       "staan er zonder";
    } else if (problem.starts_with("invalid number")) {
        out.message = "ongeldig getal";
        out.hint = "schrijf getallen als 10 of 10.5 (punt, geen komma; geen voorloopnullen)";
    } else if (problem.starts_with("invalid string: control character U+000A")) {
        out.message = "regeleinde binnen een tekst";
        out.hint = "een tekst staat op één regel: schrijf een regeleinde als \\n, of maak er aparte blokken van";
    } else if (problem.starts_with("invalid string: control character U+0009")) {
        out.message = "tab binnen een tekst";
        out.hint = "schrijf een tab als \\t, of gebruik spaties";
    } else if (problem.starts_with("invalid string: control character")) {
        out.message = "stuurteken binnen een tekst";
        out.hint = "stuurtekens schrijft u als \\u gevolgd door vier hexadecimale cijfers";
    } else if (problem.starts_with("invalid string: ill-formed UTF-8")) {
        out.message = "ongeldige UTF-8 in een tekst";
        out.hint = "sla het bestand op als UTF-8 (niet als Windows-1252 of Latin-1)";
    } else if (problem.starts_with("invalid string: missing closing quote")) {
        out.message = "tekst zonder afsluitend aanhalingsteken";
    } else if (problem.starts_with("invalid string: forbidden character after backslash")) {
        out.message = "ongeldig teken na een backslash (\\)";
        out.hint = "een backslash zelf schrijft u als \\\\";
    } else if (problem.starts_with("invalid string")) {
        out.message = "ongeldige \\u-code in een tekst";
        out.hint = "\\u wordt gevolgd door vier hexadecimale cijfers, zoals \\u00eb";
    } else if (problem.starts_with("invalid BOM")) {
        out.message = "onvolledig byte-order mark aan het begin van het bestand";
        out.hint = "sla het bestand op als UTF-8";
    } else {
        out.message = "geen geldige JSON";
        out.hint = "de JSON-lezer meldt: " + problem;
    }
    if (!expected.empty() && problem.starts_with("unexpected ")) {
        out.message += expected == "string literal" && context == "object key"
                           ? ", verwacht een veldnaam tussen dubbele aanhalingstekens"
                           : ", verwacht " + dutch_token(expected);
    }
    return out;
}

// Builds the JSON value through nlohmann's SAX interface, so that a key that appears twice in one object
// is seen (the DOM parser silently keeps the last one).
class Builder {
public:
    Builder(const std::string& file_name, diag::Diagnostics& out) : file_(file_name), out_(out) {}

    bool null() { return add(json(nullptr)); }
    bool boolean(bool v) { return add(json(v)); }
    bool number_integer(json::number_integer_t v) { return add(json(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return add(json(v)); }
    bool number_float(json::number_float_t v, const json::string_t&) { return add(json(v)); }
    bool string(json::string_t& v) { return add(json(std::move(v))); }
    bool binary(json::binary_t&) { return false; }  // not produced by JSON text

    bool start_object(std::size_t) { return open(json::object()); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(json::string_t& k) {
        Frame& f = stack_.back();
        if (!f.keys.insert(k).second) {
            out_.push_back(diag::make("RS014", {file_, f.pointer + "/" + diag::pointer_escape(k), 0, 0},
                                      "veld \"" + k + "\" komt meer dan eens voor in hetzelfde object",
                                      "in JSON geldt alleen de laatste; verwijder de andere"));
        }
        f.key = k;
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
        error_ = true;
        position_ = position;
        what_ = ex.what();
        return false;
    }

    bool failed() const { return error_; }
    std::size_t position() const { return position_; }
    const std::string& what() const { return what_; }
    json take() { return std::move(root_); }

private:
    struct Frame {
        json* value;
        std::string pointer;
        std::set<std::string> keys;
        std::string key;
    };

    // Places v in the open container (or as the root) and returns where it went, with its pointer.
    std::pair<json*, std::string> place(json v) {
        if (stack_.empty()) {
            root_ = std::move(v);
            return {&root_, ""};
        }
        Frame& f = stack_.back();
        if (f.value->is_array()) {
            auto& array = f.value->get_ref<json::array_t&>();
            const std::string pointer = f.pointer + "/" + std::to_string(array.size());
            array.push_back(std::move(v));
            return {&array.back(), pointer};
        }
        auto& object = f.value->get_ref<json::object_t&>();
        auto [it, inserted] = object.insert_or_assign(f.key, std::move(v));
        return {&it->second, f.pointer + "/" + diag::pointer_escape(f.key)};
    }
    bool add(json v) {
        place(std::move(v));
        return true;
    }
    bool open(json container) {
        auto [where, pointer] = place(std::move(container));
        stack_.push_back(Frame{where, std::move(pointer), {}, {}});
        return true;
    }
    bool close() {
        stack_.pop_back();
        return true;
    }

    const std::string& file_;
    diag::Diagnostics& out_;
    json root_;
    // A container's children are added only while it is on top, so pointers into parents stay valid.
    std::vector<Frame> stack_;
    bool error_ = false;
    std::size_t position_ = 0;
    std::string what_;
};

// The byte offset of the first '[' or '{' that opens a container deeper than kMaxJsonDepth, if any. Runs
// before the parser so that no later recursive walk of the value (positions, loaders, destructors) can
// exhaust the stack on hostile input such as 100,000 nested arrays.
std::optional<std::size_t> too_deep_at(std::string_view text) {
    std::size_t depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth) return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

}  // namespace

LineColumn line_column(std::string_view text, std::size_t offset) {
    if (offset > text.size()) offset = text.size();
    LineColumn lc;
    for (std::size_t i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++lc.line;
            lc.column = 1;
        } else if ((c & 0xC0) != 0x80) {  // not a UTF-8 continuation byte
            ++lc.column;
        }
    }
    return lc;
}

std::optional<nlohmann::json> parse_json(std::string_view text, const std::string& file_name,
                                         diag::Diagnostics& out) {
    if (text.starts_with(kBom)) text.remove_prefix(kBom.size());
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        out.push_back(diag::make("RS002", {file_name, "", 1, 1}, "geen geldige JSON: het bestand is leeg"));
        return std::nullopt;
    }
    if (const auto deep = too_deep_at(text)) {
        const LineColumn lc = line_column(text, *deep);
        out.push_back(diag::make("RS016", {file_name, "", lc.line, lc.column},
                                 "JSON is te diep genest: meer dan " + std::to_string(kMaxJsonDepth) +
                                     " lijsten en objecten in elkaar",
                                 "een gegevensbestand van raadsstuk is hooguit enkele niveaus diep; "
                                 "controleer de haken [ en {"));
        return std::nullopt;
    }
    Builder builder(file_name, out);
    json::sax_parse(text.begin(), text.end(), &builder, nlohmann::detail::input_format_t::json,
                    /*strict=*/true, /*ignore_comments=*/false);
    if (!builder.failed()) return builder.take();
    // nlohmann counts the bytes read, so the offending byte is the last one read.
    std::size_t offset = builder.position() == 0 ? 0 : builder.position() - 1;
    if (builder.what().find("ill-formed UTF-8") != std::string::npos) {
        // The parser stops at the byte that broke the sequence; point at the sequence's first byte.
        const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
        if (offset > 0 && offset < text.size() && (byte(offset) < 0x80 || (byte(offset) & 0xC0) == 0x80)) {
            --offset;
            while (offset > 0 && (byte(offset) & 0xC0) == 0x80) --offset;
        }
    }
    const LineColumn lc = line_column(text, offset);
    SyntaxText t = describe(builder.what(), text, offset);
    out.push_back(diag::make("RS002", {file_name, "", lc.line, lc.column}, "geen geldige JSON: " + t.message,
                             std::move(t.hint)));
    return std::nullopt;
}

}  // namespace raadsstuk::load::detail
