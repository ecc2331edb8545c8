#include "pdf/srgb_profile.hpp"

#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "pdf/flate.hpp"

namespace raadsstuk::pdf {
namespace {

std::shared_ptr<const IccProfile> read_profile(const std::filesystem::path& path, std::string* error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (error) *error = "het bestand kan niet worden geopend";
        return nullptr;
    }
    std::ostringstream s;
    s << in.rdbuf();
    auto profile = std::make_shared<IccProfile>();
    profile->bytes = s.str();
    // ICC.1 header: size (bytes 0-3, big-endian), 'acsp' at 36, data colour space at 16.
    const std::string& b = profile->bytes;
    const auto u32 = [&](std::size_t at) {
        return static_cast<unsigned long>(static_cast<unsigned char>(b[at])) << 24 |
               static_cast<unsigned long>(static_cast<unsigned char>(b[at + 1])) << 16 |
               static_cast<unsigned long>(static_cast<unsigned char>(b[at + 2])) << 8 |
               static_cast<unsigned long>(static_cast<unsigned char>(b[at + 3]));
    };
    if (b.size() < 128 || b.compare(36, 4, "acsp") != 0 || u32(0) != b.size()) {
        if (error) *error = "het is geen ICC-profiel";
        return nullptr;
    }
    if (b.compare(16, 4, "RGB ") != 0) {
        if (error) *error = "het is geen RGB-profiel";
        return nullptr;
    }
    profile->deflated = detail::deflate_bytes(profile->bytes, detail::kCachedLevel);
    return profile;
}

}  // namespace

std::shared_ptr<const IccProfile> load_icc_profile(const std::filesystem::path& path, std::string* error) {
    static std::mutex mutex;
    static std::map<std::filesystem::path, std::shared_ptr<const IccProfile>> cache;
    std::lock_guard lock(mutex);
    auto it = cache.find(path);
    if (it != cache.end()) return it->second;
    auto profile = read_profile(path, error);
    if (profile) cache.emplace(path, profile);
    return profile;
}

}  // namespace raadsstuk::pdf
