#include "pdf/flate.hpp"

#include <hpdf_objects.h>
#include <hpdf_streams.h>
#include <libdeflate.h>

#include <array>
#include <memory>
#include <stdexcept>

namespace raadsstuk::pdf::detail {
namespace {

HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) { return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012"); }

struct CompressorDeleter {
    void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};
using Compressor = std::unique_ptr<libdeflate_compressor, CompressorDeleter>;

// A libdeflate compressor may be used by one thread at a time; each thread keeps one per level, made
// when first needed (allocating one costs more than deflating a small stream).
libdeflate_compressor& compressor_for(int level) {
    thread_local std::array<Compressor, 13> compressors;
    if (level < 1 || level > 12) throw std::invalid_argument("deflate level outside 1..12");
    Compressor& c = compressors[static_cast<std::size_t>(level)];
    if (!c) c.reset(libdeflate_alloc_compressor(level));
    if (!c) throw std::runtime_error("libdeflate_alloc_compressor failed");  // only for lack of memory
    return *c;
}

}  // namespace

std::string deflate_bytes(std::string_view bytes, int level) {
    libdeflate_compressor& c = compressor_for(level);
    std::string out(libdeflate_zlib_compress_bound(&c, bytes.size()), '\0');
    const std::size_t size = libdeflate_zlib_compress(&c, bytes.data(), bytes.size(), out.data(), out.size());
    if (size == 0) throw std::runtime_error("libdeflate_zlib_compress failed");  // the bound always suffices
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
