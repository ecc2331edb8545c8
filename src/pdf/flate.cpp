#include "pdf/flate.hpp"

#include <hpdf_objects.h>
#include <hpdf_streams.h>
#include <libdeflate.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <stdexcept>

#include "pdf/hpdf_streams.hpp"

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
    if (level < 1 || level > 12) throw std::invalid_argument("deflate level outside 0..12");
    Compressor& c = compressors[static_cast<std::size_t>(level)];
    if (!c) c.reset(libdeflate_alloc_compressor(level));
    if (!c) throw std::runtime_error("libdeflate_alloc_compressor failed");  // only for lack of memory
    return *c;
}

// Level 0: the bytes in stored blocks (RFC 1951, 3.2.4) of at most 65,535 bytes each, as zlib writes them
// without compression. (libdeflate has no level 0 before version 1.16; Debian 12 has 1.14.)
std::string stored(std::string_view bytes) {
    constexpr std::size_t kMaxBlock = 65535;
    const std::size_t blocks = std::max<std::size_t>(1, (bytes.size() + kMaxBlock - 1) / kMaxBlock);
    std::string out;
    out.reserve(2 + bytes.size() + 5 * blocks + 4);
    out += '\x78';  // CMF: deflate with a 32 KB window
    out += '\x01';  // FLG: the check bits (0x7801 is a multiple of 31), no dictionary, fastest
    std::size_t at = 0;
    do {
        const std::size_t n = std::min(kMaxBlock, bytes.size() - at);
        out += static_cast<char>(at + n == bytes.size() ? 1 : 0);  // BFINAL on the last, BTYPE 00
        for (const std::size_t v : {n, ~n & 0xFFFF}) {             // LEN and NLEN, little-endian
            out += static_cast<char>(v & 0xFF);
            out += static_cast<char>((v >> 8) & 0xFF);
        }
        out.append(bytes.substr(at, n));
        at += n;
    } while (at < bytes.size());
    const std::uint32_t adler = libdeflate_adler32(1, bytes.data(), bytes.size());
    for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((adler >> shift) & 0xFF);
    return out;
}

}  // namespace

std::string deflate_bytes(std::string_view bytes, int level) {
    if (level == 0) return stored(bytes);
    libdeflate_compressor& c = compressor_for(level);
    std::string out(libdeflate_zlib_compress_bound(&c, bytes.size()), '\0');
    const std::size_t size = libdeflate_zlib_compress(&c, bytes.data(), bytes.size(), out.data(), out.size());
    if (size == 0) throw std::runtime_error("libdeflate_zlib_compress failed");  // the bound always suffices
    out.resize(size);
    return out;
}

bool set_deflated_data(HPDF_Dict stream, std::shared_ptr<const void> owner, std::string_view deflated) {
    if (!set_stream_bytes(stream, std::move(owner), deflated)) return false;
    stream->write_fn = &write_flate_filter;
    return true;
}

}  // namespace raadsstuk::pdf::detail
