#include "pdf/pdfa_objects.hpp"

#include <hpdf_doc.h>
#include <hpdf_encoder.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include "pdf/pdf_doc_encoding.hpp"
#include "pdf/to_unicode_cmap.hpp"

namespace raadsstuk::pdf::detail {
namespace {

constexpr HPDF_UINT kFontSymbolic = 1u << 2;
constexpr HPDF_UINT kFontNonsymbolic = 1u << 5;

bool write_bytes(HPDF_Dict stream, const std::string& bytes) {
    return HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                             static_cast<HPDF_UINT>(bytes.size())) == HPDF_OK;
}

bool add_string(HPDF_Dict dict, const char* key, const char* ascii) {
    return HPDF_Dict_Add(dict, key, HPDF_String_New(dict->mmgr, ascii, nullptr)) == HPDF_OK;
}

}  // namespace

bool set_text_string(HPDF_Dict dict, const char* key, const std::string& utf8) {
    const std::string bytes = to_pdf_text_string(utf8);
    if (bytes.rfind("\xFE\xFF", 0) != 0) return add_string(dict, key, bytes.c_str());
    // UTF-16 holds NUL bytes, which libharu's strings cannot: a hex string is the same text string.
    std::string copy = bytes;
    return HPDF_Dict_Add(dict, key,
                         HPDF_Binary_New(dict->mmgr, reinterpret_cast<HPDF_BYTE*>(copy.data()),
                                         static_cast<HPDF_UINT>(copy.size()))) == HPDF_OK;
}

bool add_metadata(HPDF_Doc pdf, const std::string& xmp) {
    HPDF_Dict metadata = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
    if (!metadata) return false;
    metadata->filter = HPDF_STREAM_FILTER_NONE;
    return HPDF_Dict_AddName(metadata, "Type", "Metadata") == HPDF_OK &&
           HPDF_Dict_AddName(metadata, "Subtype", "XML") == HPDF_OK && write_bytes(metadata, xmp) &&
           HPDF_Dict_Add(pdf->catalog, "Metadata", metadata) == HPDF_OK;
}

bool add_srgb_output_intent(HPDF_Doc pdf, const IccProfile& profile) {
    HPDF_Dict icc = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
    if (!icc) return false;
    icc->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    if (HPDF_Dict_AddNumber(icc, "N", profile.components) != HPDF_OK || !write_bytes(icc, profile.bytes)) return false;

    HPDF_Dict intent = HPDF_Dict_New(pdf->mmgr);
    if (!intent) return false;
    HPDF_Array intents = HPDF_Array_New(pdf->mmgr);
    if (!intents || HPDF_Array_Add(intents, intent) != HPDF_OK) return false;
    return HPDF_Dict_AddName(intent, "Type", "OutputIntent") == HPDF_OK &&
           HPDF_Dict_AddName(intent, "S", "GTS_PDFA1") == HPDF_OK &&
           add_string(intent, "OutputConditionIdentifier", "sRGB IEC61966-2.1") &&
           add_string(intent, "RegistryName", "http://www.color.org") &&
           add_string(intent, "Info", "sRGB IEC61966-2.1") && HPDF_Dict_Add(intent, "DestOutputProfile", icc) == HPDF_OK &&
           HPDF_Dict_Add(pdf->catalog, "OutputIntents", intents) == HPDF_OK;
}

bool set_language(HPDF_Doc pdf, const std::string& language) { return add_string(pdf->catalog, "Lang", language.c_str()); }

bool mark_printable(HPDF_Annotation annotation) { return HPDF_Dict_AddNumber(annotation, "F", 4) == HPDF_OK; }

bool fix_unicode_font(HPDF_Font font, const std::map<unsigned, char32_t>& codes) {
    auto* attr = static_cast<HPDF_FontAttr>(font->attr);
    if (!attr || attr->type != HPDF_FONT_TYPE0_TT || !attr->cmap_stream || !attr->descendant_font || codes.empty())
        return false;
    HPDF_Dict cmap = attr->cmap_stream;
    for (const char* key : {"Type", "CMapName", "CIDSystemInfo", "WMode"}) HPDF_Dict_RemoveElement(cmap, key);
    HPDF_MemStream_FreeData(cmap->stream);
    // libharu sets this stream's filter from the font's just before writing: compressed like the rest.
    if (!write_bytes(cmap, to_unicode_cmap(codes, 2)) || HPDF_Dict_AddName(font, "Encoding", "Identity-H") != HPDF_OK ||
        HPDF_Dict_Add(font, "ToUnicode", cmap) != HPDF_OK)
        return false;

    HPDF_Dict cid_font = attr->descendant_font;
    // libharu names the character collection Adobe-"Identity-H"-0 (the CMap's name, not a collection);
    // with Identity-H any collection is allowed, Adobe-Identity-0 is the one that exists.
    auto* info = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(cid_font, "CIDSystemInfo", HPDF_OCLASS_DICT));
    if (!info || !add_string(info, "Ordering", "Identity")) return false;

    // libharu describes every character of the font, drawn or not: a /W array of some 10,000 widths
    // (24 KB, never compressed) and a CIDToGIDMap of all 65,536 codes (10 KB compressed). Only the drawn
    // codes are needed; the others keep width DW and glyph 0 and are never used.
    auto* widths = static_cast<HPDF_Array>(HPDF_Dict_GetItem(cid_font, "W", HPDF_OCLASS_ARRAY));
    if (!widths || !attr->map_stream) return false;
    HPDF_Array_Clear(widths);
    HPDF_Array run = nullptr;
    unsigned previous = 0;
    std::string map(2 * (codes.rbegin()->first + 1), '\0');
    for (const auto& [code, c] : codes) {
        const HPDF_UINT16 gid = HPDF_TTFontDef_GetGlyphid(attr->fontdef, static_cast<HPDF_UINT16>(code));
        map[2 * code] = static_cast<char>(gid >> 8);
        map[2 * code + 1] = static_cast<char>(gid & 0xFF);
        if (!run || code != previous + 1) {
            run = HPDF_Array_New(cid_font->mmgr);
            if (!run || HPDF_Array_AddNumber(widths, static_cast<HPDF_INT32>(code)) != HPDF_OK ||
                HPDF_Array_Add(widths, run) != HPDF_OK)
                return false;
        }
        if (HPDF_Array_AddNumber(run, HPDF_TTFontDef_GetGidWidth(attr->fontdef, gid)) != HPDF_OK) return false;
        previous = code;
    }
    HPDF_MemStream_FreeData(attr->map_stream->stream);
    return write_bytes(attr->map_stream, map);
}

bool fix_single_byte_font(HPDF_Doc pdf, HPDF_Font font, const std::map<unsigned, char32_t>& codes) {
    auto* attr = static_cast<HPDF_FontAttr>(font->attr);
    if (!attr || !attr->fontdef) return false;
    attr->fontdef->flags = (attr->fontdef->flags & ~kFontSymbolic) | kFontNonsymbolic;
    // libharu's CP1252 encoder writes << /BaseEncoding /WinAnsiEncoding /Differences [127 /.notdef] >>;
    // ".notdef" is no glyph name of the Adobe Glyph List, which PDF/A requires of a Differences array. When
    // no drawn code is among the differences, plain /WinAnsiEncoding says the same. The encoder belongs to
    // this document only.
    if (!attr->encoder || attr->encoder->type != HPDF_ENCODER_TYPE_SINGLE_BYTE) return false;
    auto* encoding = static_cast<HPDF_BasicEncoderAttr>(attr->encoder->attr);
    bool drawn_difference = false;
    for (const auto& entry : codes)
        drawn_difference = drawn_difference || (entry.first < 256 && encoding->differences[entry.first]);
    if (!drawn_difference) encoding->has_differences = HPDF_FALSE;
    HPDF_Dict cmap = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
    if (!cmap) return false;
    cmap->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    return write_bytes(cmap, to_unicode_cmap(codes, 1)) && HPDF_Dict_Add(font, "ToUnicode", cmap) == HPDF_OK;
}

bool compress_soft_mask(HPDF_Image image) {
    HPDF_Dict mask = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(image, "SMask", HPDF_OCLASS_DICT));
    if (mask && mask->stream) mask->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    return true;
}

}  // namespace raadsstuk::pdf::detail
