#include "render/voorstel_view.hpp"

#include "format/dutch.hpp"
#include "render/document_parts_view.hpp"
#include "render/markdown_body.hpp"

namespace raadsstuk::render {
namespace {

Value text_or_false(const std::string& s) { return s.empty() ? Value(false) : Value(s); }

// Inline Markdown of one paragraph: amounts in, raw HTML out.
std::string inline_text(const std::string& text, const model::Raadsvoorstel& p) {
    return neutralise_html(insert_amounts(text, p.amounts_cents));
}

// Markdown blocks of a section, prepared like a letter's body and joined by blank lines.
std::string blocks_text(const std::vector<std::string>& blocks, const model::Raadsvoorstel& p) {
    std::string out;
    for (const auto& block : blocks) {
        const std::string part = prepare_body_block(insert_amounts(block, p.amounts_cents));
        if (part.empty()) continue;
        if (!out.empty()) out += "\n\n";
        out += part;
    }
    return out;
}

Value people(const std::vector<model::ResolvedSignatory>& signatories) {
    Value personen = Value::list();
    for (const auto& s : signatories) personen.push_back(Value::map().set("naam", s.name).set("functie", s.function));
    return Value::map().set("personen", std::move(personen));
}

void set_date(Value& view, const std::string& name, const std::optional<model::Date>& d) {
    view.set(name, d ? Value(format::format_date(*d)) : Value(false));
    view.set(name + "_met_dag", d ? Value(format::format_date_with_weekday(*d)) : Value(false));
}

constexpr const char* kSections[] = {"samenvatting", "beoogd_effect", "argumenten", "kanttekeningen",
                                     "financien",    "communicatie",  "uitvoering", "bijlagen"};

}  // namespace

std::string insert_amounts(std::string_view text, const std::map<std::string, long long>& amounts_cents) {
    std::string out;
    std::size_t pos = 0;
    const std::string_view prefix = model::kAmountMarkerPrefix;
    for (std::size_t open; (open = text.find(prefix, pos)) != std::string_view::npos;) {
        const std::size_t close = text.find("]]", open);
        if (close == std::string_view::npos) break;
        const std::string name(text.substr(open + prefix.size(), close - open - prefix.size()));
        const auto it = amounts_cents.find(name);
        out += text.substr(pos, open - pos);
        out += it != amounts_cents.end() ? format::format_euro(it->second) : std::string(text.substr(open, close + 2 - open));
        pos = close + 2;
    }
    out += text.substr(pos);
    return out;
}

Value make_voorstel_view(const model::ResolvedVoorstel& resolved) {
    const model::Raadsvoorstel& p = resolved.voorstel;
    Value view = Value::map();
    view.set("gemeente", Value::map().set("naam", resolved.gemeente.name));
    view.set("college", resolved.gemeente.college);
    view.set("zaaknummer", p.zaaknummer);
    view.set("documentnummer", text_or_false(p.documentnummer));
    set_date(view, "datum_collegebesluit", p.college_date);
    set_date(view, "datum_commissie", p.committee_date);
    set_date(view, "datum_raad", p.council_date);
    view.set("soort_voorstel", p.proposal_kind);
    view.set("onderwerp", p.subject);
    view.set("portefeuillehouder", resolved.portfolio_holder.function + " " + resolved.portfolio_holder.name);
    view.set("programma", p.programme);
    // One sentence per line, continuation lines indented by two: it stands in a "- " item of the voorblad.
    view.set("kernboodschap", break_sentences(inline_text(p.core_message, p), "  "));

    view.set("bijlagen", attachments_view(p.attachments));

    // Beslispunten on one line each (both templates put them in lists of different depth), sub-clauses with
    // their letter.
    Value beslispunten = Value::list();
    for (std::size_t i = 0; i < p.decisions.size(); ++i) {
        const model::Beslispunt& d = p.decisions[i];
        Value onderdelen = Value::list();
        for (std::size_t k = 0; k < d.sub_clauses.size(); ++k)
            onderdelen.push_back(Value::map()
                                     .set("letter", std::string(1, static_cast<char>('a' + k % 26)))
                                     .set("tekst", inline_text(d.sub_clauses[k], p)));
        beslispunten.push_back(Value::map()
                                   .set("nummer", std::to_string(i + 1))
                                   .set("tekst", inline_text(d.text, p))
                                   .set("onderdelen", std::move(onderdelen)));
    }
    view.set("beslispunten", std::move(beslispunten));

    view.set("relatie_met", Value::map()
                                .set("agendapunt", p.relations.agendapunt)
                                .set("toezegging", p.relations.toezegging)
                                .set("amendement_motie", p.relations.amendement_motie)
                                .set("schriftelijke_vragen", p.relations.schriftelijke_vragen));

    Value secties = Value::map();
    for (const char* key : kSections) {
        const model::Section* found = nullptr;
        for (const auto& s : p.sections)
            if (s.key == key) found = &s;
        secties.set(key, found ? text_or_false(blocks_text(found->body, p)) : Value(false));
    }
    view.set("secties", std::move(secties));

    view.set("verwijzingen", references_view(p.references));
    view.set("ondertekening_college", people(resolved.college));
    view.set("ondertekening_raad", people(resolved.council));
    return view;
}

}  // namespace raadsstuk::render
