// Loads a gemeente file: name, address, functionarissen with their periods in office, house style.
#include <filesystem>

#include "load/load.hpp"
#include "load/reader.hpp"

namespace raadsstuk::load {
namespace {

using detail::child;
using detail::json;
using detail::member;
using detail::Reader;
using detail::set;

void read_functionaris(Reader& r, const json& v, const std::string& pointer, model::Gemeente& g) {
    if (!r.object(v, pointer, shape_at(gemeente_shapes(), "/functionarissen/*"))) return;
    model::Functionaris f;
    f.pointer = pointer;
    set(r.text(v, pointer, "naam"), f.name);
    set(r.choice(v, pointer, "functie", known_functions(), "functie"), f.function);
    set(r.text(v, pointer, "portefeuille"), f.portfolio);
    set(r.text(v, pointer, "opmerking"), f.note);
    const auto from = r.date(v, pointer, "van");
    f.until = r.date(v, pointer, "tot");
    if (from) f.from = *from;
    if (from && f.until && *f.until < *from) {
        r.report("RS010", child(pointer, "tot"),
                 "de ambtsperiode eindigt (tot " + f.until->iso() + ") voordat die begint (van " + from->iso() + ")",
                 "\"tot\" is de laatste dag in functie; verwisselde u \"van\" en \"tot\"?");
    }
    g.functionarissen.push_back(std::move(f));
}

// zaaknummerpatronen: each one must compile (RS009 with the reason otherwise).
void read_zaaknummer_patterns(Reader& r, const json& root, model::Gemeente& g) {
    const auto patterns = r.texts(root, "", "zaaknummerpatronen", "patroon");
    if (!patterns) return;
    for (std::size_t i = 0; i < patterns->size(); ++i) {
        std::string why;
        if (auto p = model::ZaaknummerPattern::compile((*patterns)[i], why)) {
            g.zaaknummer_patterns.push_back(std::move(*p));
        } else {
            r.report("RS009", child("/zaaknummerpatronen", i),
                     "\"" + (*patterns)[i] + "\" is geen geldig zaaknummerpatroon: " + why,
                     "bijvoorbeeld \"Z-{jj}-{zaak}[/{document}]\"; zie docs/data.md");
        }
    }
}

// A house style at `pointer` whose shapes are those of `shape` ("/huisstijl" or "/eerdere_huisstijlen/*").
bool read_house_style(Reader& r, const json& v, const std::string& pointer, const std::string& shape,
                      model::HouseStyle& s) {
    const auto shapes = gemeente_shapes();
    if (!r.object(v, pointer, shape_at(shapes, shape))) return false;
    s.pointer = pointer;
    set(r.version(v, pointer, "versie"), s.version);

    if (const json* font = member(v, "lettertype")) {
        const std::string at = child(pointer, "lettertype");
        if (r.object(*font, at, shape_at(shapes, shape + "/lettertype"))) {
            set(r.file_name(*font, at, "regulier", ".ttf", "LiberationSans-Regular.ttf"), s.font.regular);
            set(r.file_name(*font, at, "vet", ".ttf", "LiberationSans-Bold.ttf"), s.font.bold);
            set(r.file_name(*font, at, "cursief", ".ttf", "LiberationSans-Italic.ttf"), s.font.italic);
            set(r.file_name(*font, at, "vetcursief", ".ttf", "LiberationSans-BoldItalic.ttf"), s.font.bold_italic);
            set(r.file_name(*font, at, "terugval", ".ttf", "DejaVuSans.ttf"), s.fallback_font);
        }
    }
    if (const json* size = member(v, "grootte")) {
        const std::string at = child(pointer, "grootte");
        if (r.object(*size, at, shape_at(shapes, shape + "/grootte"))) {
            set(r.number(*size, at, "tekst", 6, 24), s.body_size);
            set(r.number(*size, at, "kop", 6, 36), s.heading_size);
            set(r.number(*size, at, "klein", 5, 24), s.small_size);
        }
    }
    set(r.number(v, pointer, "regelafstand", 1, 3), s.line_height);
    if (const json* margins = member(v, "marges")) {
        const std::string at = child(pointer, "marges");
        if (r.object(*margins, at, shape_at(shapes, shape + "/marges"))) {
            set(r.number(*margins, at, "boven", 0, 100), s.margin_top);
            set(r.number(*margins, at, "onder", 0, 100), s.margin_bottom);
            set(r.number(*margins, at, "links", 0, 100), s.margin_left);
            set(r.number(*margins, at, "rechts", 0, 100), s.margin_right);
        }
    }
    if (const json* colors = member(v, "kleuren")) {
        const std::string at = child(pointer, "kleuren");
        if (r.object(*colors, at, shape_at(shapes, shape + "/kleuren"))) {
            set(r.color(*colors, at, "tekst"), s.text);
            set(r.color(*colors, at, "primair"), s.primary);
            set(r.color(*colors, at, "accent"), s.accent);
        }
    }
    set(r.texts(v, pointer, "briefhoofd", "regel"), s.letterhead);
    if (auto logo = r.file_name(v, pointer, "logo", ".png", "logo-voorschoten.png")) s.logo = std::move(*logo);
    return true;
}

// eerdere_huisstijlen: each with a version of its own, older than the current one (RS030 otherwise; the order
// is only checked when the current style could be read).
void read_earlier_styles(Reader& r, const json& root, bool current_read, model::Gemeente& g) {
    const json::array_t* styles = r.array(root, "", "eerdere_huisstijlen", "huisstijl");
    if (!styles) return;
    for (std::size_t i = 0; i < styles->size(); ++i) {
        const std::string at = child("/eerdere_huisstijlen", i);
        model::HouseStyle s;
        if (!read_house_style(r, (*styles)[i], at, "/eerdere_huisstijlen/*", s)) continue;
        bool twice = false;
        for (const auto& earlier : g.earlier_styles) twice = twice || earlier.version == s.version;
        if (twice || (current_read && s.version >= g.style.version)) {
            r.report("RS030", child(at, "versie"),
                     twice ? "huisstijlversie " + std::to_string(s.version) + " staat twee keer in eerdere_huisstijlen"
                           : "eerdere huisstijl heeft versie " + std::to_string(s.version) +
                                 ", niet ouder dan de huidige huisstijl (versie " + std::to_string(g.style.version) + ")",
                     "geef de huidige huisstijl het hoogste versienummer en elke eerdere een eigen, lager nummer");
            continue;
        }
        g.earlier_styles.push_back(std::move(s));
    }
}

}  // namespace

std::optional<model::Gemeente> load_gemeente(std::string_view json_text, const std::string& file_name,
                                             diag::Diagnostics& out) {
    const std::size_t first = out.size();
    const auto root = detail::read_root(json_text, file_name, shape_at(gemeente_shapes(), ""),
                                        kKindGemeente, out);
    if (!root) return std::nullopt;
    Reader r(file_name, out);

    model::Gemeente g;
    g.source_file = file_name;
    if (auto id = r.id(*root, "", "id", "voorschoten")) {
        const std::filesystem::path path(file_name);
        // Only where documents look gemeenten up by id: in a gemeenten/ directory.
        if (path.parent_path().filename() == "gemeenten" && path.stem().string() != *id) {
            r.report("RS013", "/id",
                     "id \"" + *id + "\" past niet bij de bestandsnaam \"" + path.filename().string() + "\"",
                     "documenten vinden hun gemeente als gemeenten/<id>.json: noem het bestand \"" + *id +
                         ".json\" of maak de id \"" + path.stem().string() + "\"");
        }
        g.id = std::move(*id);
    }
    set(r.text(*root, "", "naam"), g.name);
    set(r.texts(*root, "", "adres", "regel"), g.address);
    set(r.text(*root, "", "college"), g.college);
    set(r.text(*root, "", "opmerking"), g.note);
    if (const json::array_t* fs = r.array(*root, "", "functionarissen", "functionaris")) {
        for (std::size_t i = 0; i < fs->size(); ++i)
            read_functionaris(r, (*fs)[i], child("/functionarissen", i), g);
    }
    const json* style = member(*root, "huisstijl");
    const bool style_read = style && read_house_style(r, *style, "/huisstijl", "/huisstijl", g.style);
    read_earlier_styles(r, *root, style_read, g);
    read_zaaknummer_patterns(r, *root, g);

    if (detail::errors_since(out, first)) return std::nullopt;  // duplicate keys included
    return g;
}

}  // namespace raadsstuk::load
