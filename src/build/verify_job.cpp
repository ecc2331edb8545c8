#include "build/verify_job.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <system_error>
#include <thread>

#include "build/build_context.hpp"
#include "build/build_document.hpp"
#include "build/build_job.hpp"
#include "build/input_hashes.hpp"
#include "build/manifest.hpp"
#include "build/ordered_pool.hpp"
#include "build/digest.hpp"
#include "load/load.hpp"

namespace raadsstuk::build {
namespace fs = std::filesystem;
namespace {

struct Listed {
    fs::path manifest_dir;
    const DocumentRecord* record = nullptr;
};

// The names of the entries that differ between two maps of hashes (changed, added or removed).
std::string changed_names(const std::map<std::string, std::string>& was, const std::map<std::string, std::string>& now) {
    std::set<std::string> names;
    for (const auto& [k, v] : was)
        if (!now.count(k) || now.at(k) != v) names.insert(k);
    for (const auto& [k, v] : now)
        if (!was.count(k)) names.insert(k);
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

// Why a regenerated output may differ: the inputs of the manifest against those of now.
std::string reasons(const DocumentInputs& was_inputs, const DocumentInputs& now_inputs) {
    std::vector<std::string> r;
    if (was_inputs.data != now_inputs.data) r.push_back("invoer gewijzigd: het gegevensbestand");
    const CommonInputs& was = *was_inputs.common;
    const CommonInputs& now = *now_inputs.common;
    if (was.house_style != now.house_style)
        r.push_back("invoer gewijzigd: de huisstijl (" + changed_names(was.house_style, now.house_style) + ")");
    if (was.fonts != now.fonts) r.push_back("invoer gewijzigd: lettertype (" + changed_names(was.fonts, now.fonts) + ")");
    if (was.hyphenation != now.hyphenation) r.push_back("invoer gewijzigd: de afbreekpatronen");
    if (was.templates != now.templates)
        r.push_back("sjabloon gewijzigd (" + changed_names(was.templates, now.templates) + ")");
    if (was.engine != now.engine) r.push_back("engine gewijzigd (versie " + was.engine + ", nu " + now.engine + ")");
    else if (was.engine_build != now.engine_build)
        r.push_back("engine gewijzigd (versie " + now.engine + ", maar een ander gebouwd programma)");
    if (r.empty()) return "onverklaard: alle vastgelegde invoer is gelijk, de bytes niet";
    std::string out;
    for (const auto& s : r) out += (out.empty() ? "" : "; ") + s;
    return out;
}

class Verifier {
public:
    Verifier(const model::Environment& env, const VerifyOptions& options, diag::Diagnostics& general)
        : context_(env, general), hashes_(env, options.engine_version, options.engine_build) {}

    VerifiedDocument verify(const Listed& listed) {
        const DocumentRecord& record = *listed.record;
        DocumentSource source;
        source.data_root = (listed.manifest_dir / record.data_root).lexically_normal();
        source.relative = record.source;
        source.file = (source.data_root / record.source).lexically_normal();
        VerifiedDocument v;
        v.source = source.file.generic_string();
        auto& ds = v.diagnostics;
        const diag::Location at{v.source, "", 0, 0};

        std::error_code ec;
        if (!fs::is_regular_file(source.file, ec)) {
            ds.push_back(diag::make("RS609", at, "document kan niet opnieuw worden gemaakt: het gegevensbestand ontbreekt",
                                    "het manifest verwijst naar gegevens relatief aan de uitvoermap (" +
                                        record.data_root + ")"));
            return v;
        }
        std::string kind;
        const DocumentInputs now = hashes_.inputs_of(source, kind);
        GeneratedDocument generated = generate_document(source, listed.manifest_dir, context_);
        if (!generated.outcome.built) {
            ds = std::move(generated.outcome.diagnostics);
            ds.push_back(diag::make("RS609", at, "document kan niet opnieuw worden gemaakt (zie hierboven); " +
                                                     reasons(record.inputs, now)));
            return v;
        }
        std::map<std::string, const std::string*> made;
        for (const auto& [path, bytes] : generated.files) made.emplace(relative_to(path, listed.manifest_dir), &bytes);
        for (const auto& o : record.outputs) {
            const auto it = made.find(o.path);
            if (it == made.end()) {
                ds.push_back(diag::make("RS608", at, o.path + " wordt niet meer gemaakt: " + reasons(record.inputs, now)));
                continue;
            }
            if (Digest::of(*it->second) != o.sha256 || it->second->size() != o.bytes)
                ds.push_back(diag::make("RS608", at, o.path + " verschilt van het manifest: " + reasons(record.inputs, now)));
            const fs::path on_disk = listed.manifest_dir / o.path;
            if (!fs::exists(on_disk, ec)) continue;  // an archive may keep only the manifest
            diag::Diagnostics unreadable;
            const auto bytes = load::read_file(on_disk, unreadable, load::kAnySize);
            if (!bytes || Digest::of(*bytes) != o.sha256)
                ds.push_back(diag::make("RS610", {on_disk.generic_string(), "", 0, 0},
                                        "uitvoerbestand wijkt af van het manifest (gewijzigd na het bouwen)",
                                        "'raadsstuk build' maakt het opnieuw"));
        }
        for (const auto& [path, bytes] : made) {
            const bool listed_output = std::any_of(record.outputs.begin(), record.outputs.end(),
                                                   [&](const OutputRecord& o) { return o.path == path; });
            if (!listed_output)
                ds.push_back(diag::make("RS608", at, path + " staat niet in het manifest: " + reasons(record.inputs, now)));
        }
        v.equal = ds.empty();
        return v;
    }

    void collapse(diag::Diagnostics& ds) { context_.collapse_repeated_gemeente_reports(ds, reported_); }

private:
    BuildContext context_;
    InputHashes hashes_;
    std::set<std::string> reported_;
};

}  // namespace

int VerifySummary::equal() const {
    return static_cast<int>(std::count_if(documents.begin(), documents.end(), [](const auto& d) { return d.equal; }));
}
int VerifySummary::different() const { return static_cast<int>(documents.size()) - equal(); }

VerifySummary run_verify(const VerifyOptions& options, const model::Environment& env) {
    VerifySummary summary;
    std::vector<Manifest> manifests;
    std::vector<fs::path> dirs;
    for (const auto& file : options.manifests) {
        diag::Diagnostics read;
        const auto text = load::read_file(file, read, load::kAnySize);
        std::optional<Manifest> m;
        if (text) m = parse_manifest(*text, file.generic_string(), "RS607", read);
        if (!text) {
            read.clear();
            read.push_back(diag::make("RS607", {file.generic_string(), "", 0, 0},
                                      "manifest kan niet worden gelezen: het bestand bestaat niet of is onleesbaar",
                                      "een manifest schrijft 'raadsstuk build' zelf in zijn uitvoermap"));
        }
        summary.general.insert(summary.general.end(), read.begin(), read.end());
        if (!m) continue;
        manifests.push_back(std::move(*m));
        dirs.push_back(file.parent_path().empty() ? fs::path(".") : file.parent_path());
    }
    std::vector<Listed> listed;
    for (std::size_t i = 0; i < manifests.size(); ++i)
        for (const auto& [key, record] : manifests[i].documents) listed.push_back({dirs[i], &record});

    Verifier verifier(env, options, summary.general);
    const unsigned jobs = options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    summary.documents.resize(listed.size());
    run_ordered<VerifiedDocument>(
        listed.size(), jobs, [&](std::size_t i) { return verifier.verify(listed[i]); },
        [&](std::size_t i, VerifiedDocument& v) {
            verifier.collapse(v.diagnostics);
            summary.documents[i] = std::move(v);
        },
        [] { return false; }, [](std::size_t) {});
    return summary;
}

}  // namespace raadsstuk::build
