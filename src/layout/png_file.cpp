#include "layout/png_file.hpp"

#include <array>
#include <cstdint>
#include <fstream>
#include <sstream>

namespace raadsstuk::layout {
namespace {

std::uint32_t crc32(const unsigned char* data, std::size_t n) {
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xFFFFFFFFu;
    for (std::size_t i = 0; i < n; ++i) c = table[(c ^ data[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

std::optional<PngSize> failure(std::string* error, const char* why) {
    if (error) *error = why;
    return std::nullopt;
}

}  // namespace

std::optional<PngSize> read_png_size(const std::filesystem::path& file, std::string* error) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return failure(error, "bestand niet gevonden of niet leesbaar");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string bytes = buffer.str();
    const auto* d = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t n = bytes.size();
    static const unsigned char signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (n < 8 || !std::equal(signature, signature + 8, d)) return failure(error, "geen PNG-bestand");
    auto u32 = [&](std::size_t o) {
        return (std::uint32_t{d[o]} << 24) | (std::uint32_t{d[o + 1]} << 16) | (std::uint32_t{d[o + 2]} << 8) | d[o + 3];
    };
    PngSize size;
    bool header = false, data = false;
    for (std::size_t o = 8;;) {
        if (o + 12 > n) return failure(error, "PNG-bestand is afgebroken");
        const std::uint32_t length = u32(o);
        if (length > n - o - 12) return failure(error, "PNG-bestand is afgebroken");
        const std::string type(bytes.data() + o + 4, 4);
        if (crc32(d + o + 4, length + 4) != u32(o + 8 + length)) return failure(error, "PNG-bestand is beschadigd (CRC)");
        if (!header) {
            if (type != "IHDR" || length < 13) return failure(error, "PNG-bestand begint niet met IHDR");
            size.width = u32(o + 8);
            size.height = u32(o + 12);
            if (size.width == 0 || size.height == 0) return failure(error, "PNG-afbeelding heeft geen afmetingen");
            header = true;
        }
        if (type == "IDAT") data = true;
        if (type == "IEND") break;
        o += 12 + length;
    }
    if (!data) return failure(error, "PNG-bestand bevat geen beeldgegevens");
    return size;
}

}  // namespace raadsstuk::layout
