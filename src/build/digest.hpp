#pragma once
// A SHA-256 held in its 32 bytes rather than as 64 hex digits: what the build keeps in memory for every
// document (the manifest's hashes, the data files' hashes) is a third of the size. The null digest (all
// zeros, which no SHA-256 of real input is) stands for a file that is not there and reads and writes as
// kMissingFile.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace raadsstuk::build {

// What stands in the manifest for a file that is not there.
inline constexpr const char* kMissingFile = "ontbreekt";

struct Digest {
    std::array<std::uint8_t, 32> bytes{};

    // The SHA-256 of `data`.
    static Digest of(std::string_view data);
    // From 64 hex digits (either case) or kMissingFile; nothing for anything else.
    static std::optional<Digest> from_text(std::string_view text);
    // 64 lower-case hex digits, or kMissingFile for the null digest.
    std::string text() const;
    bool missing() const { return *this == Digest{}; }
    auto operator<=>(const Digest&) const = default;
};

}  // namespace raadsstuk::build
