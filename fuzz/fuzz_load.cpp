// Fuzz target: the data loaders. The input is the text of a data file; every loader reads it, as the
// build and the checks would whatever its "soort" says. A loader must report bad data as diagnostics:
// never crash, hang, throw or read out of bounds.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "load/json_positions.hpp"
#include "load/load.hpp"
#include "load/register_file.hpp"

using namespace raadsstuk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::string name = "data/documenten/2021/fuzz.json";
    diag::Diagnostics out;
    (void)load::detect_kind(text);
    (void)load::load_raadsinformatiebrief(text, name, out);
    (void)load::load_raadsvoorstel(text, name, out);
    (void)load::load_gemeente(text, "data/gemeenten/voorschoten.json", out);
    (void)load::load_register(text, "data/register/voorschoten.json", out);
    // The positions of what was reported, as the check report looks them up.
    const load::JsonPositions positions(text);
    for (const auto& d : out) {
        (void)positions.value(d.location.json_pointer);
        (void)positions.in_string(d.location.json_pointer, size % 97);
    }
    return 0;
}
