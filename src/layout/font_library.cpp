#include "layout/font_library.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>
#include <vector>

namespace raadsstuk::layout {

FontLibrary& FontLibrary::shared() {
    static FontLibrary library;
    return library;
}

const FontLibrary::DirectoryIndex& FontLibrary::index_of(const std::filesystem::path& dir) {
    auto it = directories_.find(dir);
    if (it != directories_.end()) return it->second;
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (std::filesystem::recursive_directory_iterator walk(dir, std::filesystem::directory_options::skip_permission_denied, ec), end;
         !ec && walk != end; walk.increment(ec)) {
        std::error_code type_ec;
        if (walk->is_regular_file(type_ec)) files.push_back(walk->path());
    }
    std::sort(files.begin(), files.end());
    DirectoryIndex index;
    for (const auto& f : files) index.emplace(f.filename().string(), f);  // emplace keeps the first
    return directories_.emplace(dir, std::move(index)).first->second;
}

std::optional<std::filesystem::path> FontLibrary::find(const std::string& file_name, const model::Environment& env) {
    if (file_name.empty()) return std::nullopt;
    const std::filesystem::path name(file_name);
    if (name.has_parent_path()) {
        std::error_code ec;
        if (std::filesystem::is_regular_file(name, ec)) return name;
        return std::nullopt;
    }
    std::lock_guard lock(mutex_);
    for (const auto& dir : env.font_dirs) {
        const DirectoryIndex& index = index_of(dir);
        auto it = index.find(file_name);
        if (it != index.end()) return it->second;
    }
    return std::nullopt;
}

std::shared_ptr<const TrueTypeFont> FontLibrary::load(const std::filesystem::path& path, std::string* error) {
    std::lock_guard lock(mutex_);
    auto it = fonts_.find(path);
    if (it != fonts_.end()) return it->second;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (error) *error = "cannot be opened";
        return nullptr;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    ++files_read_;
    std::string why;
    auto font = TrueTypeFont::parse(bytes.str(), &why);
    if (!font) {
        if (error) *error = why;
        return nullptr;
    }
    auto shared = std::make_shared<const TrueTypeFont>(std::move(*font));
    fonts_.emplace(path, shared);
    return shared;
}

int FontLibrary::files_read() const {
    std::lock_guard lock(mutex_);
    return files_read_;
}

}  // namespace raadsstuk::layout
