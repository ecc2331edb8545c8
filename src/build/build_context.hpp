#pragma once
// What a build loads once and shares between its documents: every version of the templates, the fonts, and each gemeente
// file (parsed on first use).
#include <filesystem>
#include <map>
#include <optional>

#include "diag/diagnostic.hpp"
#include "layout/font_library.hpp"
#include "model/environment.hpp"
#include "model/gemeente.hpp"
#include "render/template_library.hpp"

namespace raadsstuk::build {

class BuildContext {
public:
    // Loads the templates of env; their problems go to `general`.
    BuildContext(const model::Environment& env, diag::Diagnostics& general);

    const model::Environment& environment() const { return env_; }
    // Every version of the templates (templates/v1, v2, ...); a document picks its own (render::select_version).
    const render::TemplateLibrary& templates() const { return templates_; }
    layout::FontLibrary& fonts() { return layout::FontLibrary::shared(); }

    // The gemeente in `file`, loaded on first use. The first caller gets the file's diagnostics; later
    // callers get one RS605 that refers to them, so a batch does not repeat them for every document.
    const model::Gemeente* gemeente(const std::filesystem::path& file, diag::Diagnostics& out);

private:
    struct LoadedGemeente {
        std::optional<model::Gemeente> gemeente;
        bool had_errors = false;
    };
    const model::Environment& env_;
    render::TemplateLibrary templates_;
    std::map<std::filesystem::path, LoadedGemeente> gemeenten_;
};

}  // namespace raadsstuk::build
