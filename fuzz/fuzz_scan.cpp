// Fuzz target: the text scanner of the checker. The input is a printed text (any bytes: the loader hands on
// whatever UTF-8 a data file holds); it is scanned with the zaaknummer patterns of data/gemeenten. Every
// span found must lie inside the text and the sentences must cover it in order.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "check/text_scan.hpp"

using namespace raadsstuk;

namespace {

std::vector<model::ZaaknummerPattern> patterns() {
    std::vector<model::ZaaknummerPattern> out;
    for (const char* text : {"Z-{jj}-{zaak}[/{document}]", "Z/{jj}/{zaak}[/[{document}]]", "{jjjj}/{zaak}"}) {
        std::string error;
        if (auto p = model::ZaaknummerPattern::compile(text, error)) out.push_back(std::move(*p));
    }
    return out;
}

void expect_inside(const check::Span& s, std::size_t size) {
    if (s.begin > s.end || s.end > size) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::vector<model::ZaaknummerPattern> zaak_patterns = patterns();
    const std::string text(reinterpret_cast<const char*>(data), size);
    const check::ScannedText scanned = check::scan_text("/tekst/0", text, zaak_patterns);
    for (const auto& d : scanned.dates) expect_inside(d.span, size);
    for (const auto& n : scanned.numbers) expect_inside(n.span, size);
    for (const auto& a : scanned.amounts) expect_inside(a.span, size);
    for (const auto& a : scanned.attachments) expect_inside(a.span, size);
    std::size_t previous_end = 0;
    for (const auto& s : scanned.sentences) {
        expect_inside(s, size);
        if (s.begin < previous_end) std::abort();
        previous_end = s.end;
    }
    for (const auto& d : scanned.dates) (void)scanned.sentence_of(d.span.begin);
    return 0;
}
