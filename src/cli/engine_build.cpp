// The identity of the running engine beyond its version number, for the manifest (docs/batch.md).
#include <fstream>
#include <sstream>

#include "build/sha256.hpp"
#include "cli/commands.hpp"

namespace raadsstuk::cli {

std::string engine_build() {
    std::ifstream in("/proc/self/exe", std::ios::binary);
    if (!in) return {};
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return build::sha256_hex(bytes.str());
}

}  // namespace raadsstuk::cli
