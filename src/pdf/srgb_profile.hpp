#pragma once
// The ICC profile of the PDF/A output intent: sRGB, the colour space of every colour raadsstuk draws
// (DeviceRGB) and of the logo. Debian's libgs-common ships Artifex's sRGB profile, an ICC v2 profile of
// 2.5 KB (icc-profiles-free's sRGB.icc is 6.9 KB). Read from disk once per process and path.
#include <filesystem>
#include <memory>
#include <string>

namespace raadsstuk::pdf {

inline const std::filesystem::path kDefaultSrgbProfile = "/usr/share/color/icc/ghostscript/srgb.icc";

struct IccProfile {
    std::string bytes;
    std::string deflated;  // the bytes as the PDF stores them, compressed once per process
    int components = 3;    // from the header's colour space: 3 for RGB
};

// The profile at `path`, cached. nullptr, and the reason in *error, when the file cannot be read or is not
// an RGB ICC profile.
std::shared_ptr<const IccProfile> load_icc_profile(const std::filesystem::path& path, std::string* error);

}  // namespace raadsstuk::pdf
