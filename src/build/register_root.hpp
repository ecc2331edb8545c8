#pragma once
// One data root (the directory holding gemeenten/) as the checks need it: every gemeente, every document and
// every register file under it loaded once, the register of all of them, and what the checks work out about
// the register as a whole. The files are read here (the build stage reads files); the check stage is handed
// the loaded values and texts.
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "check/context.hpp"
#include "diag/diagnostic.hpp"
#include "load/json_positions.hpp"
#include "model/gemeente.hpp"
#include "model/raadsinformatiebrief.hpp"
#include "model/raadsvoorstel.hpp"
#include "resolve/register.hpp"

namespace raadsstuk::build {

// A data file under the root: its path relative to the root, and its bytes.
struct DataFile {
    std::filesystem::path relative;  // "documenten/2021/x.json", "register/voorschoten.json"
    std::string text;
    diag::Diagnostics unreadable;  // why the file could not be read (RS001, RS018); then text is empty
};

class RegisterRoot {
public:
    // Reads every .json file under `data_root` (gemeenten/, register/ and the documents; schema/ skipped).
    static std::unique_ptr<RegisterRoot> read(const std::filesystem::path& data_root);
    // The same from files already in memory (the benchmark uses it), in any order.
    RegisterRoot(std::filesystem::path data_root, std::vector<DataFile> files);
    ~RegisterRoot();
    RegisterRoot(const RegisterRoot&) = delete;
    RegisterRoot& operator=(const RegisterRoot&) = delete;

    const std::filesystem::path& data_root() const { return root_; }
    const resolve::Register& register_of_documents() const { return *register_; }

    // The name of a file under the root as diagnostics show it: "data/documenten/2021/x.json".
    std::string name(const std::filesystem::path& relative) const;
    // Whether `relative` is a register file (register/<naam>.json) rather than a document.
    static bool is_register_file(const std::filesystem::path& relative);

    // Everything about one document or register file of this root: loading (RS0xx), its gemeente (RS008),
    // resolving (RS1xx) and the consistency checks (RS2xx). A file the root does not hold gets RS001.
    diag::Diagnostics check_file(const std::filesystem::path& relative) const;

    // The gemeente files' own problems (RS0xx, RS011), each file once, for the gemeenten of `relatives`.
    diag::Diagnostics gemeente_diagnostics(const std::vector<std::filesystem::path>& relatives) const;
    // RS224 for each file under the root that is not in `relatives` and could not be loaded.
    diag::Diagnostics missing_from_register(const std::vector<std::filesystem::path>& relatives) const;

    // Line and column of a diagnostic in its file (of the value its JSON pointer names when it has no line),
    // when the file is one of this root's; nothing otherwise.
    std::optional<load::TextPosition> position(const diag::Diagnostic& d) const;

private:
    struct Gemeente;
    struct File;
    const File* find(const std::filesystem::path& relative) const;
    const Gemeente* gemeente(const std::string& id) const;

    std::filesystem::path root_;
    std::map<std::string, std::unique_ptr<Gemeente>> gemeenten_;  // by id (the file name)
    std::map<std::filesystem::path, std::unique_ptr<File>> files_;  // by relative path
    std::map<std::string, const load::JsonPositions*> positions_by_name_;
    std::unique_ptr<resolve::Register> register_;
    std::unique_ptr<check::Context> context_;
};

}  // namespace raadsstuk::build
