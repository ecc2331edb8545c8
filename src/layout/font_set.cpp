#include "layout/font_set.hpp"

#include "layout/cp1252.hpp"
#include "layout/utf8.hpp"

namespace raadsstuk::layout {
namespace {

const char* const kDefaultFaces[4] = {"LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                                      "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"};
const char* const kStyleNames[4] = {"regulier", "vet", "cursief", "vetcursief"};

bool is_dropped(char32_t c) {
    return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == '\r';
}

}  // namespace

FontSet::FontSet(FontLibrary& library, const model::Environment& env, const model::HouseStyle& style,
                 std::string source_name, diag::Diagnostics& out, std::string style_source)
    : library_(library), env_(env), fallback_name_(style.fallback_font), source_(std::move(source_name)),
      style_source_(std::move(style_source)), style_pointer_(style.pointer), out_(out) {
    for (auto& table : latin_advance_) table.fill(kUnknown);
    const std::string names[4] = {style.font.regular, style.font.bold, style.font.italic, style.font.bold_italic};
    for (int i = 0; i < 4; ++i) {
        const std::string name = names[i].empty() ? kDefaultFaces[i] : names[i];
        const auto path = library_.find(name, env_);
        std::string why = "niet gevonden in de lettertypemappen";
        std::shared_ptr<const TrueTypeFont> font;
        if (path) font = library_.load(*path, &why);
        if (!font) {
            out_.push_back(diag::make("RS402", font_location(kStyleNames[i]),
                                      std::string("lettertype ") + kStyleNames[i] + " '" + name + "' kan niet worden gebruikt: " + why,
                                      "zet het bestand in een van de lettertypemappen of kies een ander lettertype in de huisstijl"));
            continue;
        }
        house_[static_cast<std::size_t>(i)] = font;
        paths_[static_cast<std::size_t>(i)] = *path;
    }
    for (int i = 1; i < 4; ++i) {
        if (house_[static_cast<std::size_t>(i)]) continue;
        // bold italic falls back to bold, the others to regular
        const int to = i == 3 && house_[1] ? 1 : 0;
        house_[static_cast<std::size_t>(i)] = house_[static_cast<std::size_t>(to)];
        paths_[static_cast<std::size_t>(i)] = paths_[static_cast<std::size_t>(to)];
    }
    // The regular house face is always face 0, whatever the text starts with: every page uses it.
    if (ok()) document_font(0);
}

diag::Location FontSet::font_location(std::string_view key) const {
    if (style_source_.empty()) return {source_, "", 0, 0};
    return {style_source_, style_pointer_ + "/lettertype/" + std::string(key), 0, 0};
}

const TrueTypeFont* FontSet::fallback() {
    if (!fallback_tried_) {
        fallback_tried_ = true;
        const auto path = library_.find(fallback_name_, env_);
        std::string why = "niet gevonden in de lettertypemappen";
        std::shared_ptr<const TrueTypeFont> font;
        if (path) font = library_.load(*path, &why);
        if (font) {
            house_[kFallbackSlot] = font;
            paths_[kFallbackSlot] = *path;
        } else {
            out_.push_back(diag::make("RS402", font_location("terugval"),
                                      "terugvallettertype '" + fallback_name_ + "' kan niet worden gebruikt: " + why,
                                      "tekens die het huislettertype niet heeft, kunnen nu niet worden getoond"));
        }
    }
    return house_[kFallbackSlot].get();
}

int FontSet::register_document_font(int slot) {
    if (!(use_.seen & (1u << slot))) {
        use_.seen |= 1u << slot;
        use_.order[static_cast<std::size_t>(use_.count++)] = slot;
    }
    const auto s = static_cast<std::size_t>(slot);
    if (document_index_[s] >= 0) return document_index_[s];
    const FontFace face{paths_[s], slot == kFallbackSlot ? FontEncoding::utf8 : FontEncoding::cp1252};
    for (std::size_t i = 0; i < faces_.size(); ++i)
        if (faces_[i] == face) return document_index_[s] = static_cast<int>(i);  // a style sharing a file
    faces_.push_back(face);
    return document_index_[s] = static_cast<int>(faces_.size() - 1);
}

int FontSet::house_font(FontStyle style) { return document_font(static_cast<int>(style)); }

void FontSet::replay_use(const FontUse& use) {
    for (int k = 0; k < use.count; ++k) document_font(use.order[static_cast<std::size_t>(k)]);
    use_.beyond_house = use_.beyond_house || use.beyond_house;
}

int FontSet::house_slot_of(int index) const {
    int found = -1;
    for (int slot = 0; slot < kFallbackSlot; ++slot) {
        if (document_index_[static_cast<std::size_t>(slot)] != index) continue;
        if (use_.seen & (1u << slot)) return slot;
        if (found < 0) found = slot;
    }
    return found;
}

namespace {

// Letters of the right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their
// presentation forms. The layout sets every line left to right (no bidirectional reordering, no shaping).
bool is_right_to_left(char32_t c) {
    return (c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

}  // namespace

// Each character of `text` as it will be drawn: the font slot and font it is drawn with, the character (after
// dropping invisible ones, with '?' for one no font has) and its advance width in font units; RS420 and RS403
// reported on the way. The document font of a slot is registered (FontSet::faces) when the slot is first used,
// measuring or shaping.
std::int32_t FontSet::latin_units(int house_slot, char32_t c) {
    std::int32_t& known = latin_advance_[static_cast<std::size_t>(house_slot)][c];
    if (known == kUnknown) {
        // A character the house face draws as it is, with nothing to drop, map or report.
        const TrueTypeFont& house = *house_[static_cast<std::size_t>(house_slot)];
        const bool plain = !is_dropped(c) && c != '\t' && c != '\n' && ((to_cp1252(c) && house.has_glyph(c)) || c == ' ');
        known = plain ? house.advance_width_of(c) : kSlowPath;
    }
    return known;
}

template <class Emit>
void FontSet::each_char(std::string_view text, FontStyle style, Emit&& emit) {
    const int house_slot = static_cast<int>(style);
    const TrueTypeFont& house = *house_[static_cast<std::size_t>(house_slot)];
    auto& latin = latin_advance_[static_cast<std::size_t>(house_slot)];
    int current_slot = -1;
    for (std::size_t i = 0; i < text.size();) {
        const DecodedChar d = decode_utf8_at(text, i);
        i += d.length;
        char32_t c = d.code_point;
        if (c < latin.size()) {
            const std::int32_t known = latin[c] != kUnknown ? latin[c] : latin_units(house_slot, c);
            if (known >= 0) {
                const bool new_slot = house_slot != current_slot;
                if (new_slot) current_slot = house_slot;
                emit(new_slot ? document_font(house_slot) : -1, house, c, known);
                continue;
            }
        }
        if (is_dropped(c)) continue;
        if (c == '\t' || c == '\n') c = ' ';
        if (is_right_to_left(c)) use_.beyond_house = true;
        if (is_right_to_left(c) && !reported_right_to_left_) {
            reported_right_to_left_ = true;
            std::string shown;
            append_utf8(shown, c);
            out_.push_back(diag::make("RS420", {source_, "", 0, 0},
                                      "tekst die van rechts naar links loopt (zoals '" + shown +
                                          "') wordt in de PDF van links naar rechts gezet, en Arabisch zonder "
                                          "verbonden lettervormen",
                                      "de Markdown bevat de tekst zoals hij is; laat zulke tekst in de PDF "
                                      "controleren, of neem hem op in een bijlage"));
        }
        int slot = house_slot;
        const TrueTypeFont* font = &house;
        if (!(to_cp1252(c) && house.has_glyph(c)) && c != ' ') {
            use_.beyond_house = true;
            const TrueTypeFont* fb = fallback();
            if (fb && fb->has_glyph(c)) {
                slot = kFallbackSlot;
                font = fb;
            } else {
                if (reported_missing_.insert(c).second) {
                    std::string shown;
                    append_utf8(shown, c);
                    out_.push_back(diag::make("RS403", {source_, "", 0, 0},
                                              "teken " + code_point_label(c) + " ('" + shown +
                                                  "') staat in geen enkel lettertype en wordt als '?' getoond",
                                              "gebruik een ander teken of kies een terugvallettertype dat het wel heeft"));
                }
                c = '?';
            }
        }
        const bool new_slot = slot != current_slot;
        if (new_slot) current_slot = slot;
        emit(new_slot ? document_font(slot) : -1, *font, c, font->advance_width_of(c));
    }
}

namespace {

// TrueTypeFont::advance from a width in font units: the same expression, so the same bits.
double advance_at(const TrueTypeFont& font, int units, double size) { return units * size / font.units_per_em(); }

}  // namespace

std::vector<ShapedPiece> FontSet::shape(std::string_view text, FontStyle style, double size) {
    std::vector<ShapedPiece> pieces;
    if (!ok()) return pieces;
    each_char(text, style, [&](int new_font, const TrueTypeFont& font, char32_t c, int units) {
        if (new_font >= 0) pieces.push_back(ShapedPiece{new_font, "", 0});
        append_utf8(pieces.back().text, c);
        pieces.back().width += advance_at(font, units, size);
    });
    return pieces;
}

FontSet::AsciiAdvances& FontSet::find_ascii_advances(int house_slot, double size) {
    for (last_ascii_ = 0; last_ascii_ < ascii_advances_.size(); ++last_ascii_)
        if (ascii_advances_[last_ascii_].house_slot == house_slot && ascii_advances_[last_ascii_].size == size)
            return ascii_advances_[last_ascii_];
    AsciiAdvances table{house_slot, size, {}};
    table.advance.fill(kUnmeasured);
    ascii_advances_.push_back(table);
    last_ascii_ = ascii_advances_.size() - 1;
    return ascii_advances_.back();
}

double FontSet::measure_plain_advance(AsciiAdvances& table, unsigned char c) {
    const std::int32_t units = latin_units(table.house_slot, c);
    return table.advance[c] =
               units >= 0 ? advance_at(*house_[static_cast<std::size_t>(table.house_slot)], units, table.size) : kNotPlain;
}

bool FontSet::plain_ascii_width(std::string_view text, int house_slot, double size, double& width) {
    if (!(size == size)) return false;  // NaN: no table (it could never be found again)
    AsciiAdvances& table = ascii_advances(house_slot, size);
    double sum = 0;  // added up in the order each_char adds them, so the same bits
    for (const char byte : text) {
        const double advance = plain_advance(table, static_cast<unsigned char>(byte));
        if (advance < 0) return false;
        sum += advance;
    }
    width = sum;
    return true;
}

bool FontSet::plain_ascii_parts(std::string_view text, FontStyle style, double size, const std::vector<std::size_t>& cuts,
                                double& whole, std::vector<double>& parts) {
    if (!ok() || !(size == size)) return false;
    AsciiAdvances& table = ascii_advances(static_cast<int>(style), size);
    parts.clear();
    double all = 0, part = 0;  // each added up from zero in order, as width() and shape_into() add them
    std::size_t next = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (next < cuts.size() && cuts[next] == i) {
            parts.push_back(part);
            part = 0;
            ++next;
        }
        const double advance = plain_advance(table, static_cast<unsigned char>(text[i]));
        if (advance < 0) return false;
        all += advance;
        part += advance;
    }
    parts.push_back(part);
    whole = all;
    return true;
}

void FontSet::shape_into(std::string_view text, FontStyle style, double size, std::string& text_out,
                         std::vector<ShapedRange>& pieces) {
    if (!ok()) return;
    // Nearly every word: plain ASCII in the house face, one piece of the text as it is (what each_char gives it).
    double plain_width = 0;
    if (!text.empty() && plain_ascii_width(text, static_cast<int>(style), size, plain_width)) {
        const int font = document_font(static_cast<int>(style));
        pieces.push_back(ShapedRange{font, text_out.size(), text_out.size() + text.size(), plain_width});
        text_out.append(text);
        return;
    }
    const std::size_t first = pieces.size();
    each_char(text, style, [&](int new_font, const TrueTypeFont& font, char32_t c, int units) {
        if (new_font >= 0) {
            if (pieces.size() > first) pieces.back().end = text_out.size();
            pieces.push_back(ShapedRange{new_font, text_out.size(), 0, 0});
        }
        if (c < 0x80) text_out.push_back(static_cast<char>(c));
        else append_utf8(text_out, c);
        pieces.back().width += advance_at(font, units, size);
    });
    if (pieces.size() > first) pieces.back().end = text_out.size();
}

double FontSet::width(std::string_view text, FontStyle style, double size) {
    double w = 0;
    if (!ok()) return w;
    // Plain ASCII in the house face is one piece: 0 + its width, as below.
    if (!text.empty() && plain_ascii_width(text, static_cast<int>(style), size, w)) {
        document_font(static_cast<int>(style));
        return w;
    }
    // Summed per piece, as shape() does, so that the two agree to the last bit.
    double piece = 0;
    each_char(text, style, [&](int new_font, const TrueTypeFont& font, char32_t, int units) {
        if (new_font >= 0) {
            w += piece;
            piece = 0;
        }
        piece += advance_at(font, units, size);
    });
    return w + piece;
}

double FontSet::space_width(FontStyle style, double size) {
    if (!ok()) return size * 0.28;
    // From the table of advances: the same expression as TrueTypeFont::advance, so the same bits.
    double w = 0;
    if (plain_ascii_width(" ", static_cast<int>(style), size, w)) return w;
    return house_[static_cast<std::size_t>(style)]->advance(U' ', size);
}

double FontSet::ascender(double size) const {
    if (!ok()) return size * 0.9;
    return house_[0]->ascender() * size / house_[0]->units_per_em();
}

double FontSet::descender(double size) const {
    if (!ok()) return -size * 0.2;
    return house_[0]->descender() * size / house_[0]->units_per_em();
}

double FontSet::baseline_in_line(double size, double leading) const {
    const double a = ascender(size), d = descender(size);
    return (leading - (a - d)) / 2 + a;
}

}  // namespace raadsstuk::layout
