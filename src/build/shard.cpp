#include "build/shard.hpp"

#include <charconv>

#include "hash/sha256.hpp"

namespace raadsstuk::build {
namespace {

std::optional<int> positive(std::string_view s) {
    int v = 0;
    if (s.empty() || s.size() > 6) return std::nullopt;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || v < 1) return std::nullopt;
    return v;
}

}  // namespace

std::optional<Shard> Shard::parse(std::string_view text) {
    const auto slash = text.find('/');
    if (slash == std::string_view::npos) return std::nullopt;
    const auto k = positive(text.substr(0, slash));
    const auto n = positive(text.substr(slash + 1));
    if (!k || !n || *k > *n) return std::nullopt;
    return Shard{*k, *n};
}

int shard_of(const std::filesystem::path& relative, int count) {
    hash::Sha256 h;
    h.update(relative.lexically_normal().generic_string());
    const auto d = h.digest();
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v = (v << 8) | d[i];
    return static_cast<int>(v % static_cast<std::uint64_t>(count));
}

bool Shard::holds(const std::filesystem::path& relative) const {
    return count == 1 || shard_of(relative, count) == index - 1;
}

std::string Shard::file_label() const { return std::to_string(index) + "-van-" + std::to_string(count); }

}  // namespace raadsstuk::build
