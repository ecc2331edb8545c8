#pragma once
// Finds font files by name in the Environment's font directories and loads each file once. Loading a font
// reads and parses the whole file, so a build of many letters should share one FontLibrary: use
// FontLibrary::shared() (process-wide, thread-safe) or create one per process and pass it along.
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "layout/true_type_font.hpp"
#include "model/environment.hpp"

namespace raadsstuk::layout {

class FontLibrary {
public:
    FontLibrary() = default;
    FontLibrary(const FontLibrary&) = delete;
    FontLibrary& operator=(const FontLibrary&) = delete;

    // One library for the whole process.
    static FontLibrary& shared();

    // The path of a font file name ("LiberationSans-Regular.ttf"): searched recursively in
    // env.font_dirs, directories in the given order and paths in sorted order, first match wins. A name
    // that contains a directory part is used as a path as it is. nullopt when not found.
    std::optional<std::filesystem::path> find(const std::string& file_name, const model::Environment& env);

    // The parsed font at `path`, read from disk on the first request only. nullptr (and the reason in
    // *error) when the file cannot be read or is not a usable TrueType font.
    std::shared_ptr<const TrueTypeFont> load(const std::filesystem::path& path, std::string* error = nullptr);

    // How many font files this library has read from disk (for tests of the cache).
    int files_read() const;

private:
    using DirectoryIndex = std::map<std::string, std::filesystem::path>;  // file name -> first path
    const DirectoryIndex& index_of(const std::filesystem::path& dir);

    mutable std::mutex mutex_;
    std::map<std::filesystem::path, DirectoryIndex> directories_;
    std::map<std::filesystem::path, std::shared_ptr<const TrueTypeFont>> fonts_;
    int files_read_ = 0;
};

}  // namespace raadsstuk::layout
