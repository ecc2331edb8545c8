#pragma once
// A libharu document's saved bytes, two ways, for the tests that compare what raadsstuk feeds libharu with
// what libharu writes itself: through libharu's own memory stream, and through pdf::detail::save_to_string.
#include <catch2/catch.hpp>

#include <hpdf.h>

#include <optional>
#include <string>

#include "pdf/hpdf_document.hpp"
#include "pdf/hpdf_streams.hpp"

namespace raadsstuk::pdf::test {

// The document as libharu saves it into its own memory stream, read back out.
inline std::string saved_by_libharu(const detail::HpdfDocument& doc) {
    REQUIRE(HPDF_SaveToStream(doc.get()) == HPDF_OK);
    HPDF_UINT32 size = HPDF_GetStreamSize(doc.get());
    std::string out(size, '\0');
    REQUIRE(HPDF_ResetStream(doc.get()) == HPDF_OK);
    HPDF_ReadFromStream(doc.get(), reinterpret_cast<HPDF_BYTE*>(out.data()), &size);
    out.resize(size);
    return out;
}

// The document saved through libharu's callback writer into a string, as write_pdf saves it.
inline std::string saved_to_string(const detail::HpdfDocument& doc) {
    std::optional<std::string> bytes = detail::save_to_string(doc.get(), 0);
    REQUIRE(bytes);
    REQUIRE(!doc.failed());
    return *bytes;
}

}  // namespace raadsstuk::pdf::test
