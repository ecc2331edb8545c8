#include "diff/diff_job.hpp"

#include "build/build_context.hpp"
#include "build/output_file.hpp"
#include "diff/diff_side.hpp"
#include "diff/html_redline.hpp"
#include "diff/pdf_redline.hpp"

namespace raadsstuk::diff {

RedlineFormat redline_format_of(const std::filesystem::path& file) {
    const std::string ext = file.extension().string();
    if (ext == ".html" || ext == ".htm") return RedlineFormat::html;
    if (ext == ".pdf") return RedlineFormat::pdf;
    return RedlineFormat::none;
}

DiffOutcome run_diff(const DiffRequest& request, const model::Environment& env) {
    DiffOutcome outcome;
    auto& ds = outcome.diagnostics;
    build::BuildContext context(env, ds);
    const auto old_side = read_side(request.old_spec, context, ds);
    const auto new_side = read_side(request.new_spec, context, ds);
    if (!old_side || !new_side) return outcome;
    outcome.diff = diff_documents(old_side->markdown, new_side->markdown);
    if (request.redline_format == RedlineFormat::none) return outcome;

    const RedlineNames names{request.old_spec, request.new_spec};
    std::optional<std::string> bytes;
    if (request.redline_format == RedlineFormat::html) {
        bytes = html_redline(*outcome.diff, names);
    } else {
        const model::Gemeente* gemeente = new_side->gemeente ? &*new_side->gemeente
                                          : old_side->gemeente ? &*old_side->gemeente
                                                               : nullptr;
        const auto date = new_side->date ? new_side->date : old_side->date;
        bytes = pdf_redline(*outcome.diff, names, gemeente, date.value_or(model::Date{}), context, ds);
    }
    if (!bytes) return outcome;
    outcome.redline_written = build::write_files_atomically({{request.redline, *bytes}}, ds);
    return outcome;
}

}  // namespace raadsstuk::diff
