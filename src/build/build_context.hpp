#pragma once
// What a build loads once and shares between its documents: every version of the templates, the fonts, and
// each gemeente file (parsed on first use). Safe to use from several threads at once.
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>

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

    // The gemeente in `file`, loaded on first use; nullptr when it has errors. Every caller gets the file's
    // own diagnostics appended to `out` (whichever thread came first); collapse_repeated_gemeente_reports
    // then keeps them with the first document in document order, so that the printed text does not depend
    // on which worker came first.
    const model::Gemeente* gemeente(const std::filesystem::path& file, diag::Diagnostics& out);

    // For diagnostics printed in document order: the diagnostics of a gemeente file already printed with an
    // earlier document (`reported` holds those files) are replaced by one RS605 when the file has errors,
    // and dropped when it has only warnings. The first document that shows them keeps them in full.
    void collapse_repeated_gemeente_reports(diag::Diagnostics& ds, std::set<std::string>& reported) const;

private:
    struct LoadedGemeente {
        std::optional<model::Gemeente> gemeente;
        diag::Diagnostics diagnostics;
        bool had_errors = false;
    };
    const model::Environment& env_;
    render::TemplateLibrary templates_;
    mutable std::mutex mutex_;
    std::map<std::filesystem::path, LoadedGemeente> gemeenten_;
    std::set<std::string> gemeente_names_;  // the files as diagnostics name them
};

}  // namespace raadsstuk::build
