#pragma once
// SHA-256 (FIPS 180-4), for content hashes: the fingerprints of a build's inputs and the manifest's output
// hashes. An own small implementation rather than libcrypto: one function is all the engine needs, it adds
// no package to install, and an archive's hashes do not depend on a library's API staying the same. It is
// checked against the FIPS 180-4 / NIST test vectors in tests/hash/sha256_test.cpp. The compression runs on
// the processor's SHA extensions where it has them (sha256_blocks.hpp).
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace raadsstuk::hash {

class Sha256 {
public:
    Sha256();
    // Feeds bytes; may be called any number of times.
    void update(std::string_view bytes);
    // The digest of everything fed, as 64 lower-case hex digits. The object must not be used afterwards.
    std::string hex_digest();
    std::array<std::uint8_t, 32> digest();

private:
    std::array<std::uint32_t, 8> h_;
    std::array<std::uint8_t, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t length_ = 0;  // bytes fed
};

// The hex digest of `bytes`.
std::string sha256_hex(std::string_view bytes);
// A digest's 32 bytes as 64 lower-case hex digits.
std::string hex_of(const std::array<std::uint8_t, 32>& digest);

}  // namespace raadsstuk::hash
