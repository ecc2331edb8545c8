#include "pdf/font_subset.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <string_view>

namespace raadsstuk::pdf::detail {
namespace {

std::uint16_t u16(std::string_view d, std::size_t o) {
    return static_cast<std::uint16_t>((static_cast<unsigned char>(d[o]) << 8) | static_cast<unsigned char>(d[o + 1]));
}
std::uint32_t u32(std::string_view d, std::size_t o) { return (std::uint32_t{u16(d, o)} << 16) | u16(d, o + 2); }

void put16(std::string& out, std::uint32_t v) {
    out += static_cast<char>((v >> 8) & 0xFF);
    out += static_cast<char>(v & 0xFF);
}
void put32(std::string& out, std::uint32_t v) {
    put16(out, v >> 16);
    put16(out, v & 0xFFFF);
}
void set16(std::string& s, std::size_t o, std::uint32_t v) {
    s[o] = static_cast<char>((v >> 8) & 0xFF);
    s[o + 1] = static_cast<char>(v & 0xFF);
}
void set32(std::string& s, std::size_t o, std::uint32_t v) {
    set16(s, o, v >> 16);
    set16(s, o + 2, v & 0xFFFF);
}
void pad4(std::string& s) {
    while (s.size() % 4) s += '\0';
}

std::uint32_t checksum(std::string_view d) {
    std::uint32_t sum = 0;
    std::size_t i = 0;
    for (; i + 4 <= d.size(); i += 4) sum += u32(d, i);
    if (i < d.size()) {
        std::array<unsigned char, 4> last{};
        for (std::size_t k = 0; i + k < d.size(); ++k) last[k] = static_cast<unsigned char>(d[i + k]);
        sum += (std::uint32_t{last[0]} << 24) | (std::uint32_t{last[1]} << 16) | (std::uint32_t{last[2]} << 8) | last[3];
    }
    return sum;
}

// Composite glyph flags (OpenType glyf table).
constexpr std::uint16_t kArgsAreWords = 0x0001;
constexpr std::uint16_t kHaveScale = 0x0008;
constexpr std::uint16_t kMoreComponents = 0x0020;
constexpr std::uint16_t kHaveXYScale = 0x0040;
constexpr std::uint16_t kHaveTwoByTwo = 0x0080;
constexpr std::uint16_t kHaveInstructions = 0x0100;

class Subsetter {
public:
    explicit Subsetter(const layout::TrueTypeFont& font) : font_(font) {}

    std::optional<FontSubset> run(const std::set<char32_t>& characters, std::string* error) {
        head_ = font_.table("head");
        hhea_ = font_.table("hhea");
        maxp_ = font_.table("maxp");
        hmtx_ = font_.table("hmtx");
        loca_ = font_.table("loca");
        glyf_ = font_.table("glyf");
        post_ = font_.table("post");
        if (head_.size() < 54 || hhea_.size() < 36 || maxp_.size() < 6 || glyf_.empty() || loca_.empty())
            return fail(error, "no TrueType outlines (glyf/loca) or a short head/hhea/maxp table");
        long_loca_ = u16(head_, 50) != 0;
        glyph_count_ = u16(maxp_, 4);
        metric_count_ = u16(hhea_, 34);
        if (loca_.size() < (std::size_t{glyph_count_} + 1) * (long_loca_ ? 4 : 2))
            return fail(error, "loca table too short");
        if (metric_count_ == 0 || hmtx_.size() < std::size_t{metric_count_} * 4) return fail(error, "hmtx table too short");
        if (characters.size() + 1 > 0xFFFF) return fail(error, "too many glyphs for one font");

        FontSubset subset;
        subset.characters.assign(characters.begin(), characters.end());
        subset.source_glyphs.push_back(0);
        for (char32_t c : subset.characters) subset.source_glyphs.push_back(font_.glyph_id(c));
        for (std::size_t i = 0; i < subset.source_glyphs.size(); ++i) first_new_id_.emplace(subset.source_glyphs[i], i);

        std::vector<std::uint32_t> offsets;
        std::string glyf;
        // Components appended to source_glyphs while it is walked are copied in their turn.
        for (std::size_t i = 0; i < subset.source_glyphs.size(); ++i) {
            if (subset.source_glyphs.size() > 0xFFFF) return fail(error, "too many glyphs for one font");
            offsets.push_back(static_cast<std::uint32_t>(glyf.size()));
            if (!copy_glyph(subset.source_glyphs[i], subset.source_glyphs, glyf)) return fail(error, "malformed glyph data");
            pad4(glyf);
        }
        offsets.push_back(static_cast<std::uint32_t>(glyf.size()));
        const auto count = static_cast<std::uint32_t>(subset.source_glyphs.size());

        const bool short_loca = glyf.size() <= 0x1FFFE;
        std::string loca;
        for (std::uint32_t o : offsets) short_loca ? put16(loca, o / 2) : put32(loca, o);

        std::string head(head_.substr(0, 54));
        set32(head, 8, 0);  // checkSumAdjustment, filled in last
        set16(head, 50, short_loca ? 0 : 1);
        std::string hhea(hhea_.substr(0, 36));
        set16(hhea, 34, count);
        std::string maxp(maxp_);
        set16(maxp, 4, count);
        if (maxp.size() >= 28) set16(maxp, 26, 0);  // maxSizeOfInstructions: none are left
        std::string hmtx;
        for (std::uint16_t g : subset.source_glyphs) {
            put16(hmtx, advance(g));
            put16(hmtx, left_side_bearing(g));
        }
        std::string post;
        put32(post, 0x00030000);  // format 3: no glyph names
        if (post_.size() >= 32) post.append(post_.substr(4, 12));
        else post.append(12, '\0');
        post.append(16, '\0');  // memory usage hints: unknown

        const std::map<std::string, std::string> tables{
            {"cmap", cmap(subset.characters)}, {"glyf", std::move(glyf)}, {"head", std::move(head)},
            {"hhea", std::move(hhea)},         {"hmtx", std::move(hmtx)}, {"loca", std::move(loca)},
            {"maxp", std::move(maxp)},         {"post", std::move(post)}};
        subset.program = assemble(tables);
        for (std::size_t i = 0; i < subset.characters.size() && subset.characters[i] < subset.ascii_glyphs.size(); ++i)
            subset.ascii_glyphs[subset.characters[i]] = static_cast<std::uint16_t>(i + 1);
        return subset;
    }

private:
    static std::optional<FontSubset> fail(std::string* error, const char* why) {
        if (error) *error = why;
        return std::nullopt;
    }

    std::uint16_t advance(std::uint16_t g) const {
        return u16(hmtx_, 4 * std::size_t{g < metric_count_ ? g : static_cast<std::uint16_t>(metric_count_ - 1)});
    }
    std::uint16_t left_side_bearing(std::uint16_t g) const {
        if (g < metric_count_) return u16(hmtx_, 4 * std::size_t{g} + 2);
        const std::size_t at = 4 * std::size_t{metric_count_} + 2 * static_cast<std::size_t>(g - metric_count_);
        return at + 2 <= hmtx_.size() ? u16(hmtx_, at) : 0;
    }

    std::string_view glyph_data(std::uint16_t g) const {
        if (g >= glyph_count_) return {};
        const std::uint32_t from = long_loca_ ? u32(loca_, 4 * std::size_t{g}) : 2u * u16(loca_, 2 * std::size_t{g});
        const std::uint32_t to = long_loca_ ? u32(loca_, 4 * std::size_t{g} + 4) : 2u * u16(loca_, 2 * std::size_t{g} + 2);
        if (to <= from || to > glyf_.size()) return {};
        return glyf_.substr(from, to - from);
    }

    // Appends glyph g without its instructions, its components renumbered (new ones added to `glyphs`).
    bool copy_glyph(std::uint16_t g, std::vector<std::uint16_t>& glyphs, std::string& out) {
        const std::string_view d = glyph_data(g);
        if (d.empty()) return true;  // no outline (space)
        if (d.size() < 10) return false;
        const auto contours = static_cast<std::int16_t>(u16(d, 0));
        if (contours >= 0) {
            const std::size_t length_at = 10 + 2 * std::size_t(contours);
            if (length_at + 2 > d.size()) return false;
            const std::size_t rest = length_at + 2 + u16(d, length_at);
            if (rest > d.size()) return false;
            out.append(d.substr(0, length_at));
            put16(out, 0);
            out.append(d.substr(rest));
            return true;
        }
        std::string glyph(d);
        std::size_t at = 10;
        std::uint16_t flags = 0;
        do {
            if (at + 4 > glyph.size()) return false;
            flags = u16(glyph, at);
            const std::uint16_t component = u16(glyph, at + 2);
            auto it = first_new_id_.find(component);
            if (it == first_new_id_.end()) {
                it = first_new_id_.emplace(component, glyphs.size()).first;
                glyphs.push_back(component);
            }
            set16(glyph, at, flags & ~kHaveInstructions);
            set16(glyph, at + 2, static_cast<std::uint32_t>(it->second));
            at += 4 + ((flags & kArgsAreWords) ? 4 : 2);
            if (flags & kHaveScale) at += 2;
            else if (flags & kHaveXYScale) at += 4;
            else if (flags & kHaveTwoByTwo) at += 8;
        } while (flags & kMoreComponents);
        if (at > glyph.size()) return false;
        out.append(glyph, 0, at);
        return true;
    }

    static std::string cmap(const std::vector<char32_t>& characters) {
        struct Range {
            char32_t first, last;
            std::uint32_t glyph;
        };
        std::vector<Range> bmp, all;
        for (std::size_t i = 0; i < characters.size(); ++i) {
            const char32_t c = characters[i];
            const auto glyph = static_cast<std::uint32_t>(i + 1);
            if (!all.empty() && all.back().last + 1 == c) all.back().last = c;
            else all.push_back({c, c, glyph});
            if (c >= 0xFFFF) continue;
            if (!bmp.empty() && bmp.back().last + 1 == c) bmp.back().last = c;
            else bmp.push_back({c, c, glyph});
        }
        bmp.push_back({0xFFFF, 0xFFFF, 0});  // the required last segment
        const bool need_format12 = !characters.empty() && characters.back() >= 0xFFFF;

        std::string f4;
        const auto segments = static_cast<std::uint32_t>(bmp.size());
        std::uint32_t search = 1, selector = 0;
        while (search * 2 <= segments) {
            search *= 2;
            ++selector;
        }
        put16(f4, 4);
        put16(f4, 16 + 8 * segments);
        put16(f4, 0);
        put16(f4, 2 * segments);
        put16(f4, 2 * search);
        put16(f4, selector);
        put16(f4, 2 * segments - 2 * search);
        for (const Range& r : bmp) put16(f4, r.last);
        put16(f4, 0);
        for (const Range& r : bmp) put16(f4, r.first);
        for (const Range& r : bmp) put16(f4, r.first == 0xFFFF ? 1 : (r.glyph - r.first) & 0xFFFF);
        for (std::size_t i = 0; i < bmp.size(); ++i) put16(f4, 0);
        const bool use_format4 = f4.size() <= 0xFFFF;

        std::string f12;
        if (need_format12 || !use_format4) {
            put16(f12, 12);
            put16(f12, 0);
            put32(f12, 16 + 12 * static_cast<std::uint32_t>(all.size()));
            put32(f12, 0);
            put32(f12, static_cast<std::uint32_t>(all.size()));
            for (const Range& r : all) {
                put32(f12, r.first);
                put32(f12, r.last);
                put32(f12, r.glyph);
            }
        }
        std::string out;
        const std::uint32_t count = (use_format4 ? 1 : 0) + (f12.empty() ? 0 : 1);
        put16(out, 0);
        put16(out, count);
        std::uint32_t offset = 4 + 8 * count;
        if (use_format4) {
            put16(out, 3);
            put16(out, 1);
            put32(out, offset);
            offset += static_cast<std::uint32_t>(f4.size());
        }
        if (!f12.empty()) {
            put16(out, 3);
            put16(out, 10);
            put32(out, offset);
        }
        if (use_format4) out += f4;
        out += f12;
        return out;
    }

    static std::string assemble(const std::map<std::string, std::string>& tables) {
        const auto count = static_cast<std::uint32_t>(tables.size());
        std::uint32_t search = 1, selector = 0;
        while (search * 2 <= count) {
            search *= 2;
            ++selector;
        }
        std::string out;
        put32(out, 0x00010000);
        put16(out, count);
        put16(out, 16 * search);
        put16(out, selector);
        put16(out, 16 * count - 16 * search);
        std::uint32_t offset = 12 + 16 * count;
        std::size_t head_at = 0;
        for (const auto& [tag, data] : tables) {
            out += tag;
            put32(out, checksum(data));
            put32(out, offset);
            put32(out, static_cast<std::uint32_t>(data.size()));
            if (tag == "head") head_at = offset;
            offset += static_cast<std::uint32_t>((data.size() + 3) / 4 * 4);
        }
        for (const auto& [tag, data] : tables) {
            out += data;
            pad4(out);
        }
        set32(out, head_at + 8, 0xB1B0AFBAu - checksum(out));
        return out;
    }

    const layout::TrueTypeFont& font_;
    std::string_view head_, hhea_, maxp_, hmtx_, loca_, glyf_, post_;
    bool long_loca_ = false;
    std::uint16_t glyph_count_ = 0, metric_count_ = 0;
    std::map<std::uint16_t, std::size_t> first_new_id_;  // original glyph -> its first id in the subset
};

}  // namespace

std::uint16_t FontSubset::glyph_of(char32_t c) const {
    if (c < ascii_glyphs.size()) return ascii_glyphs[c];
    auto it = std::lower_bound(characters.begin(), characters.end(), c);
    if (it == characters.end() || *it != c) return 0;
    return static_cast<std::uint16_t>(it - characters.begin() + 1);
}

std::optional<FontSubset> subset_font(const layout::TrueTypeFont& font, const std::set<char32_t>& characters,
                                      std::string* error) {
    return Subsetter(font).run(characters, error);
}

}  // namespace raadsstuk::pdf::detail
