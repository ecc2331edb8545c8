#include "build/input_hashes.hpp"

#include <algorithm>
#include <initializer_list>
#include <system_error>
#include <vector>

#include "hash/sha256.hpp"
#include "layout/font_library.hpp"
#include "load/load.hpp"
#include "render/template_library.hpp"

namespace raadsstuk::build {
namespace fs = std::filesystem;
namespace {

std::optional<std::string> read_bytes(const fs::path& file) {
    diag::Diagnostics ignored;  // a missing input shows as kMissingFile; the build itself reports it
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) return std::nullopt;
    return load::read_file(file, ignored, load::kAnySize);  // hashed, not parsed: fonts may be large
}

std::string hash_or_missing(const fs::path& file) {
    const auto bytes = read_bytes(file);
    return bytes ? hash::sha256_hex(*bytes) : kMissingFile;
}

}  // namespace

std::map<std::string, std::string> template_hashes(const fs::path& templates_dir, int version) {
    std::map<std::string, std::string> out;
    const fs::path dir = "v" + std::to_string(version);
    for (const fs::path& sub : {dir, dir / "partials"}) {
        std::error_code ec;
        for (fs::directory_iterator it(templates_dir / sub, ec), end; !ec && it != end; it.increment(ec)) {
            std::error_code type_ec;
            if (!it->is_regular_file(type_ec) || it->path().extension() != ".md") continue;
            out.emplace((sub / it->path().filename()).generic_string(), hash_or_missing(it->path()));
        }
    }
    return out;
}

InputHashes::InputHashes(const model::Environment& env, std::string engine_version, std::string engine_build)
    : env_(env), engine_(std::move(engine_version)), engine_build_(std::move(engine_build)) {
    std::error_code ec;  // the build reports a templates directory that cannot be read
    for (const auto& [version, dir] : render::template_version_dirs(env.templates_dir, ec))
        template_versions_.emplace(version, template_hashes(env.templates_dir, version));
    hyphenation_ = env.hyphenation_dictionary.empty() ? "" : hash_or_missing(env.hyphenation_dictionary);
}

std::string InputHashes::file_hash(const fs::path& file) {
    const fs::path key = file.lexically_normal();
    {
        const std::lock_guard lock(files_mutex_);
        if (const auto it = files_.find(key); it != files_.end()) return it->second;
    }
    std::string hash = hash_or_missing(key);
    const std::lock_guard lock(files_mutex_);
    return files_.emplace(key, std::move(hash)).first->second;
}

InputHashes::HouseStyle InputHashes::house_style(const fs::path& data_root, const std::string& gemeente_id) {
    const std::lock_guard lock(roots_mutex_);
    if (const auto it = house_styles_.find({data_root, gemeente_id}); it != house_styles_.end()) return it->second;
    HouseStyle style;
    const fs::path file = load::gemeente_file(data_root, gemeente_id);
    const auto relative_name = [&](const fs::path& p) {
        return p.lexically_relative(data_root.empty() ? fs::path(".") : data_root).lexically_normal().generic_string();
    };
    style.files[relative_name(file)] = file_hash(file);
    if (const auto text = read_bytes(file)) {
        diag::Diagnostics ignored;  // the build reports the gemeente's problems
        if (const auto gemeente = load::load_gemeente(*text, file.generic_string(), ignored)) {
            if (const auto logo = load::logo_file(*gemeente)) style.files[relative_name(*logo)] = file_hash(*logo);
            const auto& f = gemeente->style.font;
            for (const std::string& name : {f.regular, f.bold, f.italic, f.bold_italic, gemeente->style.fallback_font}) {
                if (name.empty()) continue;
                const auto path = layout::FontLibrary::shared().find(name, env_);
                style.fonts[name] = path ? file_hash(*path) : kMissingFile;
            }
        }
    }
    return house_styles_.emplace(std::make_pair(data_root, gemeente_id), std::move(style)).first->second;
}

std::map<std::string, std::string> InputHashes::templates_used(const DocumentFacts& document, const std::string& kind,
                                                              int version) const {
    // Of the version it uses: the main templates a document names (the loaders' defaults when it names none),
    // and every partial: partials may include each other, so all of them count.
    const std::string dir = "v" + std::to_string(version) + "/";
    std::vector<std::string> names;
    const auto named = [&](const std::string& name, const char* fallback) {
        names.push_back(dir + (name.empty() ? std::string(fallback) : name) + ".md");
    };
    if (kind == "raadsvoorstel") {
        named(document.sjabloon, "raadsvoorstel");
        named(document.sjabloon_besluit, "raadsbesluit");
    } else {
        named(document.sjabloon, "raadsinformatiebrief");
    }
    static const std::map<std::string, std::string> none;
    const auto found = template_versions_.find(version);
    const auto& files = found == template_versions_.end() ? none : found->second;
    std::map<std::string, std::string> used;
    for (const auto& [name, hash] : files)
        if (name.rfind(dir + "partials/", 0) == 0) used.emplace(name, hash);
    for (const auto& name : names) {
        const auto it = files.find(name);
        used[name] = it == files.end() ? kMissingFile : it->second;
    }
    return used;
}

DocumentInputs InputHashes::inputs_of(const DocumentSource& source, std::string& kind) {
    const auto text = read_bytes(source.file);
    if (text) return inputs_of(Digest::of(*text), document_facts(*text), source, kind);
    CommonInputs common;
    common.engine = engine_;
    common.engine_build = engine_build_;
    common.hyphenation = hyphenation_;
    DocumentInputs in;
    in.data = Digest{};  // kMissingFile
    in.common = std::make_shared<const CommonInputs>(std::move(common));
    kind.clear();
    return in;
}

DocumentInputs InputHashes::inputs_of(const Digest& data_hash, const DocumentFacts& facts, const DocumentSource& source,
                                      std::string& kind) {
    DocumentInputs in;
    in.data = data_hash;
    kind = facts.soort;
    // The templates of the version the document records, else the newest (render::effective_version).
    const int version = facts.sjabloonversie        ? *facts.sjabloonversie
                        : template_versions_.empty() ? 0
                                                     : template_versions_.rbegin()->first;
    std::string key = source.data_root.generic_string();
    for (const std::string* part : std::initializer_list<const std::string*>{&facts.gemeente, &kind, &facts.sjabloon,
                                                                          &facts.sjabloon_besluit})
        key += "\n" + std::to_string(part->size()) + ":" + *part;
    key += "\n" + std::to_string(version);
    {
        const std::lock_guard lock(common_mutex_);
        if (const auto it = common_.find(key); it != common_.end()) {
            in.common = it->second;
            return in;
        }
    }
    CommonInputs common;
    common.engine = engine_;
    common.engine_build = engine_build_;
    common.hyphenation = hyphenation_;
    common.template_version = std::to_string(version);
    common.templates = templates_used(facts, kind, version);
    if (!facts.gemeente.empty()) {
        HouseStyle style = house_style(source.data_root, facts.gemeente);
        common.house_style = std::move(style.files);
        common.fonts = std::move(style.fonts);
    }
    auto shared = std::make_shared<const CommonInputs>(std::move(common));
    const std::lock_guard lock(common_mutex_);
    in.common = common_.emplace(std::move(key), std::move(shared)).first->second;
    return in;
}

}  // namespace raadsstuk::build
