#include "build/build_job.hpp"

#include "build/build_context.hpp"
#include "build/build_document.hpp"
#include "build/check_job.hpp"

namespace raadsstuk::build {

BuildSummary run_build(const BuildOptions& options, const model::Environment& env, Reporter& reporter) {
    BuildSummary summary;
    const std::vector<DocumentSource> sources = discover_documents(options.inputs, summary.general);
    BuildContext context(env, summary.general);
    DocumentChecks checks;
    reporter.begin(sources.size());
    for (std::size_t i = 0; i < sources.size(); ++i) {
        // The checks first. An error they find holds the document back (with everything found about it);
        // otherwise their warnings go before what the build itself reports.
        diag::Diagnostics checked = checks.check(sources[i]);
        diag::Diagnostics findings;
        for (auto& d : checked)
            if (is_check_code(d)) findings.push_back(d);
        DocumentOutcome outcome;
        if (diag::has_errors(findings) && !options.force) {
            outcome.source = sources[i];
            outcome.diagnostics = std::move(checked);
            summary.held_back += 1;
        } else {
            outcome = build_document(sources[i], options.out_dir, context);
            outcome.diagnostics.insert(outcome.diagnostics.begin(), findings.begin(), findings.end());
        }
        (outcome.built ? summary.built : summary.failed) += 1;
        reporter.document_done(outcome, i, sources.size());
    }
    return summary;
}

}  // namespace raadsstuk::build
