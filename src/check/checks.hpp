#pragma once
// The consistency checks (RS2xx), one per file, each with its own code. A check looks at one subject (a
// document or a register entry) against the register and reports what it finds; it never throws and never
// stops at the first finding. docs/checks.md describes them for users, docs/diagnostics.md lists the codes.
#include <span>
#include <string_view>

#include "check/context.hpp"
#include "check/subject.hpp"
#include "diag/diagnostic.hpp"

namespace raadsstuk::check {

using CheckFunction = void (*)(const Subject&, const Context&, diag::Diagnostics&);

struct Check {
    std::string_view code;
    std::string_view name;  // the file it is in, without .cpp
    CheckFunction run;
};

// Every check, in the order of their codes.
std::span<const Check> all_checks();

// Every check on one subject; the findings in check order.
diag::Diagnostics run_checks(const Subject& subject, const Context& context);

// ---- The checks ------------------------------------------------------------------------------------
// Dates in the texts
void check_text_date_exists(const Subject&, const Context&, diag::Diagnostics&);      // RS201
void check_text_weekday(const Subject&, const Context&, diag::Diagnostics&);          // RS202
void check_relative_date(const Subject&, const Context&, diag::Diagnostics&);         // RS203
void check_cited_date(const Subject&, const Context&, diag::Diagnostics&);            // RS204
// Dates of the document
void check_date_order(const Subject&, const Context&, diag::Diagnostics&);            // RS205
// References
void check_reference_resolves(const Subject&, const Context&, diag::Diagnostics&);    // RS206
void check_number_pair(const Subject&, const Context&, diag::Diagnostics&);           // RS207
void check_reference_kind(const Subject&, const Context&, diag::Diagnostics&);        // RS208
void check_reference_date(const Subject&, const Context&, diag::Diagnostics&);        // RS209
void check_reference_in_past(const Subject&, const Context&, diag::Diagnostics&);     // RS210
void check_text_number_resolves(const Subject&, const Context&, diag::Diagnostics&);  // RS211
// Numbers
void check_zaaknummer_pattern(const Subject&, const Context&, diag::Diagnostics&);    // RS212
void check_zaaknummer_year(const Subject&, const Context&, diag::Diagnostics&);       // RS213
void check_documentnummer_unique(const Subject&, const Context&, diag::Diagnostics&); // RS214
void check_documentnummer_rising(const Subject&, const Context&, diag::Diagnostics&); // RS215
// Signatories
void check_signatory_in_office(const Subject&, const Context&, diag::Diagnostics&);   // RS216
void check_signatory_function(const Subject&, const Context&, diag::Diagnostics&);    // RS217
// Status block
void check_status_target(const Subject&, const Context&, diag::Diagnostics&);         // RS218
void check_status_agreement(const Subject&, const Context&, diag::Diagnostics&);      // RS219
// Attachments
void check_attachment_mentions(const Subject&, const Context&, diag::Diagnostics&);   // RS220
void check_attachment_numbering(const Subject&, const Context&, diag::Diagnostics&);  // RS221
// Raadsvoorstel
void check_amounts_agree(const Subject&, const Context&, diag::Diagnostics&);         // RS222
void check_portfolio_holder_council(const Subject&, const Context&, diag::Diagnostics&);  // RS223

}  // namespace raadsstuk::check
