#pragma once
// The content hashes of a document's inputs (manifest.hpp: DocumentInputs), worked out without building it:
// its data file, the gemeente file and logo of its house
// style, the fonts that house style names, of the templates of the version it uses (its "sjabloonversie",
// else the newest) the ones it names and every partial, the hyphenation patterns and the engine version.
// Each file is read and hashed once per build; safe to use from several threads. What the checks read of
// the data directory (DocumentInputs::register_hash) comes from the register (RegisterRoot::checks_digest).
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "build/discover.hpp"
#include "build/manifest.hpp"
#include "load/document_facts.hpp"
#include "model/environment.hpp"

namespace raadsstuk::build {

// What of a document's data file decides which inputs it has: read from its bytes once (load::document_facts,
// or filled by the register's load of the file), or handed back by the build cache for the same bytes.
using load::DocumentFacts;
using load::document_facts;

class InputHashes {
public:
    InputHashes(const model::Environment& env, std::string engine_version, std::string engine_build);

    // The inputs of a document; `kind` gets its "soort" (empty when the file says none).
    DocumentInputs inputs_of(const DocumentSource& source, std::string& kind);
    // The same from the data file's SHA-256 and facts, when the caller has them (the file is not read).
    DocumentInputs inputs_of(const Digest& data_hash, const DocumentFacts& facts, const DocumentSource& source,
                             std::string& kind);

    // SHA-256 of a file's bytes, or kMissingFile; cached.
    std::string file_hash(const std::filesystem::path& file);

private:
    struct HouseStyle {
        std::map<std::string, std::string> files;  // gemeente file and logo
        std::map<std::string, std::string> fonts;
    };
    HouseStyle house_style(const std::filesystem::path& data_root, const std::string& gemeente_id);
    // The templates a document renders with, with their hashes.
    std::map<std::string, std::string> templates_used(const DocumentFacts& document, const std::string& kind,
                                                      int version) const;

    const model::Environment& env_;
    std::string engine_;
    std::string engine_build_;
    std::map<int, std::map<std::string, std::string>> template_versions_;  // templates/vN -> its files
    std::string hyphenation_;

    std::mutex files_mutex_;
    std::map<std::filesystem::path, std::string> files_;
    std::mutex roots_mutex_;
    std::map<std::pair<std::filesystem::path, std::string>, HouseStyle> house_styles_;
    // The shared inputs, one object for every document with the same data root, gemeente, template
    // version, kind and templates (the manifest holds each once).
    std::mutex common_mutex_;
    std::map<std::string, std::shared_ptr<const CommonInputs>> common_;
};

// The template files of one version directory with their hashes, named below the templates directory:
// "v1/raadsinformatiebrief.md", "v1/partials/status.md" (the files load_template_set reads).
std::map<std::string, std::string> template_hashes(const std::filesystem::path& templates_dir, int version);

}  // namespace raadsstuk::build
