#include "build/build_context.hpp"

#include "load/load.hpp"

namespace raadsstuk::build {

BuildContext::BuildContext(const model::Environment& env, diag::Diagnostics& general)
    : env_(env), templates_(render::load_template_library(env, general)) {}

const model::Gemeente* BuildContext::gemeente(const std::filesystem::path& file, diag::Diagnostics& out) {
    const std::lock_guard lock(mutex_);
    auto it = gemeenten_.find(file);
    if (it == gemeenten_.end()) {
        LoadedGemeente loaded;
        auto& found = loaded.diagnostics;
        if (const auto text = load::read_file(file, found)) {
            loaded.gemeente = load::load_gemeente(*text, file.generic_string(), found);
            if (loaded.gemeente) load::check_referenced_files(*loaded.gemeente, found);
        }
        loaded.had_errors = diag::has_errors(found) || !loaded.gemeente;
        gemeente_names_.insert(file.generic_string());
        it = gemeenten_.emplace(file, std::move(loaded)).first;
    }
    out.insert(out.end(), it->second.diagnostics.begin(), it->second.diagnostics.end());
    return it->second.had_errors ? nullptr : &*it->second.gemeente;
}

void BuildContext::collapse_repeated_gemeente_reports(diag::Diagnostics& ds, std::set<std::string>& reported) const {
    const std::lock_guard lock(mutex_);
    diag::Diagnostics out;
    std::set<std::string> seen_here;  // gemeente files whose diagnostics this document shows
    for (auto& d : ds) {
        const std::string& file = d.location.file;
        const bool check_finding = d.code.compare(0, 3, "RS2") == 0;  // the checks' own, per document
        if (check_finding || !gemeente_names_.count(file)) {
            out.push_back(std::move(d));
            continue;
        }
        if (seen_here.insert(file).second && reported.count(file)) {
            const auto it = gemeenten_.find(std::filesystem::path(file));
            if (it != gemeenten_.end() && it->second.had_errors)
                out.push_back(diag::make("RS605", {file, "", 0, 0},
                                         "gemeentebestand bevat fouten (zie hierboven); document niet gebouwd"));
        }
        if (!reported.count(file)) out.push_back(std::move(d));
    }
    reported.insert(seen_here.begin(), seen_here.end());
    ds = std::move(out);
}

}  // namespace raadsstuk::build
