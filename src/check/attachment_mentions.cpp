// RS220: every "Bijlage N" a text mentions ("zie bijlage 2", "bijlagen 1 t/m 3") is one of the document's
// attachments, which are numbered by their place in "bijlagen".
#include <map>

#include "check/checks.hpp"
#include "check/phrases.hpp"

namespace raadsstuk::check {

void check_attachment_mentions(const Subject& s, const Context&, diag::Diagnostics& out) {
    const std::vector<std::string>* titles = s.brief() ? &s.brief()->attachments
                                             : s.voorstel() ? &s.voorstel()->attachments
                                                            : nullptr;
    if (!titles) return;
    const int count = static_cast<int>(titles->size());
    for (const ScannedText& t : s.texts()) {
        if (t.pointer.starts_with("/bijlagen/")) continue;  // the titles themselves: RS221
        // One finding per mention ("bijlagen 3 en 4"), naming every number that does not exist.
        std::map<std::size_t, std::pair<Span, std::vector<std::string>>> missing;
        for (const AttachmentMention& m : t.attachments) {
            if (m.number >= 1 && m.number <= count) continue;
            auto& entry = missing[m.span.begin];
            entry.first = m.span;
            entry.second.push_back(std::to_string(m.number));
        }
        for (const auto& [begin, found] : missing) {
            std::string have = count == 0 ? "het document heeft geen bijlagen"
                               : count == 1 ? "het document heeft 1 bijlage"
                                            : "het document heeft " + std::to_string(count) + " bijlagen";
            std::string hint = count == 0 ? "voeg de bijlage toe aan \"bijlagen\", of haal de verwijzing weg"
                                          : "bijlagen worden genummerd in de volgorde van \"bijlagen\": 1 is \"" +
                                                titles->front() + "\"";
            out.push_back(diag::make("RS220", s.in_text(t, begin),
                                     "\"" + std::string(t.written(found.first)) + "\": bijlage " +
                                         enumerate(found.second) + (found.second.size() == 1 ? " bestaat" : " bestaan") +
                                         " niet; " + have,
                                     std::move(hint)));
        }
    }
}

}  // namespace raadsstuk::check
