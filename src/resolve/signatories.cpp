// Signatories by date: who was burgemeester, gemeentesecretaris, ... on the day of the letter.
#include <string>
#include <utility>

#include "resolve/resolve.hpp"

namespace raadsstuk::resolve {
namespace {

// "P.J. Bouvy-Koene (van 2013-06-01 tot en met 2020-12-31)"
std::string period(const model::Functionaris& f) {
    std::string s = f.name + " (van " + f.from.iso();
    if (f.until) s += " tot en met " + f.until->iso();
    return s + ")";
}

std::string in_file(const model::Gemeente& g, const model::Functionaris& f) {
    return g.source_file + ":" + f.pointer;
}

// Who held the function last before the date and first after it, as a hint for RS101.
std::string neighbours(const model::Gemeente& g, std::string_view function, const model::Date& date) {
    const model::Functionaris* before = nullptr;
    const model::Functionaris* after = nullptr;
    for (const auto& f : g.functionarissen) {
        if (f.function != function) continue;
        if (f.until && *f.until < date && (!before || *before->until < *f.until)) before = &f;
        if (date < f.from && (!after || f.from < after->from)) after = &f;
    }
    if (!before && !after)
        return "er staat geen enkele " + std::string(function) + " in " + g.source_file +
               "; voeg die toe onder \"functionarissen\" of geef de naam op in de ondertekening";
    std::string hint;
    if (before) hint += "daarvoor: " + period(*before);
    if (after) hint += std::string(before ? "; " : "") + "daarna: " + period(*after);
    return hint + "; vul de ambtsperiodes in " + g.source_file + " aan of geef de naam op in de ondertekening";
}

}  // namespace

std::vector<const model::Functionaris*> holders(const model::Gemeente& gemeente, std::string_view function,
                                                const model::Date& date) {
    std::vector<const model::Functionaris*> out;
    for (const auto& f : gemeente.functionarissen)
        if (f.function == function && f.in_office_on(date)) out.push_back(&f);
    return out;
}

std::optional<model::ResolvedSignatory> resolve_function(const model::Gemeente& gemeente, std::string_view function,
                                                        const model::Date& date, std::string_view date_label,
                                                        const diag::Location& where, diag::Diagnostics& out) {
    const auto found = holders(gemeente, function, date);
    if (found.size() == 1) return model::ResolvedSignatory{found.front()->name, found.front()->function};
    const std::string f(function);
    if (found.empty()) {
        out.push_back(diag::make("RS101", where,
                                 "niemand is " + f + " op " + date.iso() + " (" + std::string(date_label) +
                                     ") volgens " + gemeente.source_file,
                                 neighbours(gemeente, function, date)));
    } else {
        std::string who, where_in_file;
        for (std::size_t i = 0; i < found.size(); ++i) {
            const std::string sep = i == 0 ? "" : i + 1 == found.size() ? " en " : ", ";
            who += sep + period(*found[i]);
            where_in_file += sep + in_file(gemeente, *found[i]);
        }
        out.push_back(diag::make(
            "RS102", where,
            std::to_string(found.size()) + " functionarissen zijn " + f + " op " + date.iso() + ": " + who,
            "de ambtsperiodes overlappen (" + where_in_file +
                "); laat de ene eindigen voordat de andere begint, of geef de naam op in de ondertekening"));
    }
    return std::nullopt;
}

std::optional<model::ResolvedBrief> resolve_brief(const model::Raadsinformatiebrief& brief,
                                                  const model::Gemeente& gemeente, diag::Diagnostics& out) {
    bool ok = true;
    std::vector<model::ResolvedSignatory> signatories;
    for (const auto& s : brief.signatories) {
        if (!s.name.empty()) {
            signatories.push_back({s.name, s.function});
            continue;
        }
        const diag::Location where{brief.source_file, s.pointer + "/functie", 0, 0};
        if (auto found = resolve_function(gemeente, s.function, brief.date, "de datum van de brief", where, out))
            signatories.push_back(std::move(*found));
        else
            ok = false;
    }
    const auto style = house_style_for(gemeente, brief.style_version, brief.source_file, out);
    if (!ok || !style) return std::nullopt;
    model::ResolvedBrief resolved{brief, gemeente, std::move(signatories)};
    resolved.gemeente.style = *style;
    return resolved;
}

}  // namespace raadsstuk::resolve
