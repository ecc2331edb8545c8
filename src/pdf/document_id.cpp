#include "pdf/document_id.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <array>

#include "hash/sha256.hpp"

namespace raadsstuk::pdf::detail {
namespace {

constexpr std::size_t kIdBytes = 16;

// The position of the first hex digit of the next all-zero <...> of 2 * kIdBytes digits from `from`.
std::size_t zero_string(const std::string& bytes, std::size_t from) {
    const std::size_t open = bytes.find('<', from);
    if (open == std::string::npos || open + 2 * kIdBytes + 1 >= bytes.size()) return std::string::npos;
    for (std::size_t i = 0; i < 2 * kIdBytes; ++i)
        if (bytes[open + 1 + i] != '0') return std::string::npos;
    if (bytes[open + 1 + 2 * kIdBytes] != '>') return std::string::npos;
    return open + 1;
}

}  // namespace

bool add_id_placeholder(HPDF_Doc pdf) {
    HPDF_Array id = HPDF_Array_New(pdf->mmgr);
    if (!id || HPDF_Dict_Add(pdf->trailer, "ID", id) != HPDF_OK) return false;
    std::array<HPDF_BYTE, kIdBytes> zero{};
    for (int i = 0; i < 2; ++i)
        if (HPDF_Array_Add(id, HPDF_Binary_New(pdf->mmgr, zero.data(), kIdBytes)) != HPDF_OK) return false;
    return true;
}

bool set_content_id(std::string& bytes) {
    const std::size_t trailer = bytes.rfind("trailer");
    if (trailer == std::string::npos) return false;
    const std::size_t key = bytes.find("/ID", trailer);
    if (key == std::string::npos) return false;
    const std::size_t first = zero_string(bytes, key);
    if (first == std::string::npos) return false;
    const std::size_t second = zero_string(bytes, first + 2 * kIdBytes + 1);
    if (second == std::string::npos) return false;

    hash::Sha256 h;
    h.update(bytes);
    const std::array<std::uint8_t, 32> digest = h.digest();

    static constexpr char kHex[] = "0123456789ABCDEF";
    for (std::size_t at : {first, second})
        for (std::size_t i = 0; i < kIdBytes; ++i) {
            bytes[at + 2 * i] = kHex[digest[i] >> 4];
            bytes[at + 2 * i + 1] = kHex[digest[i] & 0x0F];
        }
    return true;
}

}  // namespace raadsstuk::pdf::detail
