#include "build/digest.hpp"

#include "hash/sha256.hpp"

namespace raadsstuk::build {
namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

Digest Digest::of(std::string_view data) {
    hash::Sha256 h;
    h.update(data);
    return Digest{h.digest()};
}

std::optional<Digest> Digest::from_text(std::string_view text) {
    if (text == kMissingFile) return Digest{};
    if (text.size() != 64) return std::nullopt;
    Digest d;
    for (std::size_t i = 0; i < 32; ++i) {
        const int hi = hex_value(text[2 * i]), lo = hex_value(text[2 * i + 1]);
        if (hi < 0 || lo < 0) return std::nullopt;
        d.bytes[i] = static_cast<std::uint8_t>(hi * 16 + lo);
    }
    return d;
}

std::string Digest::text() const {
    return missing() ? std::string(kMissingFile) : hash::hex_of(bytes);
}

}  // namespace raadsstuk::build
