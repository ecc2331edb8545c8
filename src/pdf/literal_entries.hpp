#pragma once
// Entries of a libharu dictionary written as text of raadsstuk's own, for what is the same in every
// document that uses it and would otherwise be hundreds of libharu objects to create and write one by one:
// a font's /W array of glyph widths. libharu writes them through its write hook (HPDF_Dict_OnWriteFunc)
// after the entries it holds and before the closing ">>", so they must come last in the dictionary, and
// the text must be what libharu would write for them: "/Key value\n" each, arrays as "[ 1 2 ]".
#include <hpdf.h>

#include <memory>
#include <string_view>

namespace raadsstuk::pdf::detail {

// `text` (kept alive by `owner` while the document holds the dictionary) written at the end of `dict`.
// A dictionary has one write hook: not for stream dictionaries (their hook writes the /Filter). False
// when the hook is taken or memory runs out.
bool add_literal_entries(HPDF_Dict dict, std::shared_ptr<const void> owner, std::string_view text);

}  // namespace raadsstuk::pdf::detail
