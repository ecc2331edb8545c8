#pragma once
// Checks a PNG file without decoding it: signature, chunk structure and CRCs, IHDR first, IDAT present,
// IEND last. Enough to report a missing or damaged logo (RS404) in the layout stage, before libharu sees it.
#include <filesystem>
#include <optional>
#include <string>

namespace raadsstuk::layout {

struct PngSize {
    unsigned width = 0, height = 0;  // pixels
};

std::optional<PngSize> read_png_size(const std::filesystem::path& file, std::string* error = nullptr);

}  // namespace raadsstuk::layout
