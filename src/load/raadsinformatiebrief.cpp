// Loads a raadsinformatiebrief: metadata, body blocks, status block, references and signatories.
#include "load/load.hpp"

#include "load/reader.hpp"
#include "load/references.hpp"

namespace raadsstuk::load {
namespace {

using detail::child;
using detail::json;
using detail::member;
using detail::Reader;
using detail::set;

std::string_view trimmed(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

void read_status(Reader& r, const json& v, model::Raadsinformatiebrief& b) {
    const std::string pointer = "/status";
    const auto shapes = raadsinformatiebrief_shapes();
    if (!r.object(v, pointer, shape_at(shapes, pointer))) return;
    model::StatusBlock status;
    set(r.text(v, pointer, "programma"), status.programme);
    set(r.text(v, pointer, "inleiding"), status.intro);
    if (const json::array_t* ds = r.array(v, pointer, "onderdelen", "onderdeel")) {
        for (std::size_t i = 0; i < ds->size(); ++i) {
            const std::string at = child("/status/onderdelen", i);
            const json& d = (*ds)[i];
            if (!r.object(d, at, shape_at(shapes, "/status/onderdelen/*"))) continue;
            model::DomainStatus domain;
            domain.pointer = at;
            set(r.text(d, at, "onderdeel"), domain.domain);
            set(r.choice(d, at, "status", status_values(), "status"), domain.status);
            set(r.text(d, at, "huidige_partner"), domain.current_partner);
            set(r.text(d, at, "nieuwe_partner"), domain.new_partner);
            set(r.text(d, at, "streefdatum"), domain.target);
            set(r.text(d, at, "toelichting"), domain.remark);
            status.domains.push_back(std::move(domain));
        }
    }
    b.status = std::move(status);
}

// Markers are blocks of the form [[...]]; only [[status]] exists, alone in its block and at most once.
void check_markers(Reader& r, const json& root, const model::Raadsinformatiebrief& b) {
    std::string first_marker;
    for (std::size_t i = 0; i < b.body.size(); ++i) {
        const std::string_view block = b.body[i];
        const std::string_view t = trimmed(block);
        if (!(t.starts_with("[[") && t.ends_with("]]"))) continue;
        const std::string at = child("/tekst", i);
        if (t != kStatusMarker) {
            r.report("RS007", at, "onbekende markering \"" + std::string(t) + "\"",
                     "de enige markering is \"" + std::string(kStatusMarker) + "\" (kleine letters)");
        } else if (block != kStatusMarker) {
            r.report("RS009", at, "de markering \"[[status]]\" moet een blok op zichzelf zijn, zonder spaties eromheen");
        } else if (!first_marker.empty()) {
            r.report("RS009", at, "de markering \"[[status]]\" staat al in " + first_marker,
                     "het statusblok staat maar op één plaats");
        } else {
            first_marker = at;
        }
    }
    if (!first_marker.empty() && !member(root, "status"))
        r.report("RS004", "/status",
                 "verplicht veld \"status\" ontbreekt: de tekst vraagt het statusblok in " + first_marker);
}

}  // namespace

std::optional<model::Raadsinformatiebrief> load_raadsinformatiebrief(std::string_view json_text,
                                                                     const std::string& file_name,
                                                                     diag::Diagnostics& out,
                                                                     DocumentFacts* facts) {
    const std::size_t first = out.size();
    const auto root = detail::read_root(json_text, file_name, shape_at(raadsinformatiebrief_shapes(), ""),
                                        kKindRaadsinformatiebrief, out);
    if (facts) *facts = root ? detail::document_facts_of(*root) : document_facts(json_text);
    if (!root) return std::nullopt;
    Reader r(file_name, out);

    model::Raadsinformatiebrief b;
    b.source_file = file_name;
    set(r.id(*root, "", "gemeente", "voorschoten"), b.gemeente);
    set(r.id(*root, "", "sjabloon", "raadsinformatiebrief"), b.template_name);
    b.template_version = r.version(*root, "", "sjabloonversie");
    b.style_version = r.version(*root, "", "huisstijlversie");
    set(r.text(*root, "", "zaaknummer"), b.zaaknummer);
    set(r.text(*root, "", "documentnummer"), b.documentnummer);
    set(r.date(*root, "", "datum"), b.date);
    b.sent = r.date(*root, "", "verzonden");
    set(r.text(*root, "", "onderwerp"), b.subject);
    set(r.text(*root, "", "aanhef"), b.salutation);
    set(r.texts(*root, "", "bijlagen"), b.attachments);
    detail::read_references(r, *root, shape_at(raadsinformatiebrief_shapes(), "/verwijzingen/*"), b.references);
    set(r.texts(*root, "", "tekst", "blok tekst"), b.body);
    check_markers(r, *root, b);
    if (const json* status = member(*root, "status")) read_status(r, *status, b);
    if (const json::array_t* signs = r.array(*root, "", "ondertekening", "ondertekenaar")) {
        for (std::size_t i = 0; i < signs->size(); ++i) {
            const std::string at = child("/ondertekening", i);
            const json& v = (*signs)[i];
            if (!r.object(v, at, shape_at(raadsinformatiebrief_shapes(), "/ondertekening/*"))) continue;
            model::Signatory s;
            s.pointer = at;
            set(r.choice(v, at, "functie", known_functions(), "functie"), s.function);
            set(r.text(v, at, "naam"), s.name);
            b.signatories.push_back(std::move(s));
        }
    }
    set(r.text(*root, "", "opmerking"), b.note);

    if (detail::errors_since(out, first)) return std::nullopt;  // duplicate keys included
    return b;
}

}  // namespace raadsstuk::load
