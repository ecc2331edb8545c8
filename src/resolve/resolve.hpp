#pragma once
// The resolve stage: a loaded document and its gemeente in, a document with everything looked up out.
// Today that is the signatories: a signatory given by function only gets the name of the functionaris who
// held that function on the document's date (van and tot inclusive).
#include <optional>

#include "diag/diagnostic.hpp"
#include "model/gemeente.hpp"
#include "model/raadsinformatiebrief.hpp"
#include "model/resolved_brief.hpp"
#include "model/resolved_voorstel.hpp"

namespace raadsstuk::resolve {

// RS101 when nobody held a function on the date (with who held it before and after), RS102 when more than
// one did; both at the signatory's "/ondertekening/<n>/functie" in the document. A signatory with a name is
// taken as given. Nothing when anything failed; all signatories are tried.
std::optional<model::ResolvedBrief> resolve_brief(const model::Raadsinformatiebrief& brief,
                                                  const model::Gemeente& gemeente, diag::Diagnostics& out);

// A raadsvoorstel: the portefeuillehouder (named in the data; RS103 when no functionaris of that name is in
// office on the collegebesluit), the college's signatories (gemeentesecretaris, burgemeester) on the
// collegebesluit, the council's (burgemeester as voorzitter, griffier) on the raadsvergadering; RS101/RS102
// as for letters. Nothing when anything failed.
std::optional<model::ResolvedVoorstel> resolve_voorstel(const model::Raadsvoorstel& voorstel,
                                                        const model::Gemeente& gemeente, diag::Diagnostics& out);

// The house style of the version a document records (its "huisstijlversie"), or the gemeente's current one;
// nothing and RS104 at the document's /huisstijlversie when the gemeente has no such version. The resolved
// documents carry it as their gemeente's `style`, so later stages see only the style to use.
std::optional<model::HouseStyle> house_style_for(const model::Gemeente& gemeente, std::optional<int> version,
                                                 const std::string& document_file, diag::Diagnostics& out);

// The one functionaris holding `function` on `date`, or nothing and RS101 (nobody) or RS102 (more than one)
// at `where`; `date_label` says which date it is ("de datum van de brief").
std::optional<model::ResolvedSignatory> resolve_function(const model::Gemeente& gemeente, std::string_view function,
                                                        const model::Date& date, std::string_view date_label,
                                                        const diag::Location& where, diag::Diagnostics& out);

// The functionarissen holding `function` on `date`, in file order.
std::vector<const model::Functionaris*> holders(const model::Gemeente& gemeente, std::string_view function,
                                                const model::Date& date);

}  // namespace raadsstuk::resolve
