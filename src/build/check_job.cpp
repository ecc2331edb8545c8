#include "build/check_job.hpp"

#include <algorithm>
#include <set>
#include <system_error>
#include <tuple>

#include "load/load.hpp"

namespace raadsstuk::build {
namespace fs = std::filesystem;
namespace {

struct Target {
    fs::path root;
    fs::path relative;
    auto operator<=>(const Target&) const = default;
};

// The register file `file` as a target, when it is one.
std::optional<Target> register_target(const fs::path& file) {
    const auto root = load::find_data_root(file);
    if (!root) return std::nullopt;
    const fs::path relative = file.lexically_relative(*root).lexically_normal();
    if (!RegisterRoot::is_register_file(relative)) return std::nullopt;
    return Target{*root, relative};
}

bool mentions_register(const fs::path& p) {
    for (const auto& part : p)
        if (part == "register") return true;
    return false;
}

auto sort_key(const Finding& f) {
    const auto& d = f.diagnostic;
    return std::tie(d.location.file, f.line, f.column, d.code, d.location.json_pointer, d.message);
}

bool same(const Finding& a, const Finding& b) { return sort_key(a) == sort_key(b) && a.diagnostic.hint == b.diagnostic.hint; }

void sort_findings(std::vector<Finding>& fs) {
    std::stable_sort(fs.begin(), fs.end(), [](const Finding& a, const Finding& b) { return sort_key(a) < sort_key(b); });
    fs.erase(std::unique(fs.begin(), fs.end(), same), fs.end());
}

}  // namespace

int CheckSummary::errors() const {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(), [](const Finding& f) {
        return f.diagnostic.severity == diag::Severity::error;
    }));
}

int CheckSummary::warnings() const { return static_cast<int>(findings.size()) - errors(); }

bool is_check_code(const diag::Diagnostic& d) { return d.code.size() == 5 && d.code.compare(0, 3, "RS2") == 0; }

CheckSummary run_check(const CheckOptions& options) {
    diag::Diagnostics general;
    std::set<Target> targets;
    std::vector<std::string> document_inputs;
    for (const auto& input : options.inputs) {
        const fs::path path(input);
        std::error_code ec;
        if (fs::is_regular_file(path, ec)) {
            if (const auto t = register_target(path)) {
                targets.insert(*t);
                continue;
            }
        } else if (fs::is_directory(path, ec)) {
            std::vector<fs::path> files;
            for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
                if (it->is_regular_file(ec) && it->path().extension() == ".json" && mentions_register(it->path()))
                    files.push_back(it->path());
            }
            for (const auto& f : files)
                if (const auto t = register_target(f)) targets.insert(*t);
        }
        document_inputs.push_back(input);
    }
    if (!document_inputs.empty()) {
        for (const auto& s : discover_documents(document_inputs, general))
            targets.insert(Target{s.data_root, s.relative.lexically_normal()});
    }

    std::map<fs::path, std::unique_ptr<RegisterRoot>> roots;
    std::map<fs::path, std::vector<fs::path>> checked;  // per root
    for (const auto& t : targets) {
        if (!roots.count(t.root)) roots.emplace(t.root, RegisterRoot::read(t.root));
        checked[t.root].push_back(t.relative);
    }
    CheckSummary summary;
    summary.files = targets.size();
    for (auto& d : general) {
        const int line = d.location.line, column = line > 0 ? std::max(d.location.column, 1) : 0;
        summary.findings.push_back(Finding{std::move(d), line, column});
    }
    const auto append = [&](std::vector<Finding> more) {
        summary.findings.insert(summary.findings.end(), std::make_move_iterator(more.begin()),
                                std::make_move_iterator(more.end()));
    };
    for (const auto& t : targets) append(roots.at(t.root)->check_file(t.relative));
    for (const auto& [root, relatives] : checked) {
        append(roots.at(root)->gemeente_diagnostics(relatives));
        append(roots.at(root)->missing_from_register(relatives));
    }
    sort_findings(summary.findings);
    return summary;
}

DocumentChecks::DocumentChecks(RegisterRoot::LeanLookup lookup, RegisterRoot::LeanSeen seen, RootRead read)
    : lookup_(std::move(lookup)), seen_(std::move(seen)), read_(std::move(read)) {}
DocumentChecks::~DocumentChecks() = default;

const RegisterRoot& DocumentChecks::root_of(const fs::path& data_root) {
    // Loaded under the lock: the first document of a root reads it, the others wait for it.
    const std::lock_guard lock(mutex_);
    auto& slot = roots_[data_root];
    if (!slot) {
        slot = RegisterRoot::read(data_root, lookup_, seen_);
        if (read_) read_(data_root);
    }
    return *slot;
}

Digest DocumentChecks::checks_digest(const DocumentSource& source) { return root_of(source.data_root).checks_digest(); }

std::optional<RegisterRoot::DataFileFacts> DocumentChecks::data_file(const DocumentSource& source) {
    return root_of(source.data_root).data_file(source.relative);
}

diag::Diagnostics DocumentChecks::check(const DocumentSource& source, const std::string* text, LoadedDocument* loaded) {
    const RegisterRoot& root = root_of(source.data_root);
    const fs::path relative = source.relative.lexically_normal();
    std::vector<Finding> found = text ? root.check_file(relative, *text, loaded) : root.check_file(relative);
    checked_ += 1;
    sort_findings(found);
    diag::Diagnostics out;
    for (auto& f : found) out.push_back(std::move(f.diagnostic));
    return out;
}

}  // namespace raadsstuk::build
