// deflate_bytes: a zlib stream that inflates to the bytes given, at every level used, stored blocks (level
// 0) included, across the 65,535-byte limit of a stored block.
#include <catch2/catch.hpp>

#include <libdeflate.h>

#include <string>

#include "pdf/flate.hpp"

using raadsstuk::pdf::detail::deflate_bytes;

namespace {

std::string inflate(const std::string& z, std::size_t size) {
    libdeflate_decompressor* d = libdeflate_alloc_decompressor();
    REQUIRE(d);
    std::string out(size, '\0');
    std::size_t got = 0;
    const auto result = libdeflate_zlib_decompress(d, z.data(), z.size(), out.data(), out.size(), &got);
    libdeflate_free_decompressor(d);
    REQUIRE(result == LIBDEFLATE_SUCCESS);
    out.resize(got);
    return out;
}

std::string sample(std::size_t n) {
    std::string s;
    for (std::size_t i = 0; s.size() < n; ++i) s += "glyf " + std::to_string(i * 7919 % 1000) + '\0';
    s.resize(n);
    return s;
}

}  // namespace

TEST_CASE("deflate: every level inflates to the bytes, the same bytes each time", "[flate]") {
    for (const std::size_t n : {std::size_t{0}, std::size_t{1}, std::size_t{5000}, std::size_t{65535},
                                std::size_t{65536}, std::size_t{200000}}) {
        const std::string bytes = sample(n);
        for (const int level : {0, 1, 9}) {
            INFO("size " << n << ", level " << level);
            const std::string z = deflate_bytes(bytes, level);
            CHECK(inflate(z, n) == bytes);
            CHECK(deflate_bytes(bytes, level) == z);
        }
    }
}

TEST_CASE("deflate: level 0 is the bytes in stored blocks of at most 65,535 bytes", "[flate]") {
    // zlib header, 5 bytes per block, the bytes, the Adler-32.
    CHECK(deflate_bytes(sample(5000), 0).size() == 2 + 5 + 5000 + 4);
    CHECK(deflate_bytes("", 0) == std::string("\x78\x01\x01\x00\x00\xFF\xFF\x00\x00\x00\x01", 11));
    CHECK(deflate_bytes(sample(65535), 0).size() == 2 + 5 + 65535 + 4);
    CHECK(deflate_bytes(sample(65536), 0).size() == 2 + 2 * 5 + 65536 + 4);
    CHECK(deflate_bytes(sample(5000), 1).size() < 5000 / 2);
}
