#include "load/reader.hpp"

#include "load/json_text.hpp"

#include <algorithm>
#include <charconv>

#include "load/suggest.hpp"

namespace raadsstuk::load::detail {
namespace {

constexpr std::string_view kMonths[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                        "juli",    "augustus", "september", "oktober", "november", "december"};

// What was found, in the words of the messages: "verwacht tekst (string), gevonden getal".
std::string_view found_name(const json& v) {
    switch (v.type()) {
        case json::value_t::string: return "tekst";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
        case json::value_t::number_float: return "getal";
        case json::value_t::boolean: return "waar/onwaar";
        case json::value_t::array: return "lijst";
        case json::value_t::object: return "object";
        case json::value_t::null: return "null";
        default: return "onbekend";
    }
}

constexpr std::string_view kText = "tekst (string)";
constexpr std::string_view kNumber = "getal (number)";
constexpr std::string_view kArray = "lijst (array)";
constexpr std::string_view kObject = "object";
constexpr std::string_view kDate = "datum (tekst JJJJ-MM-DD)";

// Shortest round-trip notation, no locale: 10, 1.35.
std::string number_text(double v) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

// The first control character in s (C0 except tab and line feed, DEL, and the C1 range U+0080-U+009F):
// its byte offset and code point. Such a character has no glyph, and NUL cuts C strings (libharu) short.
struct ControlCharacter {
    std::size_t offset = 0;
    unsigned code = 0;
};
std::optional<ControlCharacter> first_control_character(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) return ControlCharacter{i, c};
        if (c == 0xC2 && i + 1 < s.size()) {
            const auto next = static_cast<unsigned char>(s[i + 1]);
            if (next >= 0x80 && next <= 0x9F) return ControlCharacter{i, next};
        }
    }
    return std::nullopt;
}

std::string code_point_name(unsigned code) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out = "U+00";
    out += kHex[(code >> 4) & 0xF];
    out += kHex[code & 0xF];
    return out;
}

bool is_blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int to_int(std::string_view s) {
    int v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

std::string two_digits(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

bool is_id(std::string_view s) {
    if (s.empty() || s.front() == '-' || s.back() == '-') return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && s[i - 1] != '-');
        if (!ok) return false;
    }
    return true;
}

// suffix is lower case.
bool ends_with_ci(std::string_view s, std::string_view suffix) {
    if (s.size() < suffix.size()) return false;
    return std::equal(suffix.begin(), suffix.end(), s.end() - static_cast<std::ptrdiff_t>(suffix.size()),
                      [](char a, char b) { return a == (b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b); });
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

std::string child(const std::string& pointer, std::string_view key) {
    return pointer + "/" + diag::pointer_escape(std::string(key));
}

std::string child(const std::string& pointer, std::size_t index) { return pointer + "/" + std::to_string(index); }

const json* member(const json& object, std::string_view key) {
    if (!object.is_object()) return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

bool errors_since(const diag::Diagnostics& out, std::size_t first) {
    return std::any_of(out.begin() + static_cast<std::ptrdiff_t>(std::min(first, out.size())), out.end(),
                       [](const diag::Diagnostic& d) { return d.severity == diag::Severity::error; });
}

Reader::Reader(const std::string& file, diag::Diagnostics& out) : file_(file), out_(out) {}

void Reader::report(std::string code, std::string pointer, std::string message, std::string hint) {
    out_.push_back(
        diag::make(std::move(code), {file_, std::move(pointer), 0, 0}, std::move(message), std::move(hint)));
}

void Reader::type_error(const std::string& pointer, std::string_view expected, const json& found) {
    std::string hint;
    if (expected == kNumber && found.is_string()) {
        hint = "schrijf een getal zonder aanhalingstekens, met een punt als decimaalteken: 10.5";
    } else if (expected == kArray && found.is_string()) {
        hint = "zet de tekst in een lijst: [\"...\"]";
    }
    report("RS003", pointer, "verwacht " + std::string(expected) + ", gevonden " + std::string(found_name(found)),
           std::move(hint));
}

bool Reader::object(const json& v, const std::string& pointer, const ObjectShape& shape) {
    if (!v.is_object()) {
        type_error(pointer, kObject, v);
        return false;
    }
    std::vector<std::string_view> known(shape.required.begin(), shape.required.end());
    known.insert(known.end(), shape.optional.begin(), shape.optional.end());
    for (const auto& [key, value] : v.items()) {
        if (std::find(known.begin(), known.end(), key) != known.end()) continue;
        const std::string near = closest(key, known);
        std::vector<std::string_view> sorted = known;
        std::sort(sorted.begin(), sorted.end());
        report("RS005", child(pointer, key), "onbekend veld \"" + key + "\"",
               near.empty() ? "toegestane velden hier: " + enumerate(sorted, true)
                            : "bedoelt u \"" + near + "\"?");
    }
    for (std::string_view key : shape.required) {
        if (!member(v, key))
            report("RS004", child(pointer, key), "verplicht veld \"" + std::string(key) + "\" ontbreekt");
    }
    return true;
}

void Reader::kind(const json& root, std::string_view kind) {
    if (const json* schema = member(root, "$schema"); schema && !schema->is_string())
        type_error("/$schema", kText, *schema);
    const json* v = member(root, "soort");
    if (!v) return;
    const auto s = text_value(*v, "/soort");
    if (s && *s != kind)
        report("RS007", "/soort", "verwacht soort \"" + std::string(kind) + "\", gevonden \"" + *s + "\"",
               "dit bestand wordt gelezen als " + std::string(kind) + "; staat het in de juiste map?");
}

std::optional<std::string> Reader::text_value(const json& v, const std::string& pointer) {
    if (!v.is_string()) {
        type_error(pointer, kText, v);
        return std::nullopt;
    }
    const auto& s = v.get_ref<const std::string&>();
    if (is_blank(s)) {
        report("RS009", pointer, "lege tekst", "vul de tekst in, of laat een veld dat niet verplicht is weg");
        return std::nullopt;
    }
    if (const auto control = first_control_character(s)) {
        const std::size_t characters = static_cast<std::size_t>(std::count_if(
            s.begin(), s.begin() + static_cast<std::ptrdiff_t>(control->offset),
            [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
        report("RS017", pointer,
               "stuurteken " + code_point_name(control->code) + " in een tekst, na " + std::to_string(characters) +
                   (characters == 1 ? " teken" : " tekens"),
               control->code >= 0x80 ? "waarschijnlijk verkeerd omgezette Windows-1252-tekst (zoals gekrulde "
                                       "aanhalingstekens); typ het teken opnieuw"
                                     : "verwijder het teken; een regeleinde schrijft u als \\n");
        return std::nullopt;
    }
    return s;
}

std::optional<std::string> Reader::text(const json& obj, const std::string& pointer, std::string_view key) {
    const json* v = member(obj, key);
    if (!v) return std::nullopt;
    return text_value(*v, child(pointer, key));
}

std::optional<model::Date> Reader::date(const json& obj, const std::string& pointer, std::string_view key) {
    const json* v = member(obj, key);
    if (!v) return std::nullopt;
    const std::string where = child(pointer, key);
    if (!v->is_string()) {
        type_error(where, kDate, *v);
        return std::nullopt;
    }
    const auto& s = v->get_ref<const std::string&>();
    if (auto d = model::parse_iso_date(s)) return d;

    const std::string quoted = "\"" + s + "\"";
    const bool iso_shape = s.size() == 10 && s[4] == '-' && s[7] == '-' && all_digits(s.substr(0, 4)) &&
                           all_digits(s.substr(5, 2)) && all_digits(s.substr(8, 2));
    if (!iso_shape) {
        std::string hint = "schrijf een datum als jaar-maand-dag, zoals \"2021-05-21\"";
        // 21-05-2021, 21/5/2021, 21.05.2021: the Dutch order, turned round.
        const auto first = s.find_first_of("-/.");
        const auto second = first == std::string::npos ? first : s.find_first_of("-/.", first + 1);
        if (second != std::string::npos) {
            const std::string_view sv(s);
            const auto d = sv.substr(0, first), m = sv.substr(first + 1, second - first - 1),
                       y = sv.substr(second + 1);
            if (all_digits(d) && all_digits(m) && y.size() == 4 && all_digits(y) && d.size() <= 2 &&
                m.size() <= 2 && model::is_valid_date(to_int(y), to_int(m), to_int(d))) {
                hint = "bedoelt u \"" + std::string(y) + "-" + two_digits(to_int(m)) + "-" + two_digits(to_int(d)) +
                       "\"? Een datum schrijft u als jaar-maand-dag";
            }
        }
        report("RS006", where, quoted + " is geen datum in de vorm JJJJ-MM-DD", std::move(hint));
        return std::nullopt;
    }
    const int y = to_int(s.substr(0, 4)), m = to_int(s.substr(5, 2)), d = to_int(s.substr(8, 2));
    std::string why, hint;
    if (y < 1) {
        why = "jaar 0 bestaat niet";
    } else if (m < 1 || m > 12) {
        why = "maand " + std::to_string(m) + " bestaat niet";
        hint = "de maand staat in het midden (JJJJ-MM-DD) en loopt van 01 tot en met 12";
    } else if (d < 1) {
        why = "dag 0 bestaat niet";
    } else {
        const std::string month(kMonths[m - 1]);
        why = std::to_string(d) + " " + month + " " + std::to_string(y) + " bestaat niet";
        const int days = model::days_in_month(y, m);
        hint = m == 2 ? month + " " + std::to_string(y) + " heeft " + std::to_string(days) + " dagen"
                      : month + " heeft " + std::to_string(days) + " dagen";
    }
    report("RS006", where, quoted + " is geen bestaande datum (" + why + ")", std::move(hint));
    return std::nullopt;
}

std::optional<double> Reader::number(const json& obj, const std::string& pointer, std::string_view key,
                                     double min, double max) {
    const json* v = member(obj, key);
    if (!v) return std::nullopt;
    const std::string where = child(pointer, key);
    if (!v->is_number()) {
        type_error(where, kNumber, *v);
        return std::nullopt;
    }
    const double x = v->get<double>();
    if (!(x >= min && x <= max)) {
        report("RS012", where,
               number_text(x) + " ligt buiten het toegestane bereik (" + number_text(min) + " tot en met " +
                   number_text(max) + ")");
        return std::nullopt;
    }
    return x;
}

std::optional<int> Reader::version(const json& obj, const std::string& pointer, std::string_view key) {
    const auto x = number(obj, pointer, key, 1, 9999);
    if (!x) return std::nullopt;
    if (*x != static_cast<double>(static_cast<int>(*x))) {
        report("RS012", child(pointer, key), number_text(*x) + " is geen versienummer: gebruik een geheel getal",
               "bijvoorbeeld 1");
        return std::nullopt;
    }
    return static_cast<int>(*x);
}

std::optional<model::Color> Reader::color(const json& obj, const std::string& pointer, std::string_view key) {
    const json* v = member(obj, key);
    if (!v) return std::nullopt;
    const std::string where = child(pointer, key);
    if (!v->is_string()) {
        type_error(where, kText, *v);
        return std::nullopt;
    }
    const auto& s = v->get_ref<const std::string&>();
    const bool ok = s.size() == 7 && s[0] == '#' &&
                    std::all_of(s.begin() + 1, s.end(), [](char c) { return hex_digit(c) >= 0; });
    if (!ok) {
        report("RS009", where, "\"" + s + "\" is geen kleur in de vorm #rrggbb",
               "een # gevolgd door zes hexadecimale cijfers (0-9, a-f), zoals \"#1f3a5f\"");
        return std::nullopt;
    }
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(hex_digit(s[i]) * 16 + hex_digit(s[i + 1])); };
    return model::Color{byte(1), byte(3), byte(5)};
}

std::optional<std::string> Reader::choice(const json& obj, const std::string& pointer, std::string_view key,
                                          std::span<const std::string_view> allowed, std::string_view what) {
    auto s = text(obj, pointer, key);
    if (!s) return std::nullopt;
    if (std::find(allowed.begin(), allowed.end(), *s) != allowed.end()) return s;
    const std::string near = closest(*s, allowed);
    report("RS007", child(pointer, key), "onbekende " + std::string(what) + " \"" + *s + "\"",
           (near.empty() ? std::string() : "bedoelt u \"" + near + "\"? ") + "toegestaan: " + enumerate(allowed, true));
    return std::nullopt;
}

std::optional<std::string> Reader::id(const json& obj, const std::string& pointer, std::string_view key,
                                      std::string_view example) {
    auto s = text(obj, pointer, key);
    if (!s) return std::nullopt;
    if (is_id(*s)) return s;
    report("RS009", child(pointer, key), "\"" + *s + "\" is geen geldige naam voor \"" + std::string(key) + "\"",
           "alleen kleine letters, cijfers en koppeltekens, zoals \"" + std::string(example) + "\"");
    return std::nullopt;
}

std::optional<std::string> Reader::file_name(const json& obj, const std::string& pointer, std::string_view key,
                                             std::string_view extension, std::string_view example) {
    auto s = text(obj, pointer, key);
    if (!s) return std::nullopt;
    if (ends_with_ci(*s, extension)) return s;
    report("RS009", child(pointer, key), "\"" + *s + "\" is geen " + std::string(extension) + "-bestand",
           "geef de bestandsnaam met " + std::string(extension) + ", zoals \"" + std::string(example) + "\"");
    return std::nullopt;
}

const json::array_t* Reader::array(const json& obj, const std::string& pointer, std::string_view key,
                                   std::string_view at_least_one) {
    const json* v = member(obj, key);
    if (!v) return nullptr;
    const std::string where = child(pointer, key);
    if (!v->is_array()) {
        type_error(where, kArray, *v);
        return nullptr;
    }
    const auto& a = v->get_ref<const json::array_t&>();
    if (a.empty() && !at_least_one.empty())
        report("RS004", where, "lege lijst; verwacht ten minste één " + std::string(at_least_one));
    return &a;
}

std::optional<std::vector<std::string>> Reader::texts(const json& obj, const std::string& pointer,
                                                      std::string_view key, std::string_view at_least_one) {
    const json::array_t* a = array(obj, pointer, key, at_least_one);
    if (!a) return std::nullopt;
    std::vector<std::string> out;
    const std::string where = child(pointer, key);
    for (std::size_t i = 0; i < a->size(); ++i) {
        if (auto s = text_value((*a)[i], child(where, i))) out.push_back(std::move(*s));
    }
    return out;
}

std::optional<json> read_root(std::string_view json_text, const std::string& file_name, const ObjectShape& shape,
                              std::string_view kind, diag::Diagnostics& out) {
    auto root = parse_json(json_text, file_name, out);
    if (!root) return std::nullopt;
    Reader r(file_name, out);
    if (!r.object(*root, "", shape)) return std::nullopt;
    r.kind(*root, kind);
    return root;
}

}  // namespace raadsstuk::load::detail
