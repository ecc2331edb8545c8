#include "render/template.hpp"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <unordered_map>
#include <vector>

#include "format/markdown_escape.hpp"

// How strictness is built on kainjow mustache 4.1 (kainjow has no strict mode of its own):
//
// 1. Our own scanner tokenises the template (default delimiters only), checks the syntax with positions in
//    the source, and applies the Mustache spec's standalone-line rule itself.
// 2. From the tokens it writes a canonical template for kainjow in which every tag name carries its identity:
//    "{{naam}}" becomes "{{naam@7:3}}" (template serial 7, tag 3). kainjow passes that name to our
//    basic_context, which resolves "naam" strictly and, on failure, knows exactly which tag (file, line,
//    column) failed.
// 3. kainjow's own standalone handling (it drops a whitespace-only line after a section tag, including a
//    deliberate blank line) is neutralised by a sentinel character before every newline of the template;
//    the sentinels are removed from the output.

namespace raadsstuk::render {

namespace {

using Data = kainjow::mustache::data;
using Mustache = kainjow::mustache::mustache;

constexpr char kSentinel = '\x1E';  // never in output: stripped from values and from template text
constexpr int kMaxPartialExpansions = 10000;

enum class TagKind { variable, unescaped, section, inverted, section_end, partial, comment };

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// "a.b_c.d-e" or "."
bool is_valid_name(std::string_view name, bool allow_dots) {
    if (name == ".") return allow_dots;
    if (name.empty()) return false;
    bool segment_empty = true;
    for (char c : name) {
        if (c == '.') {
            if (!allow_dots || segment_empty) return false;
            segment_empty = true;
        } else if (is_name_char(c)) {
            segment_empty = false;
        } else {
            return false;
        }
    }
    return !segment_empty;
}

std::string_view trim(std::string_view s) {
    const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

std::string tag_text(TagKind kind, std::string_view name) {
    switch (kind) {
        case TagKind::variable: return "{{" + std::string(name) + "}}";
        case TagKind::unescaped: return "{{{" + std::string(name) + "}}}";
        case TagKind::section: return "{{#" + std::string(name) + "}}";
        case TagKind::inverted: return "{{^" + std::string(name) + "}}";
        case TagKind::section_end: return "{{/" + std::string(name) + "}}";
        case TagKind::partial: return "{{>" + std::string(name) + "}}";
        case TagKind::comment: return "{{!...}}";
    }
    return {};
}

std::uint64_t next_serial() {
    static std::atomic<std::uint64_t> serial{0};
    return ++serial;
}

}  // namespace

namespace detail {

struct Tag {
    TagKind kind = TagKind::variable;
    std::string name;
    std::size_t begin = 0, end = 0;  // byte range of the tag in the source
    int line = 0, column = 0;
    std::string indent;  // standalone partial tags: the white space before the tag
    std::size_t opener = 0;  // section end tags: index of the tag that opened the section
};

// A piece of the template after standalone lines are removed: text, or a reference to a tag.
struct Piece {
    bool is_tag = false;
    std::string text;
    std::size_t tag = 0;
};

struct CompiledTemplate {
    std::uint64_t serial = 0;
    std::string file_name;
    std::string source;  // normalised: no BOM, LF line ends, no sentinel characters
    std::vector<Tag> tags;
    std::vector<Piece> pieces;
    std::string canonical;                 // the kainjow text (no indentation)
    std::shared_ptr<const Mustache> mustache;  // compiled once; copied per render (kainjow's render mutates)

    // The canonical kainjow text, every line prefixed with `indent` (for a standalone partial tag).
    std::string emit(std::string_view indent) const {
        std::string out;
        out.reserve(source.size() + tags.size() * 12);
        out += indent;
        for (std::size_t p = 0; p < pieces.size(); ++p) {
            const Piece& piece = pieces[p];
            if (piece.is_tag) {
                const Tag& t = tags[piece.tag];
                // An end tag carries its opener's identity: kainjow matches sections by name.
                const std::size_t tag_id = t.kind == TagKind::section_end ? t.opener : piece.tag;
                const std::string id = t.name + "@" + std::to_string(serial) + ":" + std::to_string(tag_id);
                switch (t.kind) {
                    case TagKind::variable: out += "{{" + id + "}}"; break;
                    case TagKind::unescaped: out += "{{{" + id + "}}}"; break;
                    case TagKind::section: out += "{{#" + id + "}}"; break;
                    case TagKind::inverted: out += "{{^" + id + "}}"; break;
                    case TagKind::section_end: out += "{{/" + id + "}}"; break;
                    case TagKind::partial: out += "{{>" + id + "}}"; break;
                    case TagKind::comment: break;
                }
                continue;
            }
            for (std::size_t i = 0; i < piece.text.size(); ++i) {
                const char c = piece.text[i];
                if (c == '\n') {
                    out += kSentinel;
                    out += '\n';
                    const bool last = i + 1 == piece.text.size() && p + 1 == pieces.size();
                    if (!last) out += indent;
                } else {
                    out += c;
                }
            }
        }
        out += kSentinel;
        return out;
    }
};

}  // namespace detail

using detail::CompiledTemplate;
using detail::Piece;
using detail::Tag;

std::pair<int, int> line_column(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    int line = 1, column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {  // not a UTF-8 continuation byte: a new code point
            ++column;
        }
    }
    return {line, column};
}

diag::Diagnostic kainjow_parse_error(std::string_view text, const std::string& file_name,
                                     const std::string& message) {
    static const std::regex at_re(R"(^(.*) at ([0-9]+)$)");
    static const std::regex named_re(R"re(^(Unclosed|Unopened) section "(.*)"$)re");
    std::smatch m;
    std::size_t offset = 0;
    std::string what = message;
    if (std::regex_match(message, m, at_re)) {
        what = m[1].str();
        offset = static_cast<std::size_t>(std::stoull(m[2].str()));
    }
    std::string dutch;
    std::smatch n;
    if (what == "Unclosed tag") {
        dutch = "tag wordt niet gesloten met }}";
    } else if (what == "Invalid set delimiter tag") {
        dutch = "ongeldige tag voor het wisselen van scheidingstekens";
    } else if (std::regex_match(what, n, named_re)) {
        dutch = n[1].str() == "Unclosed"
                    ? "sectie '" + n[2].str() + "' wordt niet (goed) gesloten met {{/" + n[2].str() + "}}"
                    : "{{/" + n[2].str() + "}} sluit een sectie die niet geopend is";
    } else {
        dutch = "sjabloon kan niet gelezen worden (" + message + ")";
    }
    const auto [line, column] = line_column(text, offset);
    return diag::make("RS302", {file_name, "", line, column}, dutch);
}

namespace {

// Scans `c.source` into tags and pieces. Returns false (with RS302 diagnostics) on syntax errors.
bool scan(CompiledTemplate& c, diag::Diagnostics& out) {
    const std::string& src = c.source;
    bool ok = true;
    const auto error = [&](std::size_t at, std::string message, std::string hint = {}) {
        const auto [line, column] = line_column(src, at);
        out.push_back(diag::make("RS302", {c.file_name, "", line, column}, std::move(message), std::move(hint)));
        ok = false;
    };

    std::vector<std::size_t> open_sections;  // tag indices
    std::size_t pos = 0;
    while (pos < src.size()) {
        const std::size_t open = src.find("{{", pos);
        if (open == std::string::npos) break;
        Tag tag;
        tag.begin = open;
        std::string_view content;
        if (open + 2 < src.size() && src[open + 2] == '{') {
            const std::size_t close = src.find("}}}", open + 3);
            if (close == std::string::npos) {
                error(open, "tag die begint met {{{ wordt niet gesloten met }}}");
                return false;
            }
            tag.kind = TagKind::unescaped;
            tag.name = std::string(trim(std::string_view(src).substr(open + 3, close - open - 3)));
            tag.end = close + 3;
        } else {
            const std::size_t close = src.find("}}", open + 2);
            if (close == std::string::npos) {
                error(open, "tag wordt niet gesloten met }}");
                return false;
            }
            tag.end = close + 2;
            content = trim(std::string_view(src).substr(open + 2, close - open - 2));
            if (content.empty()) {
                error(open, "lege tag {{}}", "zet de naam van een variabele tussen de accolades, bijv. {{onderwerp}}");
                pos = tag.end;
                continue;
            }
            switch (content.front()) {
                case '#': tag.kind = TagKind::section; break;
                case '^': tag.kind = TagKind::inverted; break;
                case '/': tag.kind = TagKind::section_end; break;
                case '>': tag.kind = TagKind::partial; break;
                case '&': tag.kind = TagKind::unescaped; break;
                case '!': tag.kind = TagKind::comment; break;
                case '=':
                    error(open, "het wisselen van scheidingstekens ({{=...=}}) wordt niet ondersteund");
                    return false;
                default: tag.kind = TagKind::variable; break;
            }
            if (tag.kind == TagKind::variable) tag.name = std::string(content);
            else if (tag.kind != TagKind::comment) tag.name = std::string(trim(content.substr(1)));
        }
        const auto [line, column] = line_column(src, open);
        tag.line = line;
        tag.column = column;

        if (tag.kind != TagKind::comment) {
            const bool partial = tag.kind == TagKind::partial;
            const bool dots_ok = !partial;
            if (!is_valid_name(tag.name, dots_ok) || (tag.name == "." && tag.kind != TagKind::variable &&
                                                      tag.kind != TagKind::unescaped)) {
                error(open, "ongeldige naam '" + tag.name + "' in " + tag_text(tag.kind, tag.name),
                      partial ? "de naam van een partial is de bestandsnaam zonder .md: letters, cijfers, '_' en '-'"
                              : "een naam bestaat uit letters, cijfers, '_' en '-', delen gescheiden door een "
                                "punt (bijv. bijlagen.aantal)");
            }
        }

        const std::size_t index = c.tags.size();
        if (tag.kind == TagKind::section || tag.kind == TagKind::inverted) {
            open_sections.push_back(index);
        } else if (tag.kind == TagKind::section_end) {
            if (open_sections.empty()) {
                error(open, tag_text(TagKind::section_end, tag.name) + " sluit een sectie die niet geopend is");
                return false;
            }
            const Tag& opener = c.tags[open_sections.back()];
            if (opener.name != tag.name) {
                error(open,
                      tag_text(TagKind::section_end, tag.name) + " sluit " + tag_text(opener.kind, opener.name) +
                          " (regel " + std::to_string(opener.line) + ", kolom " + std::to_string(opener.column) +
                          ") niet",
                      "sluit eerst " + tag_text(opener.kind, opener.name) + " met " +
                          tag_text(TagKind::section_end, opener.name));
                return false;
            }
            tag.opener = open_sections.back();
            open_sections.pop_back();
        }
        c.tags.push_back(std::move(tag));
        pos = c.tags.back().end;
    }
    if (!open_sections.empty()) {
        const Tag& opener = c.tags[open_sections.back()];
        error(opener.begin, "sectie " + tag_text(opener.kind, opener.name) + " wordt niet gesloten",
              "voeg " + tag_text(TagKind::section_end, opener.name) + " toe waar de sectie eindigt");
    }
    return ok;
}

// Applies the Mustache standalone rule: a line holding only white space and one section, inverted, end,
// partial or comment tag disappears from the output entirely (its white space and its line end too).
// A standalone partial's indentation is given to every line of the partial.
void build_pieces(CompiledTemplate& c) {
    const std::string& src = c.source;
    std::vector<bool> removed(src.size(), false);
    const auto blank = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i)
            if (src[i] != ' ' && src[i] != '\t') return false;
        return true;
    };
    for (std::size_t t = 0; t < c.tags.size(); ++t) {
        const Tag& tag = c.tags[t];
        if (tag.kind == TagKind::variable || tag.kind == TagKind::unescaped) continue;
        const std::size_t nl_before = tag.begin == 0 ? std::string::npos : src.rfind('\n', tag.begin - 1);
        const std::size_t line_start = nl_before == std::string::npos ? 0 : nl_before + 1;
        const std::size_t nl_after = src.find('\n', tag.end);
        const std::size_t line_end = nl_after == std::string::npos ? src.size() : nl_after;
        if (!blank(line_start, tag.begin) || !blank(tag.end, line_end)) continue;
        for (std::size_t i = line_start; i < tag.begin; ++i) removed[i] = true;
        for (std::size_t i = tag.end; i < line_end; ++i) removed[i] = true;
        if (nl_after != std::string::npos) removed[nl_after] = true;
        if (tag.kind == TagKind::partial) c.tags[t].indent = src.substr(line_start, tag.begin - line_start);
    }
    std::size_t pos = 0;
    const auto add_text = [&](std::size_t from, std::size_t to) {
        std::string text;
        for (std::size_t i = from; i < to; ++i)
            if (!removed[i]) text += src[i];
        if (!text.empty()) c.pieces.push_back(Piece{false, std::move(text), 0});
    };
    for (std::size_t t = 0; t < c.tags.size(); ++t) {
        add_text(pos, c.tags[t].begin);
        if (c.tags[t].kind != TagKind::comment) c.pieces.push_back(Piece{true, {}, t});
        pos = c.tags[t].end;
    }
    add_text(pos, src.size());
}

}  // namespace

// ---------------------------------------------------------------------------------------------------------
// Compiling

std::optional<Template> Template::compile(std::string_view text, std::string file_name, diag::Diagnostics& out) {
    auto c = std::make_shared<CompiledTemplate>();
    c->serial = next_serial();
    c->file_name = std::move(file_name);
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // UTF-8 byte order mark
    c->source.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
        if (text[i] == kSentinel) continue;
        c->source += text[i];
    }
    if (!scan(*c, out)) return std::nullopt;

    // Cross-check with kainjow on the source itself: it must agree that the syntax is fine.
    {
        const Mustache original(c->source);
        if (!original.is_valid()) {
            out.push_back(kainjow_parse_error(c->source, c->file_name, original.error_message()));
            return std::nullopt;
        }
    }
    build_pieces(*c);
    c->canonical = c->emit("");
    auto m = std::make_shared<Mustache>(c->canonical);
    if (!m->is_valid()) {  // cannot happen for a scanned template; report rather than crash
        out.push_back(diag::make("RS302", {c->file_name, "", 0, 0},
                                 "interne fout bij het vertalen van het sjabloon (" + m->error_message() + ")"));
        return std::nullopt;
    }
    m->set_custom_escape([](const std::string& s) { return format::escape_markdown_text(s); });
    c->mustache = std::move(m);
    return Template(std::move(c));
}

const std::string& Template::file_name() const { return impl_->file_name; }

// ---------------------------------------------------------------------------------------------------------
// Rendering

namespace {

// Edit distance, for "bedoelt u ...?" hints.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

std::string suggestion_hint(const std::string& wrong, const std::set<std::string>& candidates) {
    std::string best;
    std::size_t best_distance = 3;
    for (const auto& cand : candidates) {
        const std::size_t d = edit_distance(wrong, cand);
        if (d < best_distance) best_distance = d, best = cand;
    }
    if (!best.empty()) return "bedoelt u '" + best + "'?";
    if (candidates.empty()) return {};
    std::string list;
    for (const auto& cand : candidates) list += (list.empty() ? "" : ", ") + cand;
    return "beschikbaar op deze plaats: " + list;
}

// Converts the view to kainjow data. Text loses sentinel characters (they are how we mark template lines).
Data to_data(const Value& v) {
    switch (v.kind()) {
        case Value::Kind::boolean: return Data(v.as_bool());
        case Value::Kind::text: {
            std::string s = v.as_text();
            s.erase(std::remove(s.begin(), s.end(), kSentinel), s.end());
            return Data(s);
        }
        case Value::Kind::list: {
            Data d(Data::type::list);
            for (const auto& item : v.as_list()) d.push_back(to_data(item));
            return d;
        }
        case Value::Kind::map: {
            Data d(Data::type::object);
            for (const auto& [key, item] : v.as_map()) d.set(key, to_data(item));
            return d;
        }
    }
    return Data(false);
}

std::string_view data_kind_name(const Data& d) {
    if (d.is_string()) return "tekst";
    if (d.is_list()) return "lijst";
    if (d.is_object()) return "groep";
    if (d.is_bool()) return "ja/nee-waarde";
    return "waarde";
}

struct RenderState {
    diag::Diagnostics& out;
    const TemplateSet& set;
    std::unordered_map<std::uint64_t, const CompiledTemplate*> templates;  // by serial
    std::unordered_map<const Data*, const Value*> values;                  // kainjow node -> view node
    std::map<std::string, Data> partial_texts;                             // "name\nindent" -> canonical text
    std::set<std::pair<std::uint64_t, std::size_t>> reported;
    int partial_expansions = 0;
    bool failed = false;

    void index_values(const Value& v, const Data& d) {
        values[&d] = &v;
        if (v.is_list() && d.is_list()) {
            const auto& items = d.list_value();
            for (std::size_t i = 0; i < items.size() && i < v.as_list().size(); ++i)
                index_values(v.as_list()[i], items[i]);
        } else if (v.is_map() && d.is_object()) {
            for (const auto& [key, item] : v.as_map())
                if (const Data* child = d.get(key)) index_values(item, *child);
        }
    }

    std::set<std::string> keys(const Data* d) const {
        std::set<std::string> result;
        if (!d) return result;
        const auto it = values.find(d);
        if (it == values.end() || !it->second->is_map()) return result;
        for (const auto& [key, item] : it->second->as_map()) result.insert(key);
        return result;
    }

    // "naam@7:3" -> the template and tag it came from.
    std::pair<const CompiledTemplate*, const Tag*> decode(const std::string& tagged) const {
        const std::size_t at = tagged.rfind('@');
        const std::size_t colon = tagged.rfind(':');
        if (at == std::string::npos || colon == std::string::npos || colon < at) return {nullptr, nullptr};
        const auto serial = std::stoull(tagged.substr(at + 1, colon - at - 1));
        const auto index = static_cast<std::size_t>(std::stoull(tagged.substr(colon + 1)));
        const auto it = templates.find(serial);
        if (it == templates.end() || index >= it->second->tags.size()) return {nullptr, nullptr};
        return {it->second, &it->second->tags[index]};
    }

    void report(const CompiledTemplate& t, const Tag& tag, std::string code, std::string message,
                std::string hint = {}) {
        failed = true;
        const auto key = std::make_pair(t.serial, static_cast<std::size_t>(&tag - t.tags.data()));
        if (!reported.insert(key).second) return;
        out.push_back(diag::make(std::move(code), {t.file_name, "", tag.line, tag.column}, std::move(message),
                                 std::move(hint)));
    }
};

// A kainjow context that resolves names strictly and reports each failure at its tag.
class StrictContext : public kainjow::mustache::basic_context<std::string> {
public:
    StrictContext(RenderState& state, const Data* root) : state_(state) { stack_.push_back(root); }

    void push(const Data* data) override { stack_.push_back(data); }
    void pop() override { stack_.pop_back(); }

    const Data* get(const std::string& tagged) const override {
        const auto [tmpl, tag] = state_.decode(tagged);
        if (!tag) return nullptr;
        const std::string& name = tag->name;
        const Data* found = nullptr;
        if (name == ".") {
            found = stack_.back();
        } else {
            // Mustache name resolution: the first part is looked up from the innermost section outwards,
            // the other parts strictly inside what the first part found.
            std::vector<std::string> parts;
            std::size_t from = 0;
            for (std::size_t dot; (dot = name.find('.', from)) != std::string::npos; from = dot + 1)
                parts.push_back(name.substr(from, dot - from));
            parts.push_back(name.substr(from));

            for (auto it = stack_.rbegin(); it != stack_.rend() && !found; ++it)
                if ((*it)->is_object()) found = (*it)->get(parts[0]);
            if (!found) {
                std::set<std::string> visible;
                for (const Data* d : stack_)
                    for (const auto& k : state_.keys(d)) visible.insert(k);
                state_.report(*tmpl, *tag, "RS303",
                              "variabele '" + parts[0] + "' bestaat niet (in " + tag_text(tag->kind, name) + ")",
                              suggestion_hint(parts[0], visible));
                return nullptr;
            }
            std::string path = parts[0];
            for (std::size_t i = 1; i < parts.size(); ++i) {
                const Data* next = found->is_object() ? found->get(parts[i]) : nullptr;
                if (!next) {
                    const std::string what = found->is_object()
                                                 ? "'" + path + "' heeft geen onderdeel '" + parts[i] + "'"
                                                 : "'" + path + "' is een " + std::string(data_kind_name(*found)) +
                                                       " en heeft geen onderdeel '" + parts[i] + "'";
                    state_.report(*tmpl, *tag, "RS303",
                                  "variabele '" + name + "' bestaat niet: " + what + " (in " +
                                      tag_text(tag->kind, name) + ")",
                                  suggestion_hint(parts[i], state_.keys(found)));
                    return nullptr;
                }
                found = next;
                path += "." + parts[i];
            }
        }
        if ((tag->kind == TagKind::variable || tag->kind == TagKind::unescaped) && !found->is_string()) {
            state_.report(*tmpl, *tag, "RS303",
                          "variabele '" + name + "' is een " + std::string(data_kind_name(*found)) +
                              ", geen tekst; " + tag_text(tag->kind, name) + " kan alleen tekst invoegen",
                          found->is_bool() || found->is_list() || found->is_object()
                              ? "gebruik een sectie {{#" + name + "}}...{{/" + name + "}}"
                              : std::string());
            return nullptr;
        }
        return found;
    }

    const Data* get_partial(const std::string& tagged) const override {
        const auto [tmpl, tag] = state_.decode(tagged);
        if (!tag) return nullptr;
        const Template* partial = state_.set.find_partial(tag->name);
        if (!partial) {
            state_.report(*tmpl, *tag, "RS304", "partial '" + tag->name + "' bestaat niet",
                          "partials staan in partials/NAAM.md in de map van de sjabloonversie (templates/vN)");
            return nullptr;
        }
        if (++state_.partial_expansions > kMaxPartialExpansions) {
            state_.report(*tmpl, *tag, "RS304",
                          "partial '" + tag->name + "' roept zichzelf eindeloos aan (meer dan " +
                              std::to_string(kMaxPartialExpansions) + " keer ingevoegd)");
            return nullptr;
        }
        const std::string key = tag->name + "\n" + tag->indent;
        auto it = state_.partial_texts.find(key);
        if (it == state_.partial_texts.end()) {
            const CompiledTemplate& pc = partial->compiled();
            std::string text = tag->indent.empty() ? pc.canonical : pc.emit(tag->indent);
            it = state_.partial_texts.emplace(key, Data(text)).first;
        }
        return &it->second;
    }

private:
    RenderState& state_;
    std::vector<const Data*> stack_;  // back() is the innermost
};

// Reports partials that do not exist, statically: also those in sections the data does not reach.
void check_partials(const CompiledTemplate& c, RenderState& state, std::set<std::uint64_t>& visited) {
    if (!visited.insert(c.serial).second) return;
    for (const Tag& tag : c.tags) {
        if (tag.kind != TagKind::partial) continue;
        const Template* p = state.set.find_partial(tag.name);
        if (!p) {
            state.report(c, tag, "RS304", "partial '" + tag.name + "' bestaat niet",
                         "partials staan in partials/NAAM.md in de map van de sjabloonversie (templates/vN)");
        } else {
            check_partials(p->compiled(), state, visited);
        }
    }
}

}  // namespace

std::optional<std::string> Template::render(const Value& view, const TemplateSet& partials,
                                            diag::Diagnostics& out) const {
    RenderState state{out, partials, {}, {}, {}, {}, 0, false};
    state.templates[impl_->serial] = impl_.get();
    for (const auto& [name, p] : partials.partials()) state.templates[p.compiled().serial] = &p.compiled();
    std::set<std::uint64_t> visited;
    check_partials(*impl_, state, visited);

    const Data root = to_data(view);
    state.index_values(view, root);
    StrictContext context(state, &root);
    Mustache m = *impl_->mustache;  // kainjow's render keeps error state in the object: render a copy
    std::string text = m.render(context);
    if (!m.is_valid()) {
        state.failed = true;
        out.push_back(diag::make("RS302", {impl_->file_name, "", 0, 0},
                                 "sjabloon kan niet worden ingevuld (" + m.error_message() + ")"));
    }
    if (state.failed) return std::nullopt;
    text.erase(std::remove(text.begin(), text.end(), kSentinel), text.end());
    return text;
}

std::optional<std::string> Template::render(const Value& view, diag::Diagnostics& out) const {
    static const TemplateSet empty;
    return render(view, empty, out);
}

// ---------------------------------------------------------------------------------------------------------
// Sets and loading

void TemplateSet::add_template(std::string name, Template t) { templates_.insert_or_assign(std::move(name), std::move(t)); }
void TemplateSet::add_partial(std::string name, Template t) { partials_.insert_or_assign(std::move(name), std::move(t)); }

const Template* TemplateSet::find_template(std::string_view name) const {
    const auto it = templates_.find(name);
    return it == templates_.end() ? nullptr : &it->second;
}

const Template* TemplateSet::find_partial(std::string_view name) const {
    const auto it = partials_.find(name);
    return it == partials_.end() ? nullptr : &it->second;
}

namespace {

std::optional<std::string> read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return buffer.str();
}

// The "*.md" files directly in dir, sorted by name; nullopt if dir cannot be listed.
std::optional<std::vector<std::filesystem::path>> markdown_files(const std::filesystem::path& dir) {
    std::error_code ec;
    std::filesystem::directory_iterator it(dir, ec);
    if (ec) return std::nullopt;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : it) {
        std::error_code type_ec;
        if (entry.path().extension() == ".md" && entry.is_regular_file(type_ec)) files.push_back(entry.path().filename());
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

TemplateSet load_template_set(const std::filesystem::path& dir, diag::Diagnostics& out) {
    TemplateSet set;
    const auto load_dir = [&](const std::filesystem::path& from, bool partials, bool required) {
        const auto files = markdown_files(from);
        if (!files) {
            if (required)
                out.push_back(diag::make("RS301", {from.generic_string(), "", 0, 0},
                                         "sjablonenmap kan niet gelezen worden",
                                         "controleer de map met sjablonen (standaard: templates)"));
            return;
        }
        for (const auto& file : *files) {
            const std::filesystem::path path = from / file;
            const auto text = read_file(path);
            if (!text) {
                out.push_back(diag::make("RS301", {path.generic_string(), "", 0, 0}, "sjabloon kan niet gelezen worden"));
                continue;
            }
            auto t = Template::compile(*text, path.generic_string(), out);
            if (!t) continue;
            if (partials) set.add_partial(file.stem().string(), std::move(*t));
            else set.add_template(file.stem().string(), std::move(*t));
        }
    };
    load_dir(dir, false, true);
    load_dir(dir / "partials", true, false);
    return set;
}

}  // namespace raadsstuk::render
