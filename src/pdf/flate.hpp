#pragma once
// Streams compressed by raadsstuk rather than by libharu: what repeats between documents (a font subset,
// its ToUnicode map, the ICC profile) is deflated once and cached, and content streams are deflated at a
// level chosen for speed. libharu would compress a stream again, or drop a /Filter it did not set itself,
// so such a stream is handed to it as raw bytes with libharu's filter off, and /Filter /FlateDecode is
// written into its dictionary by a write hook.
#include <hpdf.h>

#include <memory>
#include <string>
#include <string_view>

namespace raadsstuk::pdf::detail {

// zlib-format (RFC 1950) stream of `bytes`, made by libdeflate (faster than zlib and a little smaller) at
// a libdeflate level (1 fastest .. 12 smallest), or at level 0 in stored blocks, not compressed.
// Deterministic: the same bytes, level and libdeflate version give the same output.
std::string deflate_bytes(std::string_view bytes, int level);

// Sets the data of a libharu stream dictionary (from HPDF_DictStream_New, or a page's contents) to
// already deflated bytes, marked /Filter /FlateDecode. libharu reads them where they are when it saves
// (hpdf_streams.hpp): `owner` keeps them alive. False when libharu reports an error.
bool set_deflated_data(HPDF_Dict stream, std::shared_ptr<const void> owner, std::string_view deflated);

// The levels, chosen with bench/deflate_bench on the two-page letters of the benchmark
// (docs/performance.md): level 1 takes about 65 % of level 3's time on page contents and a third of level
// 9's on font subsets, for PDFs 2.5 % larger; the size target is met with room to spare, the speed target
// is not. Page content streams:
inline constexpr int kContentLevel = 1;
// A document's font subsets and their ToUnicode maps: deflated once per (font, set of characters) and
// cached, but two documents rarely share a set, so in effect once per document. The ToUnicode maps (text)
// at level 1, to less than half; the font programs (glyph outlines, already compact) stored (level 0,
// still /FlateDecode): level 1 makes them only 23 % smaller (8.5 to 6.5 KB per two-page letter) and took
// 4 % of a letter's time.
inline constexpr int kFontLevel = 1;
inline constexpr int kFontProgramLevel = 0;
// The level for what is deflated once per process (the sRGB profile).
inline constexpr int kCachedLevel = 9;

}  // namespace raadsstuk::pdf::detail
