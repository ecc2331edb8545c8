#include "build/discover.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <system_error>

#include "build/path_order.hpp"
#include "load/load.hpp"

namespace raadsstuk::build {
namespace fs = std::filesystem;
namespace {

bool is_skipped(const fs::path& relative) {
    for (const auto& part : relative.parent_path())
        if (part == "schema" || part == "gemeenten") return true;
    // Register files (register/<naam>.json) list documents for the checks; they are not documents.
    return relative.has_parent_path() && *relative.begin() == "register";
}

// The absolute path without "." and ".." and without a trailing separator ("data/." -> "/work/data").
fs::path absolute_normal(const fs::path& p) {
    std::error_code ec;
    fs::path out = fs::absolute(p, ec).lexically_normal();
    if (!out.has_filename() && out.has_relative_path()) out = out.parent_path();
    return out;
}

// What files of one directory share: its canonical path and its data root, looked up once for all of them
// (each lookup is a path walk and a system call per component: `weakly_canonical` reads every component as
// a link).
class DirectoryFacts {
public:
    // The file's canonical path; `may_be_link` false when the directory listing said it is no symbolic link,
    // so that its directory's canonical path with its name is its own.
    fs::path canonical(const fs::path& file, bool may_be_link, std::error_code& ec) {
        if (may_be_link || !file.has_filename()) return fs::weakly_canonical(file, ec);
        const fs::path dir = file.parent_path();
        auto it = canonical_.find(dir);
        if (it == canonical_.end()) {
            std::error_code dir_ec;
            fs::path c = fs::weakly_canonical(dir.empty() ? fs::path(".") : dir, dir_ec);
            if (dir_ec) return fs::weakly_canonical(file, ec);
            it = canonical_.emplace(dir, std::move(c)).first;
        }
        ec.clear();
        return it->second / file.filename();
    }
    // load::find_data_root of a file with this (lexically normal) path: it depends on the directory only.
    const std::optional<fs::path>& data_root(const fs::path& normal_file) {
        const fs::path dir = normal_file.parent_path();
        auto it = roots_.find(dir);
        if (it == roots_.end()) it = roots_.emplace(dir, load::find_data_root(normal_file)).first;
        return it->second;
    }

private:
    std::map<fs::path, fs::path> canonical_;
    std::map<fs::path, std::optional<fs::path>> roots_;
};

}  // namespace

std::vector<DocumentSource> discover_documents(const std::vector<std::string>& paths, diag::Diagnostics& out) {
    std::vector<DocumentSource> found;
    std::set<std::string> seen;  // canonical paths
    DirectoryFacts directories;
    auto consider = [&](const fs::path& file, bool named_explicitly, bool may_be_link) {
        std::error_code ec;
        const fs::path canonical = directories.canonical(file, may_be_link, ec);
        if (!seen.insert(ec ? file.native() : canonical.native()).second) return;
        // The data root is looked for where the file really is ("a/b/../../c.json" is "c.json"), and the
        // path below it must not climb out of it: outputs go to out_dir / relative.
        const fs::path normal = file.lexically_normal();
        const auto& root = directories.data_root(normal);
        const fs::path relative = root ? absolute_normal(normal).lexically_relative(absolute_normal(*root)) : fs::path();
        if (!root || relative.empty() || *relative.begin() == "..") {
            out.push_back(diag::make("RS602", {file.generic_string(), "", 0, 0},
                                     "bestand ligt niet in een gegevensmap: geen map 'gemeenten/' gevonden "
                                     "in een bovenliggende map",
                                     "zet documenten onder een map die ook 'gemeenten/' bevat, zoals data/"));
            return;
        }
        DocumentSource src{file, *root, relative};
        if (is_skipped(src.relative)) {
            if (named_explicitly)
                out.push_back(diag::make("RS603", {file.generic_string(), "", 0, 0},
                                         "dit is geen document maar een gemeente-, register- of schemabestand; "
                                         "overgeslagen"));
            return;
        }
        found.push_back(std::move(src));
    };
    for (const auto& p : paths) {
        const fs::path path(p);
        std::error_code ec;
        if (fs::is_directory(path, ec)) {
            std::vector<std::string> files;
            std::set<std::string> links;  // the files the listing shows as symbolic links (rare)
            for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
                if (it->is_regular_file(ec) && it->path().extension() == ".json") {
                    files.push_back(it->path().native());
                    std::error_code link_ec;
                    if (it->is_symlink(link_ec) || link_ec) links.insert(files.back());
                }
            }
            std::sort(files.begin(), files.end(), [](const std::string& x, const std::string& y) { return path_order_less(x, y); });
            for (const auto& f : files) consider(fs::path(f), false, links.count(f) > 0);
        } else if (fs::is_regular_file(path, ec)) {
            consider(path, true, true);
        } else {
            out.push_back(diag::make("RS601", {p, "", 0, 0}, "bestand of map bestaat niet"));
        }
    }
    return found;
}

fs::path output_path(const fs::path& out_dir, const DocumentSource& src, const std::string& ending) {
    fs::path rel = src.relative;
    rel.replace_extension();
    rel += ending;
    return out_dir / rel;
}

}  // namespace raadsstuk::build
