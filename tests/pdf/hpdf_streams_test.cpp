// A stream whose data libharu reads where raadsstuk holds it, and the saved file collected in a string
// (pdf/hpdf_streams.hpp), save to the bytes of libharu's own memory streams.
#include <catch2/catch.hpp>

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <memory>
#include <optional>
#include <string>

#include "pdf/hpdf_document.hpp"
#include "pdf/hpdf_streams.hpp"
#include "saved_document.hpp"

namespace pdf = raadsstuk::pdf;
using pdf::detail::HpdfDocument;
using pdf::test::saved_by_libharu;
using pdf::test::saved_to_string;

namespace {

// Bytes of every value, longer than libharu's 4,096-byte chunks when n is.
std::string sample(std::size_t n) {
    std::string s;
    for (std::size_t i = 0; s.size() < n; ++i) s += static_cast<char>(i * 7919 % 256);
    return s;
}

HPDF_Dict stream_dict(const HpdfDocument& doc) {
    HPDF_Dict stream = HPDF_DictStream_New(doc.get()->mmgr, doc.get()->xref);
    REQUIRE(stream);
    REQUIRE(HPDF_Dict_AddName(stream, "Type", "Test") == HPDF_OK);
    return stream;
}

}  // namespace

TEST_CASE("hpdf streams: a stream read from raadsstuk's bytes saves as libharu's own stream of them", "[hpdf-streams]") {
    for (const std::size_t n : {std::size_t{0}, std::size_t{1}, std::size_t{4096}, std::size_t{10000}}) {
        INFO("stream of " << n << " bytes");
        const std::string bytes = sample(n);
        HpdfDocument theirs;
        HPDF_Dict a = stream_dict(theirs);
        if (n > 0) REQUIRE(HPDF_Stream_Write(a->stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()), n) == HPDF_OK);
        const std::string expected = saved_by_libharu(theirs);

        HpdfDocument ours;
        HPDF_Dict b = stream_dict(ours);
        auto owned = std::make_shared<const std::string>(bytes);
        REQUIRE(pdf::detail::set_stream_bytes(b, owned, *owned));
        owned.reset();  // the stream keeps the bytes alive
        const std::string saved = saved_to_string(ours);
        CHECK(saved == expected);
        CHECK(saved.find("stream\r\n" + bytes + "\nendstream") != std::string::npos);
    }
}

TEST_CASE("hpdf streams: saving twice gives the same bytes, and an error of libharu's is reported", "[hpdf-streams]") {
    HpdfDocument doc;
    HPDF_Dict stream = stream_dict(doc);
    auto bytes = std::make_shared<const std::string>(sample(5000));
    REQUIRE(pdf::detail::set_stream_bytes(stream, bytes, *bytes));
    const std::string first = saved_to_string(doc);
    CHECK(first.rfind("%PDF-", 0) == 0);
    CHECK(first.size() > 5000);
    CHECK(saved_to_string(doc) == first);

    CHECK(!pdf::detail::set_stream_bytes(nullptr, bytes, *bytes));
    HPDF_Dict plain = HPDF_Dict_New(doc.get()->mmgr);
    REQUIRE(plain);
    CHECK(!pdf::detail::set_stream_bytes(plain, bytes, *bytes));  // not a stream: nothing to replace
    HPDF_Dict_Free(plain);
}
