#include "pdf/image_streams.hpp"

#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "pdf/hpdf_streams.hpp"

namespace raadsstuk::pdf::detail {
namespace {

struct Entry {
    std::string pixels;
    std::shared_ptr<const std::string> deflated;
};

struct Cache {
    std::mutex mutex;
    std::vector<Entry> entries;  // a run has one logo per gemeente and house style
};

Cache& cache() {
    static Cache c;
    return c;
}

// A bound: the logos of a run's gemeenten, not every image ever seen (a 160 x 160 logo is 100 KB of pixels).
constexpr std::size_t kCacheLimit = 16;

HPDF_STATUS write_filter_array(HPDF_Dict, HPDF_Stream stream) {
    return HPDF_Stream_WriteStr(stream, "/Filter [ /FlateDecode ]\012");
}

// The bytes of a libharu memory stream.
bool read_all(HPDF_Stream stream, std::string& out) {
    if (!stream || stream->type != HPDF_STREAM_MEMORY) return false;
    out.clear();
    out.reserve(stream->size);
    const HPDF_UINT count = HPDF_MemStream_GetBufCount(stream);
    for (HPDF_UINT i = 0; i < count; ++i) {
        HPDF_UINT length = 0;
        const HPDF_BYTE* data = HPDF_MemStream_GetBufPtr(stream, i, &length);
        if (!data) return false;
        out.append(reinterpret_cast<const char*>(data), length);
    }
    return out.size() == stream->size;
}

// What libharu writes for the stream when it saves: its own deflate of the stream's bytes.
std::shared_ptr<const std::string> deflated_by_libharu(HPDF_Dict dict) {
    auto out = std::make_shared<std::string>();
    HPDF_Stream writer = new_string_writer(dict->mmgr, out.get());
    if (!writer) return nullptr;
    const HPDF_STATUS status = HPDF_Stream_WriteToStream(dict->stream, writer, HPDF_STREAM_FILTER_FLATE_DECODE, nullptr);
    HPDF_Stream_Free(writer);
    if (status != HPDF_OK) return nullptr;
    return out;
}

bool deflate_now(HPDF_Dict dict) {
    if (!dict || !dict->stream || dict->filter != HPDF_STREAM_FILTER_FLATE_DECODE || dict->write_fn) return true;
    std::string pixels;
    if (!read_all(dict->stream, pixels)) return false;
    std::shared_ptr<const std::string> deflated;
    Cache& c = cache();
    {
        std::lock_guard lock(c.mutex);
        for (const Entry& e : c.entries)
            if (e.pixels == pixels) deflated = e.deflated;
    }
    if (!deflated) {
        deflated = deflated_by_libharu(dict);  // outside the lock: other threads go on meanwhile
        if (!deflated) return false;
        std::lock_guard lock(c.mutex);
        if (c.entries.size() >= kCacheLimit) c.entries.clear();
        c.entries.push_back({std::move(pixels), deflated});
    }
    if (!set_stream_bytes(dict, deflated, *deflated)) return false;
    dict->write_fn = &write_filter_array;
    return true;
}

}  // namespace

bool deflate_image_streams(HPDF_Image image) {
    if (!image) return false;
    HPDF_Dict mask = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(image, "SMask", HPDF_OCLASS_DICT));
    return deflate_now(image) && deflate_now(mask);
}

std::size_t image_stream_cache_size() {
    std::lock_guard lock(cache().mutex);
    return cache().entries.size();
}

}  // namespace raadsstuk::pdf::detail
