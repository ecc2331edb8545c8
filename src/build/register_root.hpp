#pragma once
// One data root (the directory holding gemeenten/) as the checks need it, kept lean so that memory does not
// grow with the documents' texts: every gemeente loaded, and of every document and register file under it
// only its register entries (numbers, dates, kind, statuses) and whether it loaded. A file's full content
// and its JSON positions are loaded only while it is checked (check_file) and released after. The files are
// read here (the build stage reads files); the check stage is handed the loaded values and texts.
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "build/digest.hpp"
#include "check/context.hpp"
#include "diag/diagnostic.hpp"
#include "load/document_facts.hpp"
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

// A diagnostic with its place in its file: its own line and column, or those of the value its JSON pointer
// names. The machine-readable reports give both the pointer and the place.
struct Finding {
    diag::Diagnostic diagnostic;
    int line = 0;    // 0 when unknown
    int column = 0;
};

// A document as check_file loaded it, handed on to the build so that its JSON is parsed once.
struct LoadedDocument {
    std::string file_name;  // as its diagnostics name it
    std::optional<model::Raadsinformatiebrief> brief;
    std::optional<model::Raadsvoorstel> voorstel;
    diag::Diagnostics diagnostics;  // what loading it found
    bool has_document() const { return brief || voorstel; }
};

// What the register keeps of one document or register file: the result of loading it, without its text.
// It depends on the file's bytes and its name only, so a cache may hand it back for unchanged bytes
// (lean_cache.hpp).
struct LeanFile {
    enum class State { loaded, unloadable, unknown_kind };
    State state = State::unloadable;
    std::string unknown_kind;                    // the "soort" that is no document (State::unknown_kind)
    std::vector<model::RegisterEntry> entries;   // a document's one entry, a register file's entries
    // A document's facts (load/document_facts.hpp) from the same parse, when lean_file loaded it; not kept
    // by a cache, which holds the facts beside the lean file.
    std::optional<load::DocumentFacts> facts;
};

// Loads `text` (the file `name`, register file or document) into what the register keeps of it.
LeanFile lean_file(const std::string& text, const std::string& name, bool register_file);

class RegisterRoot {
public:
    // Called for each document or register file read while the root is walked: its path relative to the
    // root, its bytes and their SHA-256. A cache may answer instead of loading: return the lean file for these
    // bytes (with a document's facts), or nothing to have it loaded.
    using LeanLookup =
        std::function<std::optional<LeanFile>(const std::filesystem::path& data_root, const std::filesystem::path& relative,
                                              const std::string& bytes, const Digest& sha256)>;
    // Told of each document or register file that was loaded (the lookup did not answer for it), with its
    // bytes, their SHA-256 and its lean load (to fill a cache).
    using LeanSeen = std::function<void(const std::filesystem::path& data_root, const std::filesystem::path& relative,
                                        const std::string& bytes, const Digest& sha256, const LeanFile&)>;

    // Reads every .json file under `data_root` (gemeenten/, register/ and the documents; schema/ skipped),
    // one at a time, keeping only the lean part of each. With a lookup (a build), each document's SHA-256 and
    // facts are kept as well (data_file), so that the build need not read it again to know its inputs.
    static std::unique_ptr<RegisterRoot> read(const std::filesystem::path& data_root, const LeanLookup& lookup = {},
                                              const LeanSeen& seen = {});
    // The same from files already in memory (the benchmark uses it), in any order.
    RegisterRoot(std::filesystem::path data_root, std::vector<DataFile> files);
    ~RegisterRoot();
    RegisterRoot(const RegisterRoot&) = delete;
    RegisterRoot& operator=(const RegisterRoot&) = delete;

    const std::filesystem::path& data_root() const { return root_; }
    const resolve::Register& register_of_documents() const { return *register_; }

    // SHA-256 over everything of the root that the checks of a document read besides the document itself:
    // the gemeente files (their bytes, and whether they loaded) and, of every document and register file,
    // whether it loaded and the fields of its register entries that the checks compare (numbers, dates,
    // kind, place, statuses; not the onderwerp or afzender, which no check reads of another document).
    // Editing a document's text leaves it alone; changing its number or date changes it.
    const Digest& checks_digest() const { return digest_; }

    // What reading the register found of a document's data file: the SHA-256 of its bytes and its facts.
    // Nothing when the root was read without a lookup, or the file is not a readable document of the root.
    struct DataFileFacts {
        Digest sha256;
        const load::DocumentFacts* facts = nullptr;  // held by the root, equal facts once
    };
    std::optional<DataFileFacts> data_file(const std::filesystem::path& relative) const;

    // The name of a file under the root as diagnostics show it: "data/documenten/2021/x.json".
    std::string name(const std::filesystem::path& relative) const;
    // Whether `relative` is a register file (register/<naam>.json) rather than a document.
    static bool is_register_file(const std::filesystem::path& relative);

    // Everything about one document or register file of this root: loading (RS0xx), its gemeente (RS008),
    // resolving (RS1xx) and the consistency checks (RS2xx), each placed in its file. The file is read again
    // (or `text` is used: its bytes as the caller read them) and released when done. A file the root does
    // not hold gets RS001. Safe to call from several threads at once.
    std::vector<Finding> check_file(const std::filesystem::path& relative) const;
    // `loaded`, when given, gets the document as loaded for the checks (nothing of a register file, or of a
    // document that could not be checked).
    std::vector<Finding> check_file(const std::filesystem::path& relative, const std::string& text,
                                    LoadedDocument* loaded = nullptr) const;

    // The gemeente files' own problems (RS0xx, RS011), each file once, for the gemeenten of `relatives`.
    std::vector<Finding> gemeente_diagnostics(const std::vector<std::filesystem::path>& relatives) const;
    // RS224 for each file under the root that is not in `relatives` and could not be loaded.
    std::vector<Finding> missing_from_register(const std::vector<std::filesystem::path>& relatives) const;

private:
    struct Gemeente;
    struct File;
    RegisterRoot(std::filesystem::path data_root);
    void add_gemeente(const std::filesystem::path& relative, std::string text, diag::Diagnostics unreadable);
    void add_file(const std::filesystem::path& relative, LeanFile lean, const Digest& sha256 = {});
    void finish();
    const File* find(const std::filesystem::path& relative) const;
    const Gemeente* gemeente(const std::string& id) const;
    Finding placed(diag::Diagnostic d, const std::string& own_name, const load::JsonPositions* own) const;

    std::filesystem::path root_;
    std::map<std::string, std::unique_ptr<Gemeente>> gemeenten_;  // by id (the file name)
    // Relative paths as generic strings (a std::filesystem::path would hold each component apart), in the
    // order of std::filesystem::path: component by component.
    struct PathOrder {
        bool operator()(const std::string& a, const std::string& b) const;
    };
    std::map<std::string, std::unique_ptr<File>, PathOrder> files_;  // by relative path
    std::set<load::DocumentFacts> facts_;  // the documents' facts, each value once (most documents share theirs)
    std::unique_ptr<resolve::Register> register_;
    std::unique_ptr<check::Context> context_;
    Digest digest_;
};

}  // namespace raadsstuk::build
