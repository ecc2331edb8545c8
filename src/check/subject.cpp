#include "check/subject.hpp"

namespace raadsstuk::check {
namespace {

std::string child(const std::string& pointer, std::size_t index) { return pointer + "/" + std::to_string(index); }

const std::vector<model::DocumentReference> kNoReferences;

}  // namespace

Subject::Subject(const resolve::RegisteredDocument& entry, const model::Gemeente& gemeente,
                 const model::Raadsinformatiebrief& brief, const load::JsonPositions& positions)
    : entry_(&entry), gemeente_(&gemeente), brief_(&brief), positions_(&positions) {
    scan("/onderwerp", brief.subject);
    scan("/aanhef", brief.salutation);
    for (std::size_t i = 0; i < brief.attachments.size(); ++i) scan(child("/bijlagen", i), brief.attachments[i]);
    for (std::size_t i = 0; i < brief.body.size(); ++i) scan(child("/tekst", i), brief.body[i]);
    if (brief.status) {
        scan("/status/programma", brief.status->programme);
        scan("/status/inleiding", brief.status->intro);
        for (const auto& d : brief.status->domains) {
            scan(d.pointer + "/onderdeel", d.domain);
            scan(d.pointer + "/huidige_partner", d.current_partner);
            scan(d.pointer + "/nieuwe_partner", d.new_partner);
            scan(d.pointer + "/streefdatum", d.target);
            scan(d.pointer + "/toelichting", d.remark);
        }
    }
}

Subject::Subject(const resolve::RegisteredDocument& entry, const model::Gemeente& gemeente,
                 const model::Raadsvoorstel& voorstel, const load::JsonPositions& positions)
    : entry_(&entry), gemeente_(&gemeente), voorstel_(&voorstel), positions_(&positions) {
    scan("/onderwerp", voorstel.subject);
    scan("/programma", voorstel.programme);
    scan("/kernboodschap", voorstel.core_message);
    for (std::size_t i = 0; i < voorstel.attachments.size(); ++i) scan(child("/bijlagen", i), voorstel.attachments[i]);
    for (const auto& d : voorstel.decisions) {
        scan(d.pointer + "/tekst", d.text);
        for (std::size_t i = 0; i < d.sub_clauses.size(); ++i) scan(child(d.pointer + "/onderdelen", i), d.sub_clauses[i]);
    }
    scan("/relatie_met/agendapunt", voorstel.relations.agendapunt);
    scan("/relatie_met/toezegging", voorstel.relations.toezegging);
    scan("/relatie_met/amendement_motie", voorstel.relations.amendement_motie);
    scan("/relatie_met/schriftelijke_vragen", voorstel.relations.schriftelijke_vragen);
    for (const auto& s : voorstel.sections)
        for (std::size_t i = 0; i < s.body.size(); ++i) scan(child(s.pointer, i), s.body[i]);
}

Subject::Subject(const resolve::RegisteredDocument& entry, const model::Gemeente* gemeente)
    : entry_(&entry), gemeente_(gemeente) {}

void Subject::scan(std::string pointer, const std::string& text) {
    if (text.empty()) return;
    const auto patterns = gemeente_ ? std::span<const model::ZaaknummerPattern>(gemeente_->zaaknummer_patterns)
                                    : std::span<const model::ZaaknummerPattern>();
    texts_.push_back(scan_text(std::move(pointer), text, patterns));
}

const std::vector<model::DocumentReference>& Subject::references() const {
    if (brief_) return brief_->references;
    if (voorstel_) return voorstel_->references;
    return kNoReferences;
}

std::string Subject::date_label() const {
    if (brief_) return "de datum van de brief";
    if (voorstel_) return "de datum van het collegebesluit";
    return "de datum van het stuk";
}

diag::Location Subject::at(const std::string& pointer) const { return {file(), pointer, 0, 0}; }

diag::Location Subject::in_text(const ScannedText& text, std::size_t offset) const {
    diag::Location where{file(), text.pointer, 0, 0};
    if (positions_) {
        if (const auto p = positions_->in_string(text.pointer, offset)) {
            where.line = p->line;
            where.column = p->column;
        }
    }
    return where;
}

}  // namespace raadsstuk::check
