// The paragraph cache behind set_paragraph. Letters of a batch share paragraphs: the salutation, the
// closing, the signatories, the texts of the status figure, headings. A paragraph set a second time (the
// same spans, style and house faces) is kept, per thread, and from then on handed out as a copy instead of
// set again. The copy is exactly what setting it gives:
//   - the kept result names house styles (slots) instead of the document's font indices, which depend on
//     what the document used first; a copy gets the indices of the document it goes into;
//   - the fonts are registered in the order setting the paragraph would register them (FontSet::FontUse);
//   - only text that the house faces draw alone is kept: a paragraph that needs the fallback font or makes
//     FontSet report (RS403, RS420) is always set, so that every document reports for itself;
//   - a hyphenated paragraph is kept only when its hyphenation is known by identity (the dictionary).
// A paragraph seen once is only remembered by its hash, so that the body text (nearly all of it set once)
// costs no copy. Both tables are bounded; when one is full it starts over (which changes no result).
#include <bit>
#include <cstdint>
#include <functional>
#include <unordered_map>
#include <unordered_set>

#include "layout/set_paragraph.hpp"

namespace raadsstuk::layout {
namespace {

constexpr std::size_t kMaxKept = 1024;
constexpr std::size_t kMaxSeen = 1 << 15;
constexpr int kHouseSlots = 4;

std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
    return h ^ (v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2));
}
std::uint64_t bits(double d) { return std::bit_cast<std::uint64_t>(d); }
std::uint64_t colour_bits(const model::Color& c) {
    return static_cast<std::uint64_t>(c.r) | static_cast<std::uint64_t>(c.g) << 8 | static_cast<std::uint64_t>(c.b) << 16;
}

// What a paragraph's setting depends on, as kept.
struct Key {
    std::array<const TrueTypeFont*, kHouseSlots> faces{};
    std::array<std::string, kHouseSlots> paths;
    double width = 0, size = 0, leading = 0;
    model::Color color, link_color;
    bool bold = false, italic = false;
    TextAlign align = TextAlign::justify;
    const void* hyphenation = nullptr;
    Spans spans;

    bool matches(const Spans& s, const ParagraphStyle& st, const FontSet& fonts) const {
        if (bits(width) != bits(st.width) || bits(size) != bits(st.size) || bits(leading) != bits(st.leading) ||
            !(color == st.color) || !(link_color == st.link_color) || bold != st.bold || italic != st.italic ||
            align != st.align || hyphenation != (st.hyphenator ? st.hyphenation_identity : nullptr))
            return false;
        for (int slot = 0; slot < kHouseSlots; ++slot)
            if (faces[static_cast<std::size_t>(slot)] != fonts.house_face(slot).get() ||
                paths[static_cast<std::size_t>(slot)] != fonts.house_path(slot).native())
                return false;
        if (spans.size() != s.size()) return false;
        for (std::size_t i = 0; i < s.size(); ++i)
            if (spans[i].hard_break != s[i].hard_break || !(spans[i].style == s[i].style) || spans[i].text != s[i].text)
                return false;
        return true;
    }
};

struct Kept {
    Key key;
    std::array<std::shared_ptr<const TrueTypeFont>, kHouseSlots> faces;  // keeps the key's pointers valid
    FontSet::FontUse use;
    SetParagraph setting;  // TextRun::font holds the house style (slot)
};

struct Cache {
    std::unordered_map<std::uint64_t, Kept> kept;
    std::unordered_set<std::uint64_t> seen;
};

std::uint64_t hash_of(const Spans& spans, const ParagraphStyle& style, const FontSet& fonts) {
    std::uint64_t h = mix(bits(style.width), bits(style.size));
    h = mix(h, bits(style.leading));
    h = mix(h, colour_bits(style.color) | colour_bits(style.link_color) << 24 |
                   static_cast<std::uint64_t>(style.bold) << 48 | static_cast<std::uint64_t>(style.italic) << 49 |
                   static_cast<std::uint64_t>(style.align) << 50);
    h = mix(h, reinterpret_cast<std::uintptr_t>(style.hyphenator ? style.hyphenation_identity : nullptr));
    for (int slot = 0; slot < kHouseSlots; ++slot) h = mix(h, reinterpret_cast<std::uintptr_t>(fonts.house_face(slot).get()));
    for (const Span& s : spans) {
        h = mix(h, std::hash<std::string_view>{}(s.text));
        h = mix(h, static_cast<std::uint64_t>(s.hard_break) | static_cast<std::uint64_t>(s.style.bold) << 1 |
                       static_cast<std::uint64_t>(s.style.italic) << 2 | static_cast<std::uint64_t>(s.style.strike) << 3);
        if (!s.style.link.empty()) h = mix(h, std::hash<std::string_view>{}(s.style.link));
    }
    return h;
}

// The setting with each TextRun's font as its house style; false if a run is not in a house face.
bool to_house_slots(SetParagraph& setting, const FontSet& fonts) {
    for (SetLine& line : setting.lines)
        for (PageItem& item : line.items)
            if (auto* run = std::get_if<TextRun>(&item)) {
                run->font = fonts.house_slot_of(run->font);
                if (run->font < 0) return false;
            }
    return true;
}

}  // namespace

SetParagraph set_paragraph(const Spans& spans, const ParagraphStyle& style, FontSet& fonts) {
    if (!fonts.ok() || (style.hyphenator && !style.hyphenation_identity)) return set_paragraph_uncached(spans, style, fonts);
    thread_local Cache cache;
    const std::uint64_t h = hash_of(spans, style, fonts);
    if (auto it = cache.kept.find(h); it != cache.kept.end() && it->second.key.matches(spans, style, fonts)) {
        fonts.replay_use(it->second.use);
        SetParagraph setting = it->second.setting;
        for (SetLine& line : setting.lines)
            for (PageItem& item : line.items)
                if (auto* run = std::get_if<TextRun>(&item)) run->font = fonts.house_font_of_slot(run->font);
        return setting;
    }
    if (cache.seen.size() >= kMaxSeen) cache.seen.clear();
    const bool again = !cache.seen.insert(h).second;
    fonts.start_recording_use();
    SetParagraph setting = set_paragraph_uncached(spans, style, fonts);
    if (!again || fonts.recorded_use().beyond_house) return setting;

    Kept k;
    k.key = Key{{}, {}, style.width, style.size, style.leading, style.color, style.link_color, style.bold, style.italic,
                style.align, style.hyphenator ? style.hyphenation_identity : nullptr, spans};
    for (int slot = 0; slot < kHouseSlots; ++slot) {
        k.faces[static_cast<std::size_t>(slot)] = fonts.house_face(slot);
        k.key.faces[static_cast<std::size_t>(slot)] = fonts.house_face(slot).get();
        k.key.paths[static_cast<std::size_t>(slot)] = fonts.house_path(slot).native();
    }
    k.use = fonts.recorded_use();
    k.setting = setting;
    if (!to_house_slots(k.setting, fonts)) return setting;
    if (cache.kept.size() >= kMaxKept) cache.kept.clear();
    cache.kept.insert_or_assign(h, std::move(k));
    return setting;
}

}  // namespace raadsstuk::layout
