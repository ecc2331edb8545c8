// Loads a raadsvoorstel: voorblad fields, beslispunten, sections, amounts and references.
#include <cmath>
#include <regex>
#include <set>

#include "load/load.hpp"

#include "load/reader.hpp"
#include "load/references.hpp"
#include "load/suggest.hpp"

namespace raadsstuk::load {
namespace {

using detail::child;
using detail::json;
using detail::member;
using detail::Reader;
using detail::set;

const std::regex& amount_name_pattern() {
    static const std::regex pattern("[a-z0-9]+(-[a-z0-9]+)*");
    return pattern;
}

// The names of all amounts, also of those with a bad value (already reported): a placeholder naming one
// of them is not a second fault.
std::set<std::string> read_amounts(Reader& r, const json& root, model::Raadsvoorstel& p) {
    std::set<std::string> declared;
    const json* amounts = member(root, "bedragen");
    if (!amounts) return declared;
    if (!amounts->is_object()) {
        r.report("RS003", "/bedragen", "\"bedragen\" moet een object zijn met een naam en een getal per bedrag",
                 "bijvoorbeeld \"bedragen\": {\"onderzoek\": 64000}");
        return declared;
    }
    for (const auto& [name, value] : amounts->items()) {
        declared.insert(name);
        const std::string at = child("/bedragen", name);
        if (!std::regex_match(name, amount_name_pattern()))
            r.report("RS009", at, "naam van bedrag \"" + name + "\" is ongeldig",
                     "gebruik kleine letters, cijfers en streepjes, zoals \"frictiekosten-ict\"");
        const auto euros = r.number(*amounts, "/bedragen", name, -1e12, 1e12);
        if (!euros) continue;
        const double cents = *euros * 100;
        if (std::abs(cents - std::round(cents)) > 1e-6) {
            r.report("RS012", at, "bedrag " + value.dump() + " heeft meer dan twee decimalen",
                     "een bedrag is in euro's met hoogstens centen, zoals 12500.5");
            continue;
        }
        p.amounts_cents[name] = std::llround(cents);
    }
    return declared;
}

// Every "[[...]]" in a text must be "[[bedrag:NAAM]]" with NAAM in bedragen.
void check_placeholders(Reader& r, const std::string& text, const std::string& pointer,
                        const std::set<std::string>& declared) {
    const std::vector<std::string_view> views(declared.begin(), declared.end());
    for (std::size_t open = text.find("[["); open != std::string::npos; open = text.find("[[", open + 2)) {
        const std::size_t close = text.find("]]", open + 2);
        if (close == std::string::npos) break;
        const std::string marker = text.substr(open, close + 2 - open);
        if (!marker.starts_with(model::kAmountMarkerPrefix)) {
            r.report("RS007", pointer, "onbekende markering \"" + marker + "\"",
                     "in een raadsvoorstel bestaat alleen \"[[bedrag:NAAM]]\", met NAAM uit \"bedragen\"");
            continue;
        }
        const std::string name = marker.substr(model::kAmountMarkerPrefix.size(), marker.size() - model::kAmountMarkerPrefix.size() - 2);
        if (declared.count(name)) continue;
        const std::string near = detail::closest(name, views);
        std::string hint = near.empty() ? std::string() : "bedoelt u \"" + near + "\"? ";
        hint += views.empty() ? "voeg \"bedragen\": {\"" + name + "\": ...} toe"
                              : "bekende bedragen: " + detail::enumerate(views, true);
        r.report("RS015", pointer, "bedrag \"" + name + "\" staat niet in \"bedragen\"", std::move(hint));
    }
}

void read_decisions(Reader& r, const json& root, model::Raadsvoorstel& p) {
    const json::array_t* decisions = r.array(root, "", "beslispunten", "beslispunt");
    if (!decisions) return;
    for (std::size_t i = 0; i < decisions->size(); ++i) {
        const std::string at = child("/beslispunten", i);
        const json& v = (*decisions)[i];
        if (!r.object(v, at, shape_at(raadsvoorstel_shapes(), "/beslispunten/*"))) continue;
        model::Beslispunt d;
        d.pointer = at;
        set(r.text(v, at, "tekst"), d.text);
        set(r.texts(v, at, "onderdelen"), d.sub_clauses);
        p.decisions.push_back(std::move(d));
    }
}

void read_sections(Reader& r, const json& root, model::Raadsvoorstel& p) {
    const json* sections = member(root, "secties");
    if (!sections) return;
    const ObjectShape& shape = shape_at(raadsvoorstel_shapes(), "/secties");
    if (!r.object(*sections, "/secties", shape)) return;
    // The template decides the printed order; here they are in key order (nlohmann::json sorts keys).
    const auto known = [&](const std::string& key) {
        for (auto k : shape.required) if (k == key) return true;
        for (auto k : shape.optional) if (k == key) return true;
        return false;  // reported by object() as RS005
    };
    for (const auto& [key, value] : sections->items()) {
        if (!known(key)) continue;
        const std::string at = child("/secties", key);
        const auto blocks = r.texts(*sections, "/secties", key, "blok tekst");
        if (!blocks) continue;
        p.sections.push_back(model::Section{key, *blocks, at});
    }
}

void read_relations(Reader& r, const json& root, model::Raadsvoorstel& p) {
    const json* relations = member(root, "relatie_met");
    if (!relations || !r.object(*relations, "/relatie_met", shape_at(raadsvoorstel_shapes(), "/relatie_met"))) return;
    set(r.text(*relations, "/relatie_met", "agendapunt"), p.relations.agendapunt);
    set(r.text(*relations, "/relatie_met", "toezegging"), p.relations.toezegging);
    set(r.text(*relations, "/relatie_met", "amendement_motie"), p.relations.amendement_motie);
    set(r.text(*relations, "/relatie_met", "schriftelijke_vragen"), p.relations.schriftelijke_vragen);
}

}  // namespace

std::optional<model::Raadsvoorstel> load_raadsvoorstel(std::string_view json_text, const std::string& file_name,
                                                       diag::Diagnostics& out, DocumentFacts* facts) {
    const std::size_t first = out.size();
    const auto root = detail::read_root(json_text, file_name, shape_at(raadsvoorstel_shapes(), ""),
                                        kKindRaadsvoorstel, out);
    if (facts) *facts = root ? detail::document_facts_of(*root) : document_facts(json_text);
    if (!root) return std::nullopt;
    Reader r(file_name, out);

    model::Raadsvoorstel p;
    p.source_file = file_name;
    set(r.id(*root, "", "gemeente", "voorschoten"), p.gemeente);
    set(r.id(*root, "", "sjabloon", "raadsvoorstel"), p.template_name);
    set(r.id(*root, "", "sjabloon_besluit", "raadsbesluit"), p.decision_template_name);
    p.template_version = r.version(*root, "", "sjabloonversie");
    p.style_version = r.version(*root, "", "huisstijlversie");
    set(r.text(*root, "", "zaaknummer"), p.zaaknummer);
    set(r.text(*root, "", "documentnummer"), p.documentnummer);
    set(r.date(*root, "", "datum_collegebesluit"), p.college_date);
    p.committee_date = r.date(*root, "", "datum_commissie");
    set(r.date(*root, "", "datum_raad"), p.council_date);
    set(r.text(*root, "", "soort_voorstel"), p.proposal_kind);
    set(r.text(*root, "", "onderwerp"), p.subject);
    if (const json* holder = member(*root, "portefeuillehouder")) {
        if (r.object(*holder, "/portefeuillehouder", shape_at(raadsvoorstel_shapes(), "/portefeuillehouder"))) {
            p.portfolio_holder.pointer = "/portefeuillehouder";
            set(r.text(*holder, "/portefeuillehouder", "naam"), p.portfolio_holder.name);
        }
    }
    set(r.text(*root, "", "programma"), p.programme);
    set(r.text(*root, "", "kernboodschap"), p.core_message);
    set(r.texts(*root, "", "bijlagen"), p.attachments);
    const std::set<std::string> amounts = read_amounts(r, *root, p);
    read_decisions(r, *root, p);
    read_relations(r, *root, p);
    read_sections(r, *root, p);
    detail::read_references(r, *root, shape_at(raadsvoorstel_shapes(), "/verwijzingen/*"), p.references);
    set(r.text(*root, "", "opmerking"), p.note);

    check_placeholders(r, p.core_message, "/kernboodschap", amounts);
    for (const auto& d : p.decisions) {
        check_placeholders(r, d.text, d.pointer + "/tekst", amounts);
        for (std::size_t i = 0; i < d.sub_clauses.size(); ++i)
            check_placeholders(r, d.sub_clauses[i], child(d.pointer + "/onderdelen", i), amounts);
    }
    for (const auto& s : p.sections)
        for (std::size_t i = 0; i < s.body.size(); ++i) check_placeholders(r, s.body[i], child(s.pointer, i), amounts);

    if (detail::errors_since(out, first)) return std::nullopt;
    return p;
}

}  // namespace raadsstuk::load
