#include "pdf/embedded_font.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <charconv>
#include <map>
#include <mutex>
#include <tuple>

#include "pdf/flate.hpp"
#include "pdf/literal_entries.hpp"
#include "pdf/to_unicode_cmap.hpp"

namespace raadsstuk::pdf::detail {
namespace {

using CacheKey = std::pair<std::string, std::u32string>;  // file, characters

struct Cache {
    std::mutex mutex;
    std::map<CacheKey, std::shared_ptr<const PreparedFont>> entries;
};

Cache& cache() {
    static Cache c;
    return c;
}

// A bound on the cache: a run of many letters keeps the recurring sets (letterhead, headings) and does
// not grow without end on the ones that never recur.
constexpr std::size_t kCacheLimit = 256;  // about 10 KB each

std::shared_ptr<const PreparedFont> build(const layout::TrueTypeFont& font, const std::set<char32_t>& characters,
                                          std::string* error) {
    auto subset = subset_font(font, characters, error);
    if (!subset) return nullptr;
    auto out = std::make_shared<PreparedFont>();
    out->description = describe_font(font);
    out->base_font = subset_tag(out->description.postscript_name, characters) + "+" + out->description.postscript_name;
    out->program_length = subset->program.size();
    out->deflated_program = deflate_bytes(subset->program, kFontProgramLevel);
    subset->program.clear();
    subset->program.shrink_to_fit();
    std::map<unsigned, char32_t> codes;
    for (std::size_t i = 0; i < subset->characters.size(); ++i) codes.emplace(static_cast<unsigned>(i + 1), subset->characters[i]);
    out->deflated_to_unicode = deflate_bytes(to_unicode_cmap(codes, 2), kFontLevel);
    for (std::uint16_t g : subset->source_glyphs) out->widths.push_back(pdf_width(font, g));
    out->cid_font_entries = cid_font_entries(out->widths);
    out->subset = std::move(*subset);
    out->ascii_codes = ascii_codes(out->subset);
    return out;
}

bool ok(HPDF_STATUS s) { return s == HPDF_OK; }

HPDF_Dict indirect_dict(HPDF_Doc pdf) {
    HPDF_Dict d = HPDF_Dict_New(pdf->mmgr);
    if (!d || HPDF_Xref_Add(pdf->xref, d) != HPDF_OK) return nullptr;
    return d;
}

HPDF_Array number_array(HPDF_Doc pdf, std::initializer_list<int> values) {
    HPDF_Array a = HPDF_Array_New(pdf->mmgr);
    if (!a) return nullptr;
    for (int v : values)
        if (!ok(HPDF_Array_AddNumber(a, v))) return nullptr;
    return a;
}

}  // namespace

std::string cid_font_entries(const std::vector<int>& widths) {
    constexpr std::size_t kRun = 4096;
    std::string out = "/W [ ";
    out.reserve(32 + 5 * widths.size());
    char buf[16];
    const auto number = [&](long long v) {
        out.append(buf, static_cast<std::size_t>(std::to_chars(buf, buf + sizeof buf, v).ptr - buf));
        out += ' ';
    };
    for (std::size_t g = 0; g < widths.size(); ++g) {
        if (g % kRun == 0) {
            if (g > 0) out += "] ";
            number(static_cast<long long>(g));
            out += "[ ";
        }
        number(widths[g]);
    }
    if (!widths.empty()) out += "] ";
    out += "]\n/CIDToGIDMap /Identity\n";
    return out;
}

std::string subset_tag(const std::string& postscript_name, const std::set<char32_t>& characters) {
    std::uint64_t h = 14695981039346656037ull;  // FNV-1a, 64 bits
    const auto mix = [&](std::uint32_t v) {
        for (int i = 0; i < 4; ++i) {
            h ^= (v >> (8 * i)) & 0xFF;
            h *= 1099511628211ull;
        }
    };
    for (unsigned char c : postscript_name) mix(c);
    mix(0xFFFFFFFF);
    for (char32_t c : characters) mix(static_cast<std::uint32_t>(c));
    std::string tag;
    for (int i = 0; i < 6; ++i) {
        tag += static_cast<char>('A' + h % 26);
        h /= 26;
    }
    return tag;
}

std::shared_ptr<const PreparedFont> prepare_font(const std::filesystem::path& file, const layout::TrueTypeFont& font,
                                                 const std::set<char32_t>& characters, std::string* error) {
    CacheKey key{file.string(), std::u32string(characters.begin(), characters.end())};
    Cache& c = cache();
    {
        std::lock_guard lock(c.mutex);
        auto it = c.entries.find(key);
        if (it != c.entries.end()) return it->second;
    }
    auto prepared = build(font, characters, error);  // outside the lock: other threads go on meanwhile
    if (!prepared) return nullptr;
    std::lock_guard lock(c.mutex);
    if (c.entries.size() >= kCacheLimit) c.entries.clear();
    return c.entries.emplace(std::move(key), std::move(prepared)).first->second;
}

std::size_t prepared_font_cache_size() {
    std::lock_guard lock(cache().mutex);
    return cache().entries.size();
}

HPDF_Dict add_font(HPDF_Doc pdf, const std::shared_ptr<const PreparedFont>& prepared) {
    const PreparedFont& font = *prepared;
    const FontDescription& d = font.description;
    const char* name = font.base_font.c_str();

    HPDF_Dict program = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
    if (!program || !ok(HPDF_Dict_AddNumber(program, "Length1", static_cast<HPDF_INT32>(font.program_length))) ||
        !set_deflated_data(program, prepared, font.deflated_program))
        return nullptr;

    HPDF_Dict descriptor = indirect_dict(pdf);
    HPDF_Array bbox = number_array(pdf, {d.bbox[0], d.bbox[1], d.bbox[2], d.bbox[3]});
    if (!descriptor || !bbox || !ok(HPDF_Dict_AddName(descriptor, "Type", "FontDescriptor")) ||
        !ok(HPDF_Dict_AddName(descriptor, "FontName", name)) || !ok(HPDF_Dict_AddNumber(descriptor, "Flags", d.flags)) ||
        !ok(HPDF_Dict_Add(descriptor, "FontBBox", bbox)) ||
        !ok(HPDF_Dict_AddReal(descriptor, "ItalicAngle", static_cast<HPDF_REAL>(d.italic_angle))) ||
        !ok(HPDF_Dict_AddNumber(descriptor, "Ascent", d.ascent)) || !ok(HPDF_Dict_AddNumber(descriptor, "Descent", d.descent)) ||
        !ok(HPDF_Dict_AddNumber(descriptor, "CapHeight", d.cap_height)) ||
        !ok(HPDF_Dict_AddNumber(descriptor, "StemV", d.stem_v)) || !ok(HPDF_Dict_Add(descriptor, "FontFile2", program)))
        return nullptr;

    HPDF_Dict info = HPDF_Dict_New(pdf->mmgr);
    if (!info || !ok(HPDF_Dict_Add(info, "Registry", HPDF_String_New(pdf->mmgr, "Adobe", nullptr))) ||
        !ok(HPDF_Dict_Add(info, "Ordering", HPDF_String_New(pdf->mmgr, "Identity", nullptr))) ||
        !ok(HPDF_Dict_AddNumber(info, "Supplement", 0)))
        return nullptr;

    HPDF_Dict cid_font = indirect_dict(pdf);
    if (!cid_font || !ok(HPDF_Dict_AddName(cid_font, "Type", "Font")) ||
        !ok(HPDF_Dict_AddName(cid_font, "Subtype", "CIDFontType2")) || !ok(HPDF_Dict_AddName(cid_font, "BaseFont", name)) ||
        !ok(HPDF_Dict_Add(cid_font, "CIDSystemInfo", info)) || !ok(HPDF_Dict_Add(cid_font, "FontDescriptor", descriptor)) ||
        !add_literal_entries(cid_font, prepared, font.cid_font_entries))
        return nullptr;

    HPDF_Dict to_unicode = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
    if (!to_unicode || !set_deflated_data(to_unicode, prepared, font.deflated_to_unicode)) return nullptr;

    HPDF_Array descendants = HPDF_Array_New(pdf->mmgr);
    HPDF_Dict type0 = indirect_dict(pdf);
    if (!descendants || !type0 || !ok(HPDF_Array_Add(descendants, cid_font)) || !ok(HPDF_Dict_AddName(type0, "Type", "Font")) ||
        !ok(HPDF_Dict_AddName(type0, "Subtype", "Type0")) || !ok(HPDF_Dict_AddName(type0, "BaseFont", name)) ||
        !ok(HPDF_Dict_AddName(type0, "Encoding", "Identity-H")) || !ok(HPDF_Dict_Add(type0, "DescendantFonts", descendants)) ||
        !ok(HPDF_Dict_Add(type0, "ToUnicode", to_unicode)))
        return nullptr;
    return type0;
}

}  // namespace raadsstuk::pdf::detail
