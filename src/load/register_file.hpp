#pragma once
// Register files (data/register/<naam>.json): documents the engine never made but that documents refer to,
// such as historic letters or documents of other organisations filed in the gemeente's case system. With
// the documents of the data tree they make up the register against which the checks resolve references.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "load/shapes.hpp"
#include "model/register_entry.hpp"

namespace raadsstuk::load {

inline constexpr std::string_view kKindRegister = "register";
// The directory of register files directly under the data root.
inline constexpr std::string_view kRegisterDirectory = "register";

// The keys of a register file, object by object (held against data/schema/register.schema.json by a test).
std::span<const ObjectShape> register_shapes();

// Loads a register file: its entries, each filed under the file's "gemeente". Nothing on any error.
std::optional<std::vector<model::RegisterEntry>> load_register(std::string_view json_text,
                                                               const std::string& file_name,
                                                               diag::Diagnostics& out);

}  // namespace raadsstuk::load
