// RS219: two documents of one gemeente and one date do not report the same domain with different statuses
// ("Jeugd" "in onderzoek" in one letter, "besloten" in the other). Domains are matched by name, ignoring
// case and surrounding spaces. Reported at each of the documents, naming the other.
#include "check/checks.hpp"
#include "check/phrases.hpp"

namespace raadsstuk::check {
namespace {

std::string normalized(const std::string& s) {
    const auto first = s.find_first_not_of(' ');
    if (first == std::string::npos) return {};
    std::string out = s.substr(first, s.find_last_not_of(' ') - first + 1);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

}  // namespace

std::string status_key(const resolve::RegisteredDocument& document, const std::string& domain) {
    return document.entry.gemeente + '\n' + document.entry.date.iso() + '\n' + normalized(domain);
}

std::unordered_map<std::string, std::vector<ReportedStatusAt>> index_statuses(const resolve::Register& reg) {
    std::unordered_map<std::string, std::vector<ReportedStatusAt>> out;
    for (const auto& d : reg.documents())
        for (std::size_t i = 0; i < d.entry.statuses.size(); ++i)
            out[status_key(d, d.entry.statuses[i].domain)].push_back({&d, i});
    return out;
}

void check_status_agreement(const Subject& s, const Context& c, diag::Diagnostics& out) {
    const resolve::RegisteredDocument& self = s.entry();
    for (const model::ReportedStatus& mine : self.entry.statuses) {
        const auto it = c.statuses.find(status_key(self, mine.domain));
        if (it == c.statuses.end()) continue;
        std::vector<std::string> others;
        for (const ReportedStatusAt& r : it->second) {
            const model::ReportedStatus& theirs = r.document->entry.statuses[r.status];
            if (r.document == &self || theirs.status == mine.status) continue;
            others.push_back(place(*r.document) + " meldt \"" + theirs.status + "\"");
        }
        if (others.empty()) continue;
        out.push_back(diag::make("RS219", s.at(mine.pointer),
                                 "\"" + mine.domain + "\" heeft hier status \"" + mine.status + "\", maar op dezelfde datum (" +
                                     dutch(self.entry.date) + ") " + enumerate(others),
                                 "stukken van dezelfde dag melden dezelfde stand; welke klopt?"));
    }
}

}  // namespace raadsstuk::check
