#include "pdf/pdfa_objects.hpp"

#include <hpdf_doc.h>
#include <hpdf_encoder.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include "pdf/flate.hpp"
#include "pdf/hpdf_streams.hpp"
#include "pdf/pdf_doc_encoding.hpp"

namespace raadsstuk::pdf::detail {
namespace {

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
    auto bytes = std::make_shared<const std::string>(xmp);
    return HPDF_Dict_AddName(metadata, "Type", "Metadata") == HPDF_OK &&
           HPDF_Dict_AddName(metadata, "Subtype", "XML") == HPDF_OK && set_stream_bytes(metadata, bytes, *bytes) &&
           HPDF_Dict_Add(pdf->catalog, "Metadata", metadata) == HPDF_OK;
}

bool add_srgb_output_intent(HPDF_Doc pdf, const std::shared_ptr<const IccProfile>& profile) {
    HPDF_Dict icc = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
    if (!icc || !profile) return false;
    if (HPDF_Dict_AddNumber(icc, "N", profile->components) != HPDF_OK || !set_deflated_data(icc, profile, profile->deflated))
        return false;

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

bool compress_soft_mask(HPDF_Image image) {
    HPDF_Dict mask = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(image, "SMask", HPDF_OCLASS_DICT));
    if (mask && mask->stream) mask->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    return true;
}

}  // namespace raadsstuk::pdf::detail
