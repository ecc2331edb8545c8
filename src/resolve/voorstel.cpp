// The people a raadsvoorstel names: the portefeuillehouder, the college that proposes, the council that decides.
#include <string>

#include "resolve/resolve.hpp"

namespace raadsstuk::resolve {
namespace {

// "Wethouder De Bruijn": the function as a title before the name.
std::string titled(const model::Functionaris& f) {
    std::string function = f.function;
    if (!function.empty() && function[0] >= 'a' && function[0] <= 'z') function[0] = static_cast<char>(function[0] - 'a' + 'A');
    return function;
}

std::optional<model::ResolvedSignatory> portfolio_holder(const model::Raadsvoorstel& p, const model::Gemeente& g,
                                                        diag::Diagnostics& out) {
    const std::string& name = p.portfolio_holder.name;
    std::vector<const model::Functionaris*> in_office, same_name;
    std::string serving;
    for (const auto& f : g.functionarissen) {
        if (f.function != "wethouder" && f.function != "burgemeester") continue;
        if (f.in_office_on(p.college_date)) {
            serving += (serving.empty() ? "" : ", ") + f.name + " (" + f.function + ")";
            if (f.name == name) in_office.push_back(&f);
        }
        if (f.name == name) same_name.push_back(&f);
    }
    if (in_office.size() == 1) return model::ResolvedSignatory{in_office.front()->name, titled(*in_office.front())};
    const diag::Location where{p.source_file, p.portfolio_holder.pointer + "/naam", 0, 0};
    const std::string date = p.college_date.iso();
    if (in_office.size() > 1) {
        out.push_back(diag::make("RS102", where,
                                 std::to_string(in_office.size()) + " functionarissen heten \"" + name +
                                     "\" en zijn in functie op " + date,
                                 "maak de namen in " + g.source_file + " onderscheidbaar"));
        return std::nullopt;
    }
    std::string hint = serving.empty() ? "er is op die datum geen wethouder of burgemeester in " + g.source_file
                                       : "in functie op " + date + ": " + serving;
    if (!same_name.empty()) {
        const model::Functionaris& f = *same_name.front();
        out.push_back(diag::make("RS103", where,
                                 "\"" + name + "\" is geen " + f.function + " op " + date +
                                     " (de datum van het collegebesluit): van " + f.from.iso() +
                                     (f.until ? " tot en met " + f.until->iso() : std::string()),
                                 std::move(hint)));
    } else {
        out.push_back(diag::make("RS103", where,
                                 "geen wethouder of burgemeester \"" + name + "\" in " + g.source_file,
                                 std::move(hint)));
    }
    return std::nullopt;
}

}  // namespace

std::optional<model::ResolvedVoorstel> resolve_voorstel(const model::Raadsvoorstel& voorstel,
                                                        const model::Gemeente& gemeente, diag::Diagnostics& out) {
    bool ok = true;
    model::ResolvedVoorstel r{voorstel, gemeente, {}, {}, {}};
    if (auto holder = portfolio_holder(voorstel, gemeente, out)) r.portfolio_holder = std::move(*holder);
    else ok = false;

    const auto add = [&](std::vector<model::ResolvedSignatory>& into, std::string_view function, const model::Date& date,
                         std::string_view label, const std::string& pointer) {
        const diag::Location where{voorstel.source_file, pointer, 0, 0};
        if (auto s = resolve_function(gemeente, function, date, label, where, out)) into.push_back(std::move(*s));
        else ok = false;
    };
    add(r.college, "gemeentesecretaris", voorstel.college_date, "de datum van het collegebesluit", "/datum_collegebesluit");
    add(r.college, "burgemeester", voorstel.college_date, "de datum van het collegebesluit", "/datum_collegebesluit");
    add(r.council, "burgemeester", voorstel.council_date, "de datum van de raadsvergadering", "/datum_raad");
    add(r.council, "griffier", voorstel.council_date, "de datum van de raadsvergadering", "/datum_raad");
    if (auto style = house_style_for(gemeente, voorstel.style_version, voorstel.source_file, out)) r.gemeente.style = *style;
    else ok = false;
    if (!ok) return std::nullopt;
    r.council[0].function = "voorzitter";  // the burgemeester chairs the council
    return r;
}

}  // namespace raadsstuk::resolve
