#include "regions/parse_regions.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <array>
#include <cstring>
#include <memory>
#include <mutex>

namespace raadsstuk::regions {
namespace {

constexpr std::array<std::string_view, 8> kRegions = {"kenmerken", "tekst",  "secties", "status", "slot",
                                                      "ondertekening", "voet", "bijlagen"};

std::string known_regions_list() {
    std::string out;
    for (auto r : kRegions) out += (out.empty() ? "" : ", ") + std::string(r);
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) s.remove_suffix(1);
    return s;
}

// "<!-- raadsstuk:NAME -->" -> true and NAME; anything else -> false.
bool marker_name(std::string_view line, std::string& name) {
    line = trim(line);
    if (line.size() < 7 || line.substr(0, 4) != "<!--" || line.substr(line.size() - 3) != "-->") return false;
    std::string_view inner = trim(line.substr(4, line.size() - 7));
    constexpr std::string_view prefix = "raadsstuk:";
    if (inner.substr(0, prefix.size()) != prefix) return false;
    name = std::string(trim(inner.substr(prefix.size())));
    return true;
}

struct NodeDeleter {
    void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct ParserDeleter {
    void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};

class Converter {
public:
    Converter(const std::string& source, diag::Diagnostics& out) : source_(source), out_(out) {}

    std::vector<Region> convert(cmark_node* document) {
        for (cmark_node* n = cmark_node_first_child(document); n; n = cmark_node_next(n)) {
            if (cmark_node_get_type(n) == CMARK_NODE_HTML_BLOCK) {
                top_level_html(n);
                continue;
            }
            Block b;
            if (convert_block(n, b)) current().blocks.push_back(std::move(b));
        }
        return std::move(regions_);
    }

private:
    Region& current() {
        if (regions_.empty()) regions_.push_back(Region{"tekst", 0, {}});
        return regions_.back();
    }

    void warn_unsupported(int line, const std::string& what) {
        out_.push_back(diag::make("RS401", {source_, "", 0, 0},
                                  what + " (regel " + std::to_string(line) + " van de opgemaakte Markdown)",
                                  "de PDF-opmaak kent alleen tekst, koppen, lijsten, tabellen en links"));
    }

    void top_level_html(cmark_node* n) {
        const char* literal = cmark_node_get_literal(n);
        const std::string text = literal ? literal : "";
        int line = cmark_node_get_start_line(n);
        std::size_t pos = 0;
        bool warned = false;
        while (pos <= text.size()) {
            std::size_t end = text.find('\n', pos);
            if (end == std::string::npos) end = text.size();
            const std::string_view l(text.data() + pos, end - pos);
            std::string name;
            if (marker_name(l, name)) {
                if (is_known_region(name)) {
                    regions_.push_back(Region{name, line, {}});
                } else {
                    out_.push_back(diag::make(
                        "RS405", {source_, "", 0, 0},
                        "onbekend gebied '" + name + "' in de opgemaakte brief (regel " + std::to_string(line) +
                            " van de opgemaakte Markdown)",
                        "bekende gebieden: " + known_regions_list()));
                }
            } else if (!trim(l).empty() && !warned) {
                warn_unsupported(line, "HTML wordt niet opgemaakt in de PDF en is weggelaten");
                warned = true;
            }
            ++line;
            pos = end + 1;
        }
    }

    bool convert_block(cmark_node* n, Block& b) {
        b.line = cmark_node_get_start_line(n);
        const char* type_string = cmark_node_get_type_string(n);
        if (type_string && std::strcmp(type_string, "table") == 0) {
            b.kind = Block::Kind::table;
            const int columns = cmark_gfm_extensions_get_table_columns(n);
            const std::uint8_t* alignments = cmark_gfm_extensions_get_table_alignments(n);
            for (int c = 0; c < columns; ++c) {
                const std::uint8_t a = alignments ? alignments[c] : 0;
                b.align.push_back(a == 'l' ? CellAlign::left : a == 'c' ? CellAlign::center
                                                          : a == 'r' ? CellAlign::right : CellAlign::none);
            }
            for (cmark_node* row = cmark_node_first_child(n); row; row = cmark_node_next(row)) {
                std::vector<Spans> cells;
                for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
                    Spans spans;
                    inlines(cell, SpanStyle{}, spans);
                    cells.push_back(std::move(spans));
                }
                cells.resize(static_cast<std::size_t>(columns));
                b.rows.push_back(std::move(cells));
            }
            return true;
        }
        switch (cmark_node_get_type(n)) {
            case CMARK_NODE_PARAGRAPH:
                b.kind = Block::Kind::paragraph;
                inlines(n, SpanStyle{}, b.text);
                return true;
            case CMARK_NODE_HEADING:
                b.kind = Block::Kind::heading;
                b.level = cmark_node_get_heading_level(n);
                inlines(n, SpanStyle{}, b.text);
                return true;
            case CMARK_NODE_LIST:
                b.kind = Block::Kind::list;
                b.ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
                b.start = cmark_node_get_list_start(n);
                for (cmark_node* item = cmark_node_first_child(n); item; item = cmark_node_next(item)) {
                    std::vector<Block> children;
                    for (cmark_node* c = cmark_node_first_child(item); c; c = cmark_node_next(c)) {
                        Block child;
                        if (convert_block(c, child)) children.push_back(std::move(child));
                    }
                    b.items.push_back(std::move(children));
                }
                return true;
            case CMARK_NODE_BLOCK_QUOTE:
                b.kind = Block::Kind::quote;
                for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
                    Block child;
                    if (convert_block(c, child)) b.children.push_back(std::move(child));
                }
                return true;
            case CMARK_NODE_CODE_BLOCK: {
                b.kind = Block::Kind::code;
                const char* literal = cmark_node_get_literal(n);
                std::string text = literal ? literal : "";
                while (!text.empty() && text.back() == '\n') text.pop_back();
                std::size_t pos = 0;
                while (true) {
                    const std::size_t end = text.find('\n', pos);
                    b.text.push_back(Span{text.substr(pos, end == std::string::npos ? end : end - pos), {}, false});
                    if (end == std::string::npos) break;
                    b.text.push_back(Span{"", {}, true});
                    pos = end + 1;
                }
                return true;
            }
            case CMARK_NODE_THEMATIC_BREAK:
                b.kind = Block::Kind::rule;
                return true;
            case CMARK_NODE_HTML_BLOCK: {
                std::string name;
                const char* literal = cmark_node_get_literal(n);
                if (literal && marker_name(literal, name))
                    warn_unsupported(b.line, "een gebiedsmarkering binnen een lijst of citaat wordt genegeerd");
                else
                    warn_unsupported(b.line, "HTML wordt niet opgemaakt in de PDF en is weggelaten");
                return false;
            }
            default:
                warn_unsupported(b.line, std::string("Markdown-element '") + (type_string ? type_string : "?") +
                                             "' wordt niet opgemaakt in de PDF");
                return false;
        }
    }

    void add_text(Spans& spans, std::string_view text, const SpanStyle& style) {
        if (!spans.empty() && !spans.back().hard_break && spans.back().style == style) {
            spans.back().text += text;
            return;
        }
        spans.push_back(Span{std::string(text), style, false});
    }

    void inlines(cmark_node* parent, const SpanStyle& style, Spans& spans) {
        for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
            const char* type_string = cmark_node_get_type_string(n);
            if (type_string && std::strcmp(type_string, "strikethrough") == 0) {
                SpanStyle s = style;
                s.strike = true;
                inlines(n, s, spans);
                continue;
            }
            switch (cmark_node_get_type(n)) {
                case CMARK_NODE_TEXT:
                case CMARK_NODE_CODE: {
                    const char* literal = cmark_node_get_literal(n);
                    if (literal) add_text(spans, literal, style);
                    break;
                }
                case CMARK_NODE_SOFTBREAK: add_text(spans, " ", style); break;
                case CMARK_NODE_LINEBREAK: spans.push_back(Span{"", style, true}); break;
                case CMARK_NODE_EMPH: {
                    SpanStyle s = style;
                    s.italic = true;
                    inlines(n, s, spans);
                    break;
                }
                case CMARK_NODE_STRONG: {
                    SpanStyle s = style;
                    s.bold = true;
                    inlines(n, s, spans);
                    break;
                }
                case CMARK_NODE_LINK: {
                    SpanStyle s = style;
                    const char* url = cmark_node_get_url(n);
                    s.link = url ? url : "";
                    inlines(n, s, spans);
                    break;
                }
                case CMARK_NODE_IMAGE:
                    warn_unsupported(cmark_node_get_start_line(n),
                                     "een afbeelding wordt niet opgenomen in de PDF; alleen de beschrijving staat er");
                    inlines(n, style, spans);
                    break;
                case CMARK_NODE_HTML_INLINE:
                    // One warning per paragraph: "<b>vet</b>" is one fault, not two.
                    if (html_warned_for_ != parent) {
                        warn_unsupported(cmark_node_get_start_line(parent),
                                         "HTML in de tekst wordt niet opgemaakt in de PDF en is weggelaten");
                        html_warned_for_ = parent;
                    }
                    break;
                default:
                    inlines(n, style, spans);
                    break;
            }
        }
    }

    const std::string& source_;
    diag::Diagnostics& out_;
    std::vector<Region> regions_;
    const cmark_node* html_warned_for_ = nullptr;
};

}  // namespace

bool is_known_region(std::string_view name) {
    for (auto r : kRegions)
        if (r == name) return true;
    return false;
}

std::string plain_text(const Spans& spans) {
    std::string out;
    for (const auto& s : spans) out += s.hard_break ? "\n" : s.text;
    return out;
}

std::vector<Region> parse_regions(const std::string& markdown, const std::string& source_name, diag::Diagnostics& out) {
    // cmark-gfm registers its extensions in a global list behind an unguarded flag: once per process, so
    // that documents can be laid out on several threads at once.
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8));
    for (const char* name : {"table", "strikethrough", "autolink"})
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
    std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
    Converter converter(source_name, out);
    return converter.convert(document.get());
}

}  // namespace raadsstuk::regions
