#include "build/register_root.hpp"

#include <algorithm>
#include <system_error>

#include "build/path_order.hpp"
#include "check/checks.hpp"
#include "hash/sha256.hpp"
#include "load/load.hpp"
#include "load/register_file.hpp"
#include "model/raadsinformatiebrief.hpp"
#include "model/raadsvoorstel.hpp"
#include "resolve/resolve.hpp"

namespace raadsstuk::build {
namespace fs = std::filesystem;

struct RegisterRoot::Gemeente {
    std::string name;  // file name for diagnostics
    std::string text;
    std::optional<model::Gemeente> gemeente;  // nothing when it has errors
    diag::Diagnostics diagnostics;
    std::unique_ptr<load::JsonPositions> positions;  // indexed when added: read by several threads after
};

struct RegisterRoot::File {
    std::string name;
    bool register_file = false;
    LeanFile::State state = LeanFile::State::unloadable;
    std::vector<std::string> gemeenten;  // of its entries, for gemeente_diagnostics
    std::vector<model::RegisterEntry> entries;  // until finish() moves them into the register
    Digest sha256;                              // of its bytes, when read with a lookup; else null
    const load::DocumentFacts* facts = nullptr;  // a document's, when read with a lookup
};

namespace {

bool under(const fs::path& relative, std::string_view directory) {
    return !relative.empty() && *relative.begin() == directory;
}

bool skipped(const fs::path& relative) {
    for (const auto& part : relative.parent_path())
        if (part == "schema") return true;
    return false;
}

bool is_gemeente_file(const fs::path& relative) { return relative.parent_path() == fs::path("gemeenten"); }

// Each value length-prefixed, so that no two different sequences of values feed the same bytes.
void feed(hash::Sha256& h, std::string_view s) {
    h.update(std::to_string(s.size()));
    h.update(":");
    h.update(s);
}

// The fields of an entry that the checks of other documents read (src/check: lookup.cpp, phrases.cpp and the
// RS2xx checks that look at the register): not the onderwerp and afzender.
void feed_entry(hash::Sha256& h, const model::RegisterEntry& e) {
    feed(h, e.gemeente);
    feed(h, e.zaaknummer);
    feed(h, e.documentnummer);
    feed(h, e.kind);
    feed(h, e.date.iso());
    feed(h, e.source_file);
    feed(h, e.pointer);
    feed(h, e.zaaknummer_pointer);
    feed(h, e.documentnummer_pointer);
    feed(h, e.date_pointer);
    feed(h, std::to_string(e.statuses.size()));
    for (const auto& s : e.statuses) {
        feed(h, s.domain);
        feed(h, s.status);
        feed(h, s.pointer);
    }
}

}  // namespace

LeanFile lean_file(const std::string& text, const std::string& name, bool register_file) {
    LeanFile lean;
    diag::Diagnostics ignored;  // check_file loads the file again and reports them
    if (register_file) {
        if (auto entries = load::load_register(text, name, ignored)) {
            lean.state = LeanFile::State::loaded;
            lean.entries = std::move(*entries);
        }
        return lean;
    }
    const auto kind = load::detect_kind(text);
    if (kind && *kind == "raadsvoorstel") {
        lean.facts.emplace();
        if (const auto voorstel = load::load_raadsvoorstel(text, name, ignored, &*lean.facts)) {
            lean.state = LeanFile::State::loaded;
            lean.entries.push_back(resolve::register_entry(*voorstel));
        }
    } else if (!kind || *kind == "raadsinformatiebrief") {
        lean.facts.emplace();
        if (const auto brief = load::load_raadsinformatiebrief(text, name, ignored, &*lean.facts)) {
            lean.state = LeanFile::State::loaded;
            lean.entries.push_back(resolve::register_entry(*brief));
        }
    } else {
        lean.state = LeanFile::State::unknown_kind;
        lean.unknown_kind = *kind;
    }
    return lean;
}

bool RegisterRoot::is_register_file(const fs::path& relative) {
    return under(relative, load::kRegisterDirectory);
}

std::string RegisterRoot::name(const fs::path& relative) const {
    if (root_.empty() || root_ == ".") return relative.generic_string();
    return (root_ / relative).generic_string();
}

RegisterRoot::RegisterRoot(fs::path data_root) : root_(std::move(data_root)) {}

std::unique_ptr<RegisterRoot> RegisterRoot::read(const fs::path& data_root, const LeanLookup& lookup,
                                                 const LeanSeen& seen) {
    std::unique_ptr<RegisterRoot> root(new RegisterRoot(data_root));
    std::error_code ec;
    const fs::path start = data_root.empty() ? fs::path(".") : data_root;
    for (auto it = fs::recursive_directory_iterator(start, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file(ec) || it->path().extension() != ".json") continue;
        const fs::path relative = it->path().lexically_relative(start);
        if (skipped(relative)) continue;
        if (under(relative, "gemeenten") && !is_gemeente_file(relative)) continue;
        diag::Diagnostics unreadable;  // it vanished while walking (RS001), it is too large (RS018)
        auto text = load::read_file(it->path(), unreadable);
        if (is_gemeente_file(relative)) {
            root->add_gemeente(relative, text ? std::move(*text) : std::string(), std::move(unreadable));
            continue;
        }
        if (!text) {
            root->add_file(relative, LeanFile{});
            continue;
        }
        if (!lookup) {
            root->add_file(relative, lean_file(*text, root->name(relative), is_register_file(relative)));
            continue;
        }
        const Digest sha256 = Digest::of(*text);
        std::optional<LeanFile> lean = lookup(data_root, relative, *text, sha256);
        if (!lean) {
            lean = lean_file(*text, root->name(relative), is_register_file(relative));
            // A document of no known kind was not loaded: its facts from its text.
            if (!lean->facts && !is_register_file(relative)) lean->facts = load::document_facts(*text);
            if (seen) seen(data_root, relative, *text, sha256, *lean);
        }
        root->add_file(relative, std::move(*lean), sha256);
    }
    root->finish();
    return root;
}

RegisterRoot::RegisterRoot(fs::path data_root, std::vector<DataFile> files) : root_(std::move(data_root)) {
    for (auto& f : files) {
        if (skipped(f.relative) || (under(f.relative, "gemeenten") && !is_gemeente_file(f.relative))) continue;
        if (is_gemeente_file(f.relative)) add_gemeente(f.relative, std::move(f.text), std::move(f.unreadable));
        else if (!f.unreadable.empty()) add_file(f.relative, LeanFile{});
        else add_file(f.relative, lean_file(f.text, name(f.relative), is_register_file(f.relative)));
    }
    finish();
}

RegisterRoot::~RegisterRoot() = default;

bool RegisterRoot::PathOrder::operator()(const std::string& a, const std::string& b) const {
    return path_order_less(a, b);
}

void RegisterRoot::add_gemeente(const fs::path& relative, std::string text, diag::Diagnostics unreadable) {
    auto g = std::make_unique<Gemeente>();
    g->name = name(relative);
    g->text = std::move(text);
    if (!unreadable.empty()) g->diagnostics = std::move(unreadable);
    else g->gemeente = load::load_gemeente(g->text, g->name, g->diagnostics);
    if (g->gemeente) load::check_referenced_files(*g->gemeente, g->diagnostics);
    if (diag::has_errors(g->diagnostics)) g->gemeente.reset();
    g->positions = std::make_unique<load::JsonPositions>(g->text);
    g->positions->value("");  // indexed now, so that reading it later from several threads only reads
    gemeenten_[relative.stem().string()] = std::move(g);
}

void RegisterRoot::add_file(const fs::path& relative, LeanFile lean, const Digest& sha256) {
    auto file = std::make_unique<File>();
    file->name = name(relative);
    file->register_file = is_register_file(relative);
    file->state = lean.state;
    file->sha256 = sha256;
    if (lean.facts && !sha256.missing() && !file->register_file) file->facts = &*facts_.insert(std::move(*lean.facts)).first;
    for (auto& e : lean.entries) {
        e.source_file = file->name;  // a cached entry may come from a root named otherwise
        if (std::find(file->gemeenten.begin(), file->gemeenten.end(), e.gemeente) == file->gemeenten.end())
            file->gemeenten.push_back(e.gemeente);
    }
    file->entries = std::move(lean.entries);
    files_[relative.lexically_normal().generic_string()] = std::move(file);
}

void RegisterRoot::finish() {
    hash::Sha256 h;
    h.update("raadsstuk-checks-digest/1\n");
    std::map<std::string, model::Gemeente> loaded_gemeenten;
    for (const auto& [id, g] : gemeenten_) {
        feed(h, g->name);
        feed(h, hash::sha256_hex(g->text));
        feed(h, g->gemeente ? "geladen" : "fout");
        if (g->gemeente) loaded_gemeenten.emplace(id, *g->gemeente);
    }
    // The register in a fixed order, whatever order the files came in: by file, then as in the file. Each
    // file's entries are handed to the register and released one file at a time, never held twice.
    std::size_t count = 0;
    for (const auto& [relative, f] : files_) count += f->entries.size();
    register_ = std::make_unique<resolve::Register>(
        count,
        [&](const resolve::Register::EntrySink& add) {
            for (auto& [relative, f] : files_) {
                feed(h, f->name);
                feed(h, std::to_string(static_cast<int>(f->state)));
                for (auto& e : f->entries) {
                    feed_entry(h, e);
                    add(std::move(e));
                }
                std::vector<model::RegisterEntry>().swap(f->entries);  // released, not only emptied
            }
        },
        loaded_gemeenten);
    digest_ = Digest{h.digest()};
    context_ = std::make_unique<check::Context>(*register_);
}

const RegisterRoot::File* RegisterRoot::find(const fs::path& relative) const {
    const auto it = files_.find(relative.lexically_normal().generic_string());
    return it == files_.end() ? nullptr : it->second.get();
}

std::optional<RegisterRoot::DataFileFacts> RegisterRoot::data_file(const fs::path& relative) const {
    const File* file = find(relative);
    if (!file || !file->facts) return std::nullopt;
    return DataFileFacts{file->sha256, file->facts};
}

const RegisterRoot::Gemeente* RegisterRoot::gemeente(const std::string& id) const {
    const auto it = gemeenten_.find(id);
    return it == gemeenten_.end() ? nullptr : it->second.get();
}

Finding RegisterRoot::placed(diag::Diagnostic d, const std::string& own_name, const load::JsonPositions* own) const {
    Finding f{std::move(d), 0, 0};
    const auto& at = f.diagnostic.location;
    if (at.line > 0) {
        f.line = at.line;
        f.column = std::max(at.column, 1);
        return f;
    }
    const load::JsonPositions* positions = own && at.file == own_name ? own : nullptr;
    if (!positions)
        for (const auto& [id, g] : gemeenten_)
            if (g->name == at.file) positions = g->positions.get();
    if (positions) {
        const auto p = positions->value(at.json_pointer);
        f.line = p.line;
        f.column = p.column;
    }
    return f;
}

std::vector<Finding> RegisterRoot::check_file(const fs::path& relative) const {
    diag::Diagnostics ds;
    const auto text = load::read_file(root_ / relative, ds);
    if (!text) {
        if (ds.empty()) ds.push_back(diag::make("RS001", {name(relative), "", 0, 0}, "bestand kan niet worden gelezen"));
        std::vector<Finding> out;
        for (auto& d : ds) out.push_back(placed(std::move(d), "", nullptr));
        return out;
    }
    return check_file(relative, *text);
}

std::vector<Finding> RegisterRoot::check_file(const fs::path& relative, const std::string& text,
                                              LoadedDocument* loaded) const {
    const File* f = find(relative);
    const std::string file_name = name(relative);
    diag::Diagnostics ds;
    const load::JsonPositions positions(text);
    const auto done = [&] {
        std::vector<Finding> out;
        for (auto& d : ds) out.push_back(placed(std::move(d), file_name, &positions));
        return out;
    };
    if (!f) {
        ds.push_back(diag::make("RS001", {file_name, "", 0, 0}, "bestand kan niet worden gelezen"));
        return done();
    }
    const auto append = [&](diag::Diagnostics more) { ds.insert(ds.end(), more.begin(), more.end()); };

    if (f->register_file) {
        const auto entries = load::load_register(text, f->name, ds);
        if (!entries) return done();
        bool reported = false;
        for (const auto& e : *entries) {
            const Gemeente* g = gemeente(e.gemeente);
            if (!g && !reported) {
                load::locate_gemeente(root_, e.gemeente, f->name, ds);  // RS008, with the gemeenten there are
                reported = true;
            }
            const resolve::RegisteredDocument* entry = register_->find(f->name, e.pointer);
            if (!entry) continue;
            const model::Gemeente* loaded = g && g->gemeente ? &*g->gemeente : nullptr;
            append(check::run_checks(check::Subject(*entry, loaded), *context_));
        }
        return done();
    }
    const auto kind = load::detect_kind(text);
    std::optional<model::Raadsinformatiebrief> brief;
    std::optional<model::Raadsvoorstel> voorstel;
    if (kind && *kind == "raadsvoorstel") {
        voorstel = load::load_raadsvoorstel(text, f->name, ds);
    } else if (!kind || *kind == "raadsinformatiebrief") {
        brief = load::load_raadsinformatiebrief(text, f->name, ds);
    } else {
        ds.push_back(diag::make("RS604", {f->name, "/soort", 0, 0},
                                "\"" + *kind + "\" is geen soort document die raadsstuk bouwt",
                                "gebruik \"soort\": \"raadsinformatiebrief\" of \"raadsvoorstel\""));
        return done();
    }
    if (!brief && !voorstel) return done();
    const diag::Diagnostics load_diagnostics = loaded ? ds : diag::Diagnostics();
    const std::string& id = brief ? brief->gemeente : voorstel->gemeente;
    const Gemeente* g = gemeente(id);
    if (!g) {
        load::locate_gemeente(root_, id, f->name, ds);  // RS008, with the gemeenten there are
        return done();
    }
    if (!g->gemeente) return done();  // its own errors are reported with the gemeente file
    const resolve::RegisteredDocument* entry = register_->find(f->name, "");
    if (!entry) return done();
    if (brief) {
        resolve::resolve_brief(*brief, *g->gemeente, ds);
        append(check::run_checks(check::Subject(*entry, *g->gemeente, *brief, positions), *context_));
    } else {
        resolve::resolve_voorstel(*voorstel, *g->gemeente, ds);
        append(check::run_checks(check::Subject(*entry, *g->gemeente, *voorstel, positions), *context_));
    }
    if (loaded) *loaded = LoadedDocument{f->name, std::move(brief), std::move(voorstel), load_diagnostics};
    return done();
}

std::vector<Finding> RegisterRoot::gemeente_diagnostics(const std::vector<fs::path>& relatives) const {
    std::vector<std::string> ids;
    for (const auto& r : relatives)
        if (const File* f = find(r)) ids.insert(ids.end(), f->gemeenten.begin(), f->gemeenten.end());
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::vector<Finding> out;
    for (const auto& id : ids)
        if (const Gemeente* g = gemeente(id))
            for (const auto& d : g->diagnostics) out.push_back(placed(d, "", nullptr));
    return out;
}

std::vector<Finding> RegisterRoot::missing_from_register(const std::vector<fs::path>& relatives) const {
    std::vector<Finding> out;
    for (const auto& [relative_name, f] : files_) {
        const fs::path relative(relative_name);
        if (f->state == LeanFile::State::loaded || std::find(relatives.begin(), relatives.end(), relative) != relatives.end())
            continue;
        auto d = diag::make("RS224", {f->name, "", 0, 0}, "bestand kan niet worden geladen en ontbreekt daarom in het register",
                            "verwijzingen ernaar worden niet gevonden; 'raadsstuk check " + f->name +
                                "' laat zien wat eraan mankeert");
        diag::Diagnostics ignored;
        const auto text = load::read_file(root_ / relative, ignored);
        const load::JsonPositions positions(text ? *text : std::string_view());
        out.push_back(placed(std::move(d), f->name, &positions));
    }
    return out;
}

}  // namespace raadsstuk::build
