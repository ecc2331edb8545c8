#pragma once
// An image's streams deflated once per process instead of at every save. libharu deflates a PNG's pixels
// and its soft mask with zlib each time it saves a document: for a 160 x 160 logo with alpha about 7 M
// instructions, more than the rest of a letter's PDF. The deflated bytes are a function of the pixels
// alone (libharu's own routine makes them, HPDF_Stream_WriteToStream with its Flate filter), so they are
// cached by the pixels: a document whose logo has the same pixels gets the bytes libharu would have
// written, and any other pixels are deflated (and cached) anew. The stream keeps libharu's
// "/Filter [ /FlateDecode ]", written by a write hook where libharu writes it.
#include <hpdf.h>

#include <cstddef>

namespace raadsstuk::pdf::detail {

// For an image (HPDF_LoadPngImageFromFile) and its /SMask: each stream that libharu would deflate when
// saving is given its deflated bytes now, from the cache. False on a libharu error (the stream unchanged).
bool deflate_image_streams(HPDF_Image image);

// Entries in the cache (for tests of the cache).
std::size_t image_stream_cache_size();

}  // namespace raadsstuk::pdf::detail
