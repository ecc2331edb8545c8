#include "build/build_context.hpp"

#include "load/load.hpp"

namespace raadsstuk::build {

BuildContext::BuildContext(const model::Environment& env, diag::Diagnostics& general)
    : env_(env), templates_(render::load_template_library(env, general)) {}

const model::Gemeente* BuildContext::gemeente(const std::filesystem::path& file, diag::Diagnostics& out) {
    auto it = gemeenten_.find(file);
    if (it == gemeenten_.end()) {
        diag::Diagnostics found;
        LoadedGemeente loaded;
        if (const auto text = load::read_file(file, found)) {
            loaded.gemeente = load::load_gemeente(*text, file.generic_string(), found);
            if (loaded.gemeente) load::check_referenced_files(*loaded.gemeente, found);
        }
        loaded.had_errors = diag::has_errors(found);
        out.insert(out.end(), found.begin(), found.end());
        it = gemeenten_.emplace(file, std::move(loaded)).first;
        return it->second.had_errors ? nullptr : &*it->second.gemeente;
    }
    if (it->second.had_errors) {
        out.push_back(diag::make("RS605", {file.generic_string(), "", 0, 0},
                                 "gemeentebestand bevat fouten (zie hierboven); document niet gebouwd"));
        return nullptr;
    }
    return &*it->second.gemeente;
}

}  // namespace raadsstuk::build
