#include "layout/true_type_font.hpp"

#include <algorithm>
#include <cstring>
#include <map>
#include <string_view>

namespace raadsstuk::layout {
namespace {

class Reader {
public:
    explicit Reader(std::string_view data) : data_(data) {}
    bool has(std::size_t offset, std::size_t n) const { return offset <= data_.size() && n <= data_.size() - offset; }
    std::uint16_t u16(std::size_t o) const {
        return static_cast<std::uint16_t>((byte(o) << 8) | byte(o + 1));
    }
    std::int16_t s16(std::size_t o) const { return static_cast<std::int16_t>(u16(o)); }
    std::uint32_t u32(std::size_t o) const {
        return (std::uint32_t{byte(o)} << 24) | (std::uint32_t{byte(o + 1)} << 16) |
               (std::uint32_t{byte(o + 2)} << 8) | byte(o + 3);
    }

private:
    unsigned char byte(std::size_t o) const { return static_cast<unsigned char>(data_[o]); }
    std::string_view data_;
};

struct TableRef {
    std::uint32_t offset = 0, length = 0;
};

std::optional<TrueTypeFont> failure(std::string* error, const char* why) {
    if (error) *error = why;
    return std::nullopt;
}

}  // namespace

std::optional<TrueTypeFont> TrueTypeFont::parse(const std::string& bytes, std::string* error) {
    const Reader r(bytes);
    if (!r.has(0, 12)) return failure(error, "file too short");
    const std::uint32_t version = r.u32(0);
    if (version != 0x00010000 && version != 0x74727565 /* 'true' */)
        return failure(error, "not a TrueType font (OpenType/CFF and collections are not supported)");
    const std::uint16_t table_count = r.u16(4);
    if (!r.has(12, std::size_t{table_count} * 16)) return failure(error, "truncated table directory");

    std::map<std::string, TableRef> tables;
    for (std::uint16_t i = 0; i < table_count; ++i) {
        const std::size_t rec = 12 + std::size_t{i} * 16;
        const std::string tag(bytes.data() + rec, 4);
        TableRef t{r.u32(rec + 8), r.u32(rec + 12)};
        if (!r.has(t.offset, t.length)) return failure(error, "table outside the file");
        tables[tag] = t;
    }
    for (const char* required : {"head", "hhea", "maxp", "hmtx", "cmap"})
        if (!tables.count(required)) return failure(error, "required table missing");

    TrueTypeFont f;
    const TableRef head = tables["head"], hhea = tables["hhea"], maxp = tables["maxp"], hmtx = tables["hmtx"],
                   cmap = tables["cmap"];
    if (head.length < 54 || hhea.length < 36 || maxp.length < 6)
        return failure(error, "head/hhea/maxp table too short");
    f.units_per_em_ = r.u16(head.offset + 18);
    if (f.units_per_em_ < 16) return failure(error, "invalid unitsPerEm");
    f.ascender_ = r.s16(hhea.offset + 4);
    f.descender_ = r.s16(hhea.offset + 6);
    const std::uint16_t metric_count = r.u16(hhea.offset + 34);
    f.glyph_count_ = r.u16(maxp.offset + 4);
    if (metric_count == 0 || hmtx.length < std::uint32_t{metric_count} * 4)
        return failure(error, "hmtx table too short");
    f.advances_.resize(metric_count);
    for (std::uint16_t i = 0; i < metric_count; ++i) f.advances_[i] = r.u16(hmtx.offset + std::size_t{i} * 4);

    // Choose a Unicode subtable: format 12 (full repertoire) over format 4 (BMP).
    std::size_t best4 = 0, best12 = 0;
    const std::uint16_t subtable_count = r.u16(cmap.offset + 2);
    if (!r.has(cmap.offset + 4, std::size_t{subtable_count} * 8)) return failure(error, "truncated cmap");
    for (std::uint16_t i = 0; i < subtable_count; ++i) {
        const std::size_t rec = cmap.offset + 4 + std::size_t{i} * 8;
        const std::uint16_t platform = r.u16(rec), encoding = r.u16(rec + 2);
        const std::size_t sub = cmap.offset + r.u32(rec + 4);
        if (!r.has(sub, 8)) continue;
        const bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
        if (!unicode) continue;
        const std::uint16_t format = r.u16(sub);
        if (format == 4 && !best4) best4 = sub;
        if (format == 12 && !best12) best12 = sub;
    }
    f.bmp_.assign(0x10000, 0);
    if (best12) {
        const std::uint32_t length = r.u32(best12 + 4);
        const std::uint32_t groups = r.u32(best12 + 12);
        if (!r.has(best12, length) || !r.has(best12 + 16, std::size_t{groups} * 12))
            return failure(error, "truncated cmap format 12");
        for (std::uint32_t g = 0; g < groups; ++g) {
            const std::size_t o = best12 + 16 + std::size_t{g} * 12;
            const char32_t first = r.u32(o), last = r.u32(o + 4);
            const std::uint32_t glyph = r.u32(o + 8);
            if (last < first || last > 0x10FFFF) continue;
            for (char32_t c = first; c <= last && c < 0x10000; ++c) f.bmp_[c] = static_cast<std::uint16_t>(glyph + (c - first));
            if (last >= 0x10000) {
                const char32_t from = std::max<char32_t>(first, 0x10000);
                f.supplementary_.push_back({from, last, glyph + (from - first)});
            }
        }
        std::sort(f.supplementary_.begin(), f.supplementary_.end(),
                  [](const Group& a, const Group& b) { return a.first < b.first; });
    } else if (best4) {
        const std::uint16_t length = r.u16(best4 + 2);
        if (!r.has(best4, length) || length < 16) return failure(error, "truncated cmap format 4");
        const std::uint16_t segments = r.u16(best4 + 6) / 2;
        const std::size_t ends = best4 + 14, starts = ends + 2 * std::size_t{segments} + 2,
                          deltas = starts + 2 * std::size_t{segments}, range_offsets = deltas + 2 * std::size_t{segments};
        if (!r.has(range_offsets, 2 * std::size_t{segments})) return failure(error, "truncated cmap format 4");
        for (std::uint16_t s = 0; s < segments; ++s) {
            const std::uint16_t end = r.u16(ends + 2 * s), start = r.u16(starts + 2 * s);
            const std::uint16_t delta = r.u16(deltas + 2 * s);
            const std::size_t range_offset_at = range_offsets + 2 * std::size_t{s};
            const std::uint16_t range_offset = r.u16(range_offset_at);
            if (start > end) continue;
            for (std::uint32_t c = start; c <= end && c != 0xFFFF; ++c) {
                std::uint16_t glyph = 0;
                if (range_offset == 0) {
                    glyph = static_cast<std::uint16_t>(c + delta);
                } else {
                    const std::size_t at = range_offset_at + range_offset + 2 * (c - start);
                    if (!r.has(at, 2)) continue;
                    glyph = r.u16(at);
                    if (glyph) glyph = static_cast<std::uint16_t>(glyph + delta);
                }
                f.bmp_[c] = glyph;
            }
        }
    } else {
        return failure(error, "no Unicode cmap (format 4 or 12)");
    }
    for (auto& g : f.bmp_)
        if (g >= f.glyph_count_) g = 0;
    for (const auto& [tag, t] : tables) f.tables_.emplace(tag, std::make_pair(t.offset, t.length));
    f.bytes_ = std::make_shared<const std::string>(bytes);
    return f;
}

std::string_view TrueTypeFont::table(std::string_view tag) const {
    auto it = tables_.find(tag);
    if (it == tables_.end() || !bytes_) return {};
    return std::string_view(*bytes_).substr(it->second.first, it->second.second);
}

std::uint16_t TrueTypeFont::glyph_id(char32_t cp) const {
    if (cp < 0x10000) return bmp_[cp];
    auto it = std::upper_bound(supplementary_.begin(), supplementary_.end(), cp,
                               [](char32_t c, const Group& g) { return c < g.first; });
    if (it == supplementary_.begin()) return 0;
    --it;
    if (cp > it->last) return 0;
    const std::uint32_t glyph = it->first_glyph + (cp - it->first);
    return glyph < static_cast<std::uint32_t>(glyph_count_) ? static_cast<std::uint16_t>(glyph) : 0;
}

int TrueTypeFont::advance_width(std::uint16_t glyph) const {
    if (glyph >= advances_.size()) return advances_.back();
    return advances_[glyph];
}

}  // namespace raadsstuk::layout
