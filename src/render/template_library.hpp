#pragma once
// The versions of the templates. A templates directory holds one subdirectory per version, `v1/`, `v2/`,
// ..., each a complete TemplateSet (templates and partials/). A version, once a document has been issued
// with it, never changes (templates/VERSIONS.sha256 pins every file; tests/render/template_versions_test.cpp
// holds it to that): a new look or wording is a new version, so that an older document, which records its
// version as "sjabloonversie", renders to the same bytes years later. A document without a version gets the
// newest one.
#include <map>
#include <optional>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "diag/diagnostic.hpp"
#include "model/environment.hpp"
#include "render/template.hpp"

namespace raadsstuk::render {

class TemplateLibrary {
public:
    void add_version(int version, TemplateSet set);
    const TemplateSet* find(int version) const;
    // The newest version (0 when there is none).
    int newest() const;
    const std::map<int, TemplateSet>& versions() const { return versions_; }

private:
    std::map<int, TemplateSet> versions_;
};

// The versions in a templates directory: its subdirectories "vN" (N a whole number from 1), sorted, with
// their paths (templates_dir / "vN"). Nothing when the directory cannot be read.
std::vector<std::pair<int, std::filesystem::path>> template_version_dirs(const std::filesystem::path& templates_dir,
                                                                        std::error_code& ec);

// Reads every version directory "vN" (N a whole number from 1) of env.templates_dir. RS301 when the
// directory cannot be read or holds no version; the problems of each version as load_template_set reports
// them.
TemplateLibrary load_template_library(const model::Environment& env, diag::Diagnostics& out);

// The templates a document asks for with its "sjabloonversie" (the newest when it names none); nullptr and
// RS305 at file:/sjabloonversie, with the versions there are, when the library has no such version.
const TemplateSet* select_version(const TemplateLibrary& library, std::optional<int> version, const std::string& file,
                                  diag::Diagnostics& out);

// The version a document gets: its own, or the newest.
int effective_version(const TemplateLibrary& library, std::optional<int> version);

}  // namespace raadsstuk::render
