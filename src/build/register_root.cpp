#include "build/register_root.hpp"

#include <algorithm>
#include <system_error>

#include "check/checks.hpp"
#include "load/load.hpp"
#include "load/register_file.hpp"
#include "resolve/resolve.hpp"

namespace raadsstuk::build {
namespace fs = std::filesystem;

struct RegisterRoot::Gemeente {
    std::string name;  // file name for diagnostics
    std::string text;
    std::optional<model::Gemeente> gemeente;  // nothing when it has errors
    diag::Diagnostics diagnostics;
    std::unique_ptr<load::JsonPositions> positions;
};

struct RegisterRoot::File {
    fs::path relative;
    std::string name;
    std::string text;
    bool register_file = false;
    std::optional<std::string> unknown_kind;  // a "soort" that is no document
    std::optional<model::Raadsinformatiebrief> brief;
    std::optional<model::Raadsvoorstel> voorstel;
    std::optional<std::vector<model::RegisterEntry>> entries;
    diag::Diagnostics load_diagnostics;
    std::unique_ptr<load::JsonPositions> positions;
    bool loaded() const { return brief || voorstel || entries; }
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

}  // namespace

bool RegisterRoot::is_register_file(const fs::path& relative) {
    return under(relative, load::kRegisterDirectory);
}

std::string RegisterRoot::name(const fs::path& relative) const {
    if (root_.empty() || root_ == ".") return relative.generic_string();
    return (root_ / relative).generic_string();
}

std::unique_ptr<RegisterRoot> RegisterRoot::read(const fs::path& data_root) {
    std::vector<DataFile> files;
    std::error_code ec;
    const fs::path start = data_root.empty() ? fs::path(".") : data_root;
    for (auto it = fs::recursive_directory_iterator(start, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file(ec) || it->path().extension() != ".json") continue;
        const fs::path relative = it->path().lexically_relative(start);
        if (skipped(relative)) continue;
        diag::Diagnostics unreadable;  // it vanished while walking (RS001), it is too large (RS018)
        auto text = load::read_file(it->path(), unreadable);
        files.push_back({relative, text ? std::move(*text) : std::string(), std::move(unreadable)});
    }
    return std::make_unique<RegisterRoot>(data_root, std::move(files));
}

RegisterRoot::RegisterRoot(fs::path data_root, std::vector<DataFile> files) : root_(std::move(data_root)) {
    std::sort(files.begin(), files.end(), [](const DataFile& a, const DataFile& b) { return a.relative < b.relative; });
    // The gemeenten first: the register reads zaaknummers with their patterns.
    std::map<std::string, model::Gemeente> loaded_gemeenten;
    for (auto& f : files) {
        if (!under(f.relative, "gemeenten") || f.relative.parent_path() != fs::path("gemeenten")) continue;
        auto g = std::make_unique<Gemeente>();
        g->name = name(f.relative);
        g->text = std::move(f.text);
        if (!f.unreadable.empty()) g->diagnostics = std::move(f.unreadable);
        else g->gemeente = load::load_gemeente(g->text, g->name, g->diagnostics);
        if (g->gemeente) load::check_referenced_files(*g->gemeente, g->diagnostics);
        if (diag::has_errors(g->diagnostics)) g->gemeente.reset();
        if (g->gemeente) loaded_gemeenten.emplace(f.relative.stem().string(), *g->gemeente);
        g->positions = std::make_unique<load::JsonPositions>(g->text);
        positions_by_name_.emplace(g->name, g->positions.get());
        gemeenten_.emplace(f.relative.stem().string(), std::move(g));
    }
    std::vector<model::RegisterEntry> entries;
    for (auto& f : files) {
        if (under(f.relative, "gemeenten")) continue;
        auto file = std::make_unique<File>();
        file->relative = f.relative;
        file->name = name(f.relative);
        file->text = std::move(f.text);
        file->register_file = is_register_file(f.relative);
        auto& ds = file->load_diagnostics;
        const auto kind = load::detect_kind(file->text);
        if (!f.unreadable.empty()) {
            ds = std::move(f.unreadable);
        } else if (file->register_file) {
            file->entries = load::load_register(file->text, file->name, ds);
            if (file->entries) entries.insert(entries.end(), file->entries->begin(), file->entries->end());
        } else if (kind && *kind == "raadsvoorstel") {
            file->voorstel = load::load_raadsvoorstel(file->text, file->name, ds);
            if (file->voorstel) entries.push_back(resolve::register_entry(*file->voorstel));
        } else if (!kind || *kind == "raadsinformatiebrief") {
            file->brief = load::load_raadsinformatiebrief(file->text, file->name, ds);
            if (file->brief) entries.push_back(resolve::register_entry(*file->brief));
        } else {
            file->unknown_kind = *kind;
        }
        file->positions = std::make_unique<load::JsonPositions>(file->text);
        positions_by_name_.emplace(file->name, file->positions.get());
        files_.emplace(f.relative, std::move(file));
    }
    register_ = std::make_unique<resolve::Register>(std::move(entries), loaded_gemeenten);
    context_ = std::make_unique<check::Context>(*register_);
}

RegisterRoot::~RegisterRoot() = default;

const RegisterRoot::File* RegisterRoot::find(const fs::path& relative) const {
    const auto it = files_.find(relative.lexically_normal());
    return it == files_.end() ? nullptr : it->second.get();
}

const RegisterRoot::Gemeente* RegisterRoot::gemeente(const std::string& id) const {
    const auto it = gemeenten_.find(id);
    return it == gemeenten_.end() ? nullptr : it->second.get();
}

diag::Diagnostics RegisterRoot::check_file(const fs::path& relative) const {
    const File* f = find(relative);
    if (!f) {
        diag::Diagnostics ds;
        load::read_file(root_ / relative, ds);  // says why (it vanished, is unreadable)
        if (ds.empty()) ds.push_back(diag::make("RS001", {name(relative), "", 0, 0}, "bestand kan niet worden gelezen"));
        return ds;
    }
    diag::Diagnostics ds = f->load_diagnostics;
    if (f->unknown_kind) {
        ds.push_back(diag::make("RS604", {f->name, "/soort", 0, 0},
                                "\"" + *f->unknown_kind + "\" is geen soort document die raadsstuk bouwt",
                                "gebruik \"soort\": \"raadsinformatiebrief\" of \"raadsvoorstel\""));
        return ds;
    }
    if (!f->loaded()) return ds;
    const auto append = [&](diag::Diagnostics more) { ds.insert(ds.end(), more.begin(), more.end()); };

    if (f->entries) {
        bool reported = false;
        for (const auto& e : *f->entries) {
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
        return ds;
    }
    const std::string& id = f->brief ? f->brief->gemeente : f->voorstel->gemeente;
    const Gemeente* g = gemeente(id);
    if (!g) {
        load::locate_gemeente(root_, id, f->name, ds);  // RS008, with the gemeenten there are
        return ds;
    }
    if (!g->gemeente) return ds;  // its own errors are reported with the gemeente file
    const resolve::RegisteredDocument* entry = register_->find(f->name, "");
    if (!entry) return ds;
    if (f->brief) {
        resolve::resolve_brief(*f->brief, *g->gemeente, ds);
        append(check::run_checks(check::Subject(*entry, *g->gemeente, *f->brief, *f->positions), *context_));
    } else {
        resolve::resolve_voorstel(*f->voorstel, *g->gemeente, ds);
        append(check::run_checks(check::Subject(*entry, *g->gemeente, *f->voorstel, *f->positions), *context_));
    }
    return ds;
}

diag::Diagnostics RegisterRoot::gemeente_diagnostics(const std::vector<fs::path>& relatives) const {
    std::vector<std::string> ids;
    for (const auto& r : relatives) {
        const File* f = find(r);
        if (!f) continue;
        if (f->brief) ids.push_back(f->brief->gemeente);
        if (f->voorstel) ids.push_back(f->voorstel->gemeente);
        if (f->entries)
            for (const auto& e : *f->entries) ids.push_back(e.gemeente);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    diag::Diagnostics out;
    for (const auto& id : ids)
        if (const Gemeente* g = gemeente(id)) out.insert(out.end(), g->diagnostics.begin(), g->diagnostics.end());
    return out;
}

diag::Diagnostics RegisterRoot::missing_from_register(const std::vector<fs::path>& relatives) const {
    diag::Diagnostics out;
    for (const auto& [relative, f] : files_) {
        if (f->loaded() || std::find(relatives.begin(), relatives.end(), relative) != relatives.end()) continue;
        out.push_back(diag::make("RS224", {f->name, "", 0, 0},
                                 "bestand kan niet worden geladen en ontbreekt daarom in het register",
                                 "verwijzingen ernaar worden niet gevonden; 'raadsstuk check " + f->name +
                                     "' laat zien wat eraan mankeert"));
    }
    return out;
}

std::optional<load::TextPosition> RegisterRoot::position(const diag::Diagnostic& d) const {
    if (d.location.line > 0) return load::TextPosition{d.location.line, std::max(d.location.column, 1)};
    const auto it = positions_by_name_.find(d.location.file);
    if (it == positions_by_name_.end()) return std::nullopt;
    return it->second->value(d.location.json_pointer);
}

}  // namespace raadsstuk::build
