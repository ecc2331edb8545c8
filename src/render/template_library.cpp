#include "render/template_library.hpp"

#include <algorithm>
#include <system_error>

namespace raadsstuk::render {
namespace {

// "v12" -> 12; anything else -> nothing.
std::optional<int> version_of(const std::string& name) {
    if (name.size() < 2 || name.size() > 5 || name[0] != 'v' || name[1] == '0') return std::nullopt;
    int v = 0;
    for (std::size_t i = 1; i < name.size(); ++i) {
        if (name[i] < '0' || name[i] > '9') return std::nullopt;
        v = v * 10 + (name[i] - '0');
    }
    return v;
}

}  // namespace

void TemplateLibrary::add_version(int version, TemplateSet set) { versions_.insert_or_assign(version, std::move(set)); }

const TemplateSet* TemplateLibrary::find(int version) const {
    const auto it = versions_.find(version);
    return it == versions_.end() ? nullptr : &it->second;
}

int TemplateLibrary::newest() const { return versions_.empty() ? 0 : versions_.rbegin()->first; }

std::vector<std::pair<int, std::filesystem::path>> template_version_dirs(const std::filesystem::path& templates_dir,
                                                                        std::error_code& ec) {
    std::vector<std::pair<int, std::filesystem::path>> found;
    for (std::filesystem::directory_iterator it(templates_dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code dir_ec;
        if (!it->is_directory(dir_ec)) continue;
        if (const auto v = version_of(it->path().filename().string()))
            found.emplace_back(*v, templates_dir / it->path().filename());
    }
    std::sort(found.begin(), found.end());
    return found;
}

TemplateLibrary load_template_library(const model::Environment& env, diag::Diagnostics& out) {
    TemplateLibrary library;
    std::error_code ec;
    const auto found = template_version_dirs(env.templates_dir, ec);
    if (ec || found.empty()) {
        out.push_back(diag::make("RS301", {env.templates_dir.generic_string(), "", 0, 0},
                                 ec ? "sjablonenmap kan niet gelezen worden"
                                    : "sjablonenmap bevat geen versie (een map v1, v2, ...)",
                                 "geef de map met sjablonen met --sjablonen MAP (standaard: templates in de huidige map, anders die "
                                 "bij het programma); zie docs/templates.md"));
        return library;
    }
    // Diagnostics name files as the user gave the directory: templates/v1/x.md.
    for (const auto& [version, dir] : found) library.add_version(version, load_template_set(dir, out));
    return library;
}

int effective_version(const TemplateLibrary& library, std::optional<int> version) {
    return version ? *version : library.newest();
}

const TemplateSet* select_version(const TemplateLibrary& library, std::optional<int> version, const std::string& file,
                                  diag::Diagnostics& out) {
    const int wanted = effective_version(library, version);
    if (const TemplateSet* set = library.find(wanted)) return set;
    if (library.versions().empty()) return nullptr;  // load_template_library reported it
    std::string available;
    for (const auto& [v, set] : library.versions()) available += (available.empty() ? "" : ", ") + std::to_string(v);
    out.push_back(diag::make("RS305", {file, "/sjabloonversie", 0, 0},
                             "sjabloonversie " + std::to_string(wanted) + " bestaat niet",
                             "beschikbare versies: " + available));
    return nullptr;
}

}  // namespace raadsstuk::render
