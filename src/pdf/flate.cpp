#include "pdf/flate.hpp"

#include <hpdf_objects.h>
#include <hpdf_streams.h>
#include <zlib.h>

#include <stdexcept>

namespace raadsstuk::pdf::detail {
namespace {

HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) { return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012"); }

}  // namespace

std::string deflate_bytes(std::string_view bytes, int level) {
    uLongf size = compressBound(static_cast<uLong>(bytes.size()));
    std::string out(size, '\0');
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(bytes.data()),
                  static_cast<uLong>(bytes.size()), level) != Z_OK)
        throw std::runtime_error("zlib compress2 failed");  // only for lack of memory: compressBound suffices
    out.resize(size);
    return out;
}

bool set_deflated_data(HPDF_Dict stream, std::string_view deflated) {
    if (!stream || !stream->stream) return false;
    HPDF_MemStream_FreeData(stream->stream);
    stream->filter = HPDF_STREAM_FILTER_NONE;
    stream->write_fn = &write_flate_filter;
    return HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(deflated.data()),
                             static_cast<HPDF_UINT>(deflated.size())) == HPDF_OK;
}

}  // namespace raadsstuk::pdf::detail
