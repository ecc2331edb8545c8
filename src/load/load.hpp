#pragma once
// The load stage: JSON text of a data file in, model values out, with every problem of the file as a
// diagnostic (RS0xx) that names the file and the JSON pointer (or line:column for syntax errors).
//
// Text in, values out: the caller (the build stage) reads files (read_file is here for it) and hands the
// text over together with the file name as the user gave it. The loaders never throw for bad data.
//
//   const auto text = load::read_file(path, diags);
//   if (text && load::detect_kind(*text) == "raadsinformatiebrief")
//       auto brief = load::load_raadsinformatiebrief(*text, path.generic_string(), diags);
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostic.hpp"
#include "load/document_facts.hpp"
#include "model/gemeente.hpp"
#include "model/raadsinformatiebrief.hpp"
#include "model/raadsvoorstel.hpp"

namespace raadsstuk::load {

// The largest data file read (RS018 beyond): the loaders, the checks and the layout of its texts all take
// time and memory in proportion; a real document or register file is a few hundred kilobytes at most.
inline constexpr std::uintmax_t kMaxDataFileBytes = 4 * 1024 * 1024;

// No limit: for files that are not data files (a build manifest of 10,000 documents is 22 MB; outputs, fonts).
inline constexpr std::uintmax_t kAnySize = static_cast<std::uintmax_t>(-1);

// The whole file as bytes, or nothing and RS001 (with the reason in Dutch) when it cannot be read, or RS018
// when it is larger than max_bytes (a data file: kMaxDataFileBytes).
std::optional<std::string> read_file(const std::filesystem::path& path, diag::Diagnostics& out,
                                     std::uintmax_t max_bytes = kMaxDataFileBytes);

// The "soort" of a data file ("gemeente", "raadsinformatiebrief", ...): the first string member "soort" of
// its root object, or nothing when the text up to it is not JSON, the root is not an object or has no
// string "soort". It reads no further than that member, so it costs little for a file that starts with
// its soort, and reports nothing: the loader of that kind reports what is wrong with the file.
std::optional<std::string> detect_kind(std::string_view json_text);

// Loads a gemeente file (data/gemeenten/<id>.json). file_name is used in diagnostics and kept in
// source_file; in a gemeenten/ directory its name must be <id>.json (RS013). Nothing on any error.
std::optional<model::Gemeente> load_gemeente(std::string_view json_text, const std::string& file_name,
                                             diag::Diagnostics& out);

// Loads a raadsinformatiebrief (data/documenten/<jaar>/<naam>.json). Nothing on any error. When `facts` is
// given it is set to document_facts(json_text) (document_facts.hpp), from the same parse when the file is
// JSON with a root object, so that a caller who needs both parses the file once.
std::optional<model::Raadsinformatiebrief> load_raadsinformatiebrief(std::string_view json_text,
                                                                     const std::string& file_name,
                                                                     diag::Diagnostics& out,
                                                                     DocumentFacts* facts = nullptr);

// Loads a raadsvoorstel (data/documenten/<jaar>/<naam>.json). Every "[[bedrag:NAAM]]" in its texts must name
// an amount of "bedragen" (RS015). Nothing on any error. The order of its dates is a check (src/check), not a
// loading error. `facts` as for load_raadsinformatiebrief.
std::optional<model::Raadsvoorstel> load_raadsvoorstel(std::string_view json_text, const std::string& file_name,
                                                       diag::Diagnostics& out, DocumentFacts* facts = nullptr);

// ---- Where the files are -----------------------------------------------------------------------------
// The data root is the directory that holds gemeenten/. Paths stay as the user gave them (relative stays
// relative), so that diagnostics show what the user typed.

// The nearest directory above document_file (its own directory first) holding a gemeenten/ directory.
std::optional<std::filesystem::path> find_data_root(const std::filesystem::path& document_file);

// data_root/gemeenten/<gemeente_id>.json (whether it exists or not).
std::filesystem::path gemeente_file(const std::filesystem::path& data_root, std::string_view gemeente_id);

// The gemeente file a document names, or nothing and RS008 at the document's "/gemeente" (with the
// gemeenten that do exist, and a "bedoelt u ...?" when one is close).
std::optional<std::filesystem::path> locate_gemeente(const std::filesystem::path& data_root,
                                                     const model::Raadsinformatiebrief& brief,
                                                     diag::Diagnostics& out);
// The same for any document: its gemeente id and its file (for the RS008 location).
std::optional<std::filesystem::path> locate_gemeente(const std::filesystem::path& data_root,
                                                     std::string_view gemeente_id, const std::string& document_file,
                                                     diag::Diagnostics& out);

// The logo of a gemeente as a path (relative to its gemeente file), or nothing when it has none.
std::optional<std::filesystem::path> logo_file(const model::Gemeente& gemeente);

// Files a gemeente names that must exist: its logo (RS011 at "/huisstijl/logo"). Fonts are looked up by
// the layout stage in the font directories of the Environment.
void check_referenced_files(const model::Gemeente& gemeente, diag::Diagnostics& out);

}  // namespace raadsstuk::load
