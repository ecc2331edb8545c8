#pragma once
// The SHA-256 compression function over whole 64-byte blocks, in two implementations that must agree: the
// portable one of FIPS 180-4 and one with the x86 SHA extensions (SHA-NI), about six times faster, chosen at
// run time when the processor has them. tests/hash/sha256_test.cpp compares the two.
#include <array>
#include <cstddef>
#include <cstdint>

namespace raadsstuk::hash::detail {

using Sha256State = std::array<std::uint32_t, 8>;
using Sha256Blocks = void (*)(Sha256State& state, const std::uint8_t* blocks, std::size_t count);

extern const std::array<std::uint32_t, 64> kSha256Round;

void sha256_blocks_portable(Sha256State& state, const std::uint8_t* blocks, std::size_t count);

// The SHA-NI implementation, or nullptr when this processor (or this build's target) has no SHA extensions.
Sha256Blocks sha256_blocks_accelerated();

// The fastest implementation this processor runs.
Sha256Blocks sha256_blocks();

}  // namespace raadsstuk::hash::detail
