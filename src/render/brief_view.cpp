#include "render/brief_view.hpp"

#include "format/dutch.hpp"
#include "render/markdown_body.hpp"
#include "render/document_parts_view.hpp"

namespace raadsstuk::render {
namespace {

std::string_view trim(std::string_view s) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

// Text, or false when empty: optional texts are testable with {{#x}}.
Value text_or_false(const std::string& s) { return s.empty() ? Value(false) : Value(s); }

Value status_view(const model::StatusBlock& status) {
    Value onderdelen = Value::list();
    for (const auto& d : status.domains) {
        onderdelen.push_back(Value::map()
                                 .set("onderdeel", d.domain)
                                 .set("status", d.status)
                                 .set("huidige_partner", d.current_partner)
                                 .set("nieuwe_partner", d.new_partner)
                                 .set("streefdatum", d.target)
                                 .set("toelichting", d.remark));
    }
    return Value::map()
        .set("programma", status.programme)
        .set("inleiding", status.intro)
        .set("onderdelen", std::move(onderdelen));
}

}  // namespace

bool is_status_placeholder(std::string_view block) { return trim(block) == "[[status]]"; }

Value make_brief_view(const model::ResolvedBrief& resolved, std::string_view status_markdown) {
    const model::Raadsinformatiebrief& b = resolved.brief;
    Value view = Value::map();

    view.set("gemeente", Value::map().set("naam", resolved.gemeente.name));
    view.set("college", resolved.gemeente.college);
    view.set("zaaknummer", b.zaaknummer);
    view.set("documentnummer", text_or_false(b.documentnummer));  // optional: many zaaknummers carry it
    view.set("datum", format::format_date(b.date));
    view.set("datum_iso", b.date.iso());
    view.set("datum_met_dag", format::format_date_with_weekday(b.date));
    view.set("verzonden", b.sent ? Value(format::format_date(*b.sent)) : Value(false));
    view.set("onderwerp", b.subject);
    view.set("aanhef", b.salutation);

    view.set("bijlagen", attachments_view(b.attachments));

    view.set("verwijzingen", references_view(b.references));

    // The body: blocks joined by blank lines; "[[status]]" becomes the rendered status block.
    // status_na_tekst depends only on the data, so that the status partial sees the same value whether it
    // is rendered for "[[status]]" (before this view is complete) or by the template.
    std::string tekst;
    bool status_in_text = false;
    std::string_view status_md = trim(status_markdown);
    for (const auto& block : b.body) {
        std::string part;
        if (is_status_placeholder(block)) {
            status_in_text = b.status.has_value();
            part = std::string(status_md);
        } else {
            part = prepare_body_block(block);
        }
        if (part.empty()) continue;
        if (!tekst.empty()) tekst += "\n\n";
        tekst += part;
    }
    view.set("tekst", std::move(tekst));
    view.set("status", b.status ? status_view(*b.status) : Value(false));
    view.set("status_na_tekst", b.status.has_value() && !status_in_text);

    Value personen = Value::list();
    for (const auto& s : resolved.signatories)
        personen.push_back(Value::map().set("naam", s.name).set("functie", s.function));
    view.set("ondertekening", Value::map().set("personen", std::move(personen)));
    return view;
}

}  // namespace raadsstuk::render
