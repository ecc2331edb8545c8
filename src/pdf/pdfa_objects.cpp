#include "pdf/pdfa_objects.hpp"

#include <hpdf_doc.h>
#include <hpdf_encoder.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include "pdf/pdf_doc_encoding.hpp"

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

bool fix_unicode_font(HPDF_Font font, const std::string& to_unicode) {
    auto* attr = static_cast<HPDF_FontAttr>(font->attr);
    if (!attr || attr->type != HPDF_FONT_TYPE0_TT || !attr->cmap_stream) return false;
    HPDF_Dict cmap = attr->cmap_stream;
    for (const char* key : {"Type", "CMapName", "CIDSystemInfo", "WMode"}) HPDF_Dict_RemoveElement(cmap, key);
    HPDF_MemStream_FreeData(cmap->stream);
    // libharu names the CIDFont's character collection Adobe-"Identity-H"-0 (the CMap's name, not a
    // collection); with Identity-H any collection is allowed, Adobe-Identity-0 is the one that exists.
    if (attr->descendant_font) {
        auto* info = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(attr->descendant_font, "CIDSystemInfo", HPDF_OCLASS_DICT));
        if (!info || !add_string(info, "Ordering", "Identity")) return false;
    }
    // libharu sets this stream's filter from the font's just before writing: compressed like the rest.
    return write_bytes(cmap, to_unicode) && HPDF_Dict_AddName(font, "Encoding", "Identity-H") == HPDF_OK &&
           HPDF_Dict_Add(font, "ToUnicode", cmap) == HPDF_OK;
}

bool fix_single_byte_font(HPDF_Doc pdf, HPDF_Font font, const std::string& to_unicode,
                          const std::vector<unsigned>& drawn_codes) {
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
    for (unsigned code : drawn_codes) drawn_difference = drawn_difference || (code < 256 && encoding->differences[code]);
    if (!drawn_difference) encoding->has_differences = HPDF_FALSE;
    HPDF_Dict cmap = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
    if (!cmap) return false;
    cmap->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    return write_bytes(cmap, to_unicode) && HPDF_Dict_Add(font, "ToUnicode", cmap) == HPDF_OK;
}

bool compress_soft_mask(HPDF_Image image) {
    HPDF_Dict mask = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(image, "SMask", HPDF_OCLASS_DICT));
    if (mask && mask->stream) mask->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    return true;
}

}  // namespace raadsstuk::pdf::detail
