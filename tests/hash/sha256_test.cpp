// SHA-256 against the FIPS 180-4 examples and the NIST byte-oriented test vectors.
#include <catch2/catch.hpp>

#include <string>

#include "hash/sha256.hpp"
#include "hash/sha256_blocks.hpp"

using raadsstuk::hash::Sha256;
using raadsstuk::hash::sha256_hex;

TEST_CASE("SHA-256 gives the FIPS 180-4 digests") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256_hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqr"
                     "lmnopqrsmnopqrstnopqrstu") ==
          "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    CHECK(sha256_hex(std::string(1000000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("SHA-256 gives the same digest however the bytes are fed") {
    // Lengths around the 55/56/64-byte padding edges, fed at once and byte by byte.
    for (std::size_t n : {55u, 56u, 57u, 63u, 64u, 65u, 119u, 120u, 128u}) {
        const std::string text(n, 'x');
        Sha256 pieces;
        for (char c : text) pieces.update(std::string_view(&c, 1));
        INFO(n);
        CHECK(pieces.hex_digest() == sha256_hex(text));
    }
    // NIST SHAVS short-message vector (one byte 0xbd) and a 56-byte padding edge case.
    CHECK(sha256_hex("\xbd") == "68325720aabd7c82f30f554b313d0570c95accbb7dc4b5aae11204c08ffe732b");
    CHECK(sha256_hex(std::string(56, 'a')) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
}

TEST_CASE("SHA-256 on the processor's SHA extensions gives the portable digests") {
    using namespace raadsstuk::hash::detail;
    const Sha256Blocks fast = sha256_blocks_accelerated();
    if (!fast) {
        WARN("this processor has no SHA extensions: only the portable implementation is tested");
        return;
    }
    // Blocks of varied bytes (every byte value, in a pattern that differs from block to block), one and many
    // at a time, from the initial state and from a state after other blocks.
    std::string bytes(64 * 37, '\0');
    for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>((i * 131 + i / 64 * 7) & 0xff);
    const auto* p = reinterpret_cast<const std::uint8_t*>(bytes.data());
    for (std::size_t count : {1u, 2u, 5u, 37u}) {
        Sha256State a{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
        Sha256State b = a;
        sha256_blocks_portable(a, p, count);
        fast(b, p, count);
        INFO(count);
        CHECK(a == b);
    }
    CHECK(sha256_blocks() == fast);
}
