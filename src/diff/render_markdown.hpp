#pragma once
// A data file rendered to Markdown only (load -> resolve -> render), without laying it out: what the diff
// compares. The gemeente file and the templates come through the build stage's BuildContext.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "build/build_context.hpp"
#include "diag/diagnostic.hpp"
#include "model/date.hpp"
#include "model/gemeente.hpp"

namespace raadsstuk::diff {

// The Markdown of the document in json_text (file_name as the user gave it, for diagnostics), whose
// gemeente is looked up under data_root. A raadsvoorstel gives the proposal followed by the
// ontwerp-raadsbesluit. Nothing on any error (all of them in `out`; RS705 for a file that is no document).
// When `gemeente` and `date` are given, they are set to the document's gemeente, with the house style
// version the document uses (its huisstijlversie), and its date (of a raadsvoorstel: the collegebesluit).
std::optional<std::string> render_markdown(std::string_view json_text, const std::string& file_name,
                                           const std::filesystem::path& data_root, build::BuildContext& context,
                                           diag::Diagnostics& out, std::optional<model::Gemeente>* gemeente = nullptr,
                                           std::optional<model::Date>* date = nullptr);

}  // namespace raadsstuk::diff
