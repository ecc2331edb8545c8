// The identity of the running engine beyond its version number, for the manifest (docs/batch.md): the GNU
// build ID the linker wrote into the executable (a hash over the linked program, the same for the same
// build), read from the program's own notes in memory. Reading and hashing the executable instead cost
// 0.4 s and 90 MB per run for a binary with debug information. Without a build ID: the SHA-256 of the
// executable, read in pieces.
#include <link.h>

#include <cstring>
#include <fstream>

#include "cli/commands.hpp"
#include "hash/sha256.hpp"

namespace raadsstuk::cli {
namespace {

// The NT_GNU_BUILD_ID note of the main program, as hex; empty when it has none.
std::string gnu_build_id() {
    std::string id;
    dl_iterate_phdr(
        [](dl_phdr_info* info, std::size_t, void* out) -> int {
            // The first object is the main program.
            for (int i = 0; i < info->dlpi_phnum; ++i) {
                const ElfW(Phdr)& ph = info->dlpi_phdr[i];
                if (ph.p_type != PT_NOTE) continue;
                const char* p = reinterpret_cast<const char*>(info->dlpi_addr + ph.p_vaddr);
                const char* end = p + ph.p_memsz;
                while (p + sizeof(ElfW(Nhdr)) <= end) {
                    ElfW(Nhdr) note;
                    std::memcpy(&note, p, sizeof note);
                    const char* name = p + sizeof note;
                    const char* desc = name + ((note.n_namesz + 3) & ~3u);
                    if (desc + note.n_descsz > end) break;
                    if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
                        static const char* hex = "0123456789abcdef";
                        auto& s = *static_cast<std::string*>(out);
                        for (unsigned k = 0; k < note.n_descsz; ++k) {
                            const auto b = static_cast<unsigned char>(desc[k]);
                            s += hex[b >> 4];
                            s += hex[b & 15];
                        }
                        return 1;
                    }
                    p = desc + ((note.n_descsz + 3) & ~3u);
                }
            }
            return 1;  // only the main program
        },
        &id);
    return id;
}

}  // namespace

std::string engine_build() {
    if (std::string id = gnu_build_id(); !id.empty()) return "build-id:" + id;
    std::ifstream in("/proc/self/exe", std::ios::binary);
    if (!in) return {};
    hash::Sha256 h;
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0)
        h.update(std::string_view(buffer, static_cast<std::size_t>(in.gcount())));
    return h.hex_digest();
}

}  // namespace raadsstuk::cli
