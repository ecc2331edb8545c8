#pragma once
// libharu streams over raadsstuk's own memory. libharu's memory streams copy every byte one at a time
// (HPDF_MemCpy): into a stream dictionary's buffers when its data is written, out of them again when the
// document is saved, and into the saved file's buffers. These two streams leave that to memcpy:
// - set_stream_bytes: the data of a stream dictionary read straight from bytes raadsstuk holds (a cached
//   font subset, a page's deflated contents), kept alive by the stream until the document is freed;
// - save_to_string: the saved document appended to a std::string by libharu's callback writer.
// What libharu writes is the same: it sees the same bytes in the same order.
#include <hpdf.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace raadsstuk::pdf::detail {

// Replaces the data of a libharu stream dictionary (from HPDF_DictStream_New, or a page's contents) by
// `bytes`, written as they are (libharu's filter off). `owner` keeps the bytes alive as long as the
// document holds the stream. False when libharu cannot allocate the stream.
bool set_stream_bytes(HPDF_Dict stream, std::shared_ptr<const void> owner, std::string_view bytes);

// A libharu writer stream (its callback writer) appending to `*out`, which must outlive it; freed by
// HPDF_Stream_Free. nullptr when libharu cannot allocate it.
HPDF_Stream new_string_writer(HPDF_MMgr mmgr, std::string* out);

// HPDF_SaveToStream into a string (room for `expected_size` bytes reserved first); nullopt when libharu
// reports an error.
std::optional<std::string> save_to_string(HPDF_Doc pdf, std::size_t expected_size);

}  // namespace raadsstuk::pdf::detail
