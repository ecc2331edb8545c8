#include "check/checks.hpp"

namespace raadsstuk::check {
namespace {

constexpr Check kChecks[] = {
    {"RS201", "text_date_exists", check_text_date_exists},
    {"RS202", "text_weekday", check_text_weekday},
    {"RS203", "relative_date", check_relative_date},
    {"RS204", "cited_date", check_cited_date},
    {"RS205", "date_order", check_date_order},
    {"RS206", "reference_resolves", check_reference_resolves},
    {"RS207", "number_pair", check_number_pair},
    {"RS208", "reference_kind", check_reference_kind},
    {"RS209", "reference_date", check_reference_date},
    {"RS210", "reference_in_past", check_reference_in_past},
    {"RS211", "text_number_resolves", check_text_number_resolves},
    {"RS212", "zaaknummer_pattern", check_zaaknummer_pattern},
    {"RS213", "zaaknummer_year", check_zaaknummer_year},
    {"RS214", "documentnummer_unique", check_documentnummer_unique},
    {"RS215", "documentnummer_rising", check_documentnummer_rising},
    {"RS216", "signatory_in_office", check_signatory_in_office},
    {"RS217", "signatory_function", check_signatory_function},
    {"RS218", "status_target", check_status_target},
    {"RS219", "status_agreement", check_status_agreement},
    {"RS220", "attachment_mentions", check_attachment_mentions},
    {"RS221", "attachment_numbering", check_attachment_numbering},
    {"RS222", "amounts_agree", check_amounts_agree},
    {"RS223", "portfolio_holder_council", check_portfolio_holder_council},
};

}  // namespace

std::span<const Check> all_checks() { return kChecks; }

diag::Diagnostics run_checks(const Subject& subject, const Context& context) {
    diag::Diagnostics out;
    for (const Check& c : kChecks) c.run(subject, context, out);
    return out;
}

}  // namespace raadsstuk::check
