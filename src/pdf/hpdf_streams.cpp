#include "pdf/hpdf_streams.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <cstring>
#include <new>

namespace raadsstuk::pdf::detail {
namespace {

// What a reader stream reads from: the bytes, who keeps them alive, and the read position.
struct Source {
    std::shared_ptr<const void> owner;
    std::string_view bytes;
    std::size_t at = 0;
};

Source& source_of(HPDF_Stream stream) { return *static_cast<Source*>(stream->attr); }

// libharu's reading protocol (as its memory streams keep it): up to *size bytes, *size set to the count
// read, HPDF_STREAM_EOF once the end is reached.
HPDF_STATUS read_source(HPDF_Stream stream, HPDF_BYTE* buffer, HPDF_UINT* size) {
    Source& s = source_of(stream);
    const std::size_t n = std::min<std::size_t>(*size, s.bytes.size() - s.at);
    if (n > 0) std::memcpy(buffer, s.bytes.data() + s.at, n);
    s.at += n;
    *size = static_cast<HPDF_UINT>(n);
    return s.at == s.bytes.size() ? HPDF_STREAM_EOF : HPDF_OK;
}

HPDF_STATUS seek_source(HPDF_Stream stream, HPDF_INT position, HPDF_WhenceMode mode) {
    Source& s = source_of(stream);
    long long to = position;
    if (mode == HPDF_SEEK_CUR) to += static_cast<long long>(s.at);
    else if (mode == HPDF_SEEK_END) to = static_cast<long long>(s.bytes.size()) - position;
    if (to < 0 || to > static_cast<long long>(s.bytes.size())) return HPDF_SetError(stream->error, HPDF_STREAM_EOF, 0);
    s.at = static_cast<std::size_t>(to);
    return HPDF_OK;
}

HPDF_INT32 tell_source(HPDF_Stream stream) { return static_cast<HPDF_INT32>(source_of(stream).at); }

HPDF_UINT32 size_of_source(HPDF_Stream stream) { return static_cast<HPDF_UINT32>(source_of(stream).bytes.size()); }

void free_source(HPDF_Stream stream) {
    delete static_cast<Source*>(stream->attr);
    stream->attr = nullptr;
}

// A read-only libharu stream over `bytes`, allocated by the document's memory manager as libharu frees
// it (HPDF_Stream_Free). No write function: HPDF_Stream_Size then asks size_of_source.
HPDF_Stream new_source(HPDF_MMgr mmgr, std::shared_ptr<const void> owner, std::string_view bytes) {
    auto* source = new (std::nothrow) Source{std::move(owner), bytes, 0};
    if (!source) return nullptr;
    auto stream = static_cast<HPDF_Stream>(HPDF_GetMem(mmgr, sizeof(HPDF_Stream_Rec)));
    if (!stream) {
        delete source;
        return nullptr;
    }
    std::memset(stream, 0, sizeof(HPDF_Stream_Rec));
    stream->sig_bytes = HPDF_STREAM_SIG_BYTES;
    stream->type = HPDF_STREAM_CALLBACK;
    stream->mmgr = mmgr;
    stream->error = mmgr->error;
    stream->size = static_cast<HPDF_UINT>(bytes.size());
    stream->read_fn = &read_source;
    stream->seek_fn = &seek_source;
    stream->tell_fn = &tell_source;
    stream->size_fn = &size_of_source;
    stream->free_fn = &free_source;
    stream->attr = source;
    return stream;
}

HPDF_STATUS append_to_string(HPDF_Stream stream, const HPDF_BYTE* bytes, HPDF_UINT size) {
    try {
        static_cast<std::string*>(stream->attr)->append(reinterpret_cast<const char*>(bytes), size);
        return HPDF_OK;
    } catch (const std::bad_alloc&) {  // never through libharu's C frames
        return HPDF_SetError(stream->error, HPDF_FAILD_TO_ALLOC_MEM, 0);
    }
}

}  // namespace

bool set_stream_bytes(HPDF_Dict stream, std::shared_ptr<const void> owner, std::string_view bytes) {
    if (!stream || !stream->stream) return false;
    HPDF_Stream source = new_source(stream->mmgr, std::move(owner), bytes);
    if (!source) return false;
    HPDF_Stream_Free(stream->stream);
    stream->stream = source;
    stream->filter = HPDF_STREAM_FILTER_NONE;
    return true;
}

HPDF_Stream new_string_writer(HPDF_MMgr mmgr, std::string* out) {
    return HPDF_CallbackWriter_New(mmgr, &append_to_string, out);
}

std::optional<std::string> save_to_string(HPDF_Doc pdf, std::size_t expected_size) {
    std::string bytes;
    bytes.reserve(expected_size);
    if (pdf->stream) {  // HPDF_SaveToStream writes into pdf->stream; make it ours
        HPDF_Stream_Free(pdf->stream);
        pdf->stream = nullptr;
    }
    pdf->stream = new_string_writer(pdf->mmgr, &bytes);
    if (!pdf->stream) return std::nullopt;
    const HPDF_STATUS status = HPDF_SaveToStream(pdf);
    HPDF_Stream_Free(pdf->stream);  // it points at `bytes`
    pdf->stream = nullptr;
    if (status != HPDF_OK) return std::nullopt;
    return bytes;
}

}  // namespace raadsstuk::pdf::detail
