#include "build/build_job.hpp"

#include "build/build_context.hpp"
#include "build/build_document.hpp"

namespace raadsstuk::build {

BuildSummary run_build(const BuildOptions& options, const model::Environment& env, Reporter& reporter) {
    BuildSummary summary;
    const std::vector<DocumentSource> sources = discover_documents(options.inputs, summary.general);
    BuildContext context(env, summary.general);
    reporter.begin(sources.size());
    for (std::size_t i = 0; i < sources.size(); ++i) {
        DocumentOutcome outcome = build_document(sources[i], options.out_dir, context);
        (outcome.built ? summary.built : summary.failed) += 1;
        reporter.document_done(outcome, i, sources.size());
    }
    return summary;
}

}  // namespace raadsstuk::build
