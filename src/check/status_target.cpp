// RS218 (warning): a domain of the status block whose target date ("streefdatum") lies before the document's
// date while its status still says it is to come (anything but "afgerond"): a status copied from an earlier
// letter and not brought up to date. The target is free text; the forms read are "per 2023",
// "voorlopig per 2024", "medio 2023", "eind 2022", "begin 2023", "Q3 2023", "3e kwartaal 2023",
// "najaar 2023", "oktober 2023", "1 januari 2023" and "2023-01-01". Others are not judged.
#include <algorithm>
#include <array>
#include <sstream>

#include "check/checks.hpp"
#include "check/phrases.hpp"
#include "format/dutch.hpp"

namespace raadsstuk::check {
namespace {

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

std::optional<int> year_of(const std::string& w) {
    if (w.size() != 4) return std::nullopt;
    int v = 0;
    for (char c : w) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

int month_of(const std::string& w) {
    for (int m = 1; m <= 12; ++m)
        if (w == format::month_name(m)) return m;
    return 0;
}

model::Date last_of_month(int year, int month) { return {year, month, model::days_in_month(year, month)}; }

// The day by which the target says it happens; nothing when the text is not one of the forms read.
std::optional<model::Date> target_day(const std::string& text) {
    std::istringstream in(lower(text));
    std::vector<std::string> w;
    for (std::string word; in >> word;) w.push_back(word);
    bool start = false;  // "per 2023": from the first day of 2023
    std::size_t i = 0;
    static constexpr std::array<std::string_view, 8> kFiller = {"voorlopig", "uiterlijk", "in", "rond", "omstreeks",
                                                                "verwacht", "naar", "verwachting"};
    while (i < w.size()) {
        if (w[i] == "per" || w[i] == "vanaf" || w[i] == "m.i.v." || w[i] == "met") {
            start = true;
            ++i;
        } else if (w[i] == "ingang" || w[i] == "van" ||
                   std::find(kFiller.begin(), kFiller.end(), w[i]) != kFiller.end()) {
            ++i;
        } else {
            break;
        }
    }
    w.erase(w.begin(), w.begin() + static_cast<long>(i));
    if (w.size() == 1) {
        if (const auto d = model::parse_iso_date(w[0])) return d;
        if (const auto y = year_of(w[0])) return start ? model::Date{*y, 1, 1} : model::Date{*y, 12, 31};
        return std::nullopt;
    }
    if (w.size() == 2) {
        const auto y = year_of(w[1]);
        if (!y) return std::nullopt;
        if (const int m = month_of(w[0])) return start ? model::Date{*y, m, 1} : last_of_month(*y, m);
        const std::string& q = w[0];
        if (q == "begin" || q == "q1" || q == "voorjaar") return model::Date{*y, q == "voorjaar" ? 5 : 3, 31};
        if (q == "medio" || q == "half" || q == "midden" || q == "zomer") return model::Date{*y, q == "zomer" ? 8 : 7, 31};
        if (q == "q2") return model::Date{*y, 6, 30};
        if (q == "q3") return model::Date{*y, 9, 30};
        if (q == "najaar") return model::Date{*y, 11, 30};
        if (q == "eind" || q == "einde" || q == "q4") return model::Date{*y, 12, 31};
        return std::nullopt;
    }
    if (w.size() == 3) {
        const auto y = year_of(w[2]);
        if (!y) return std::nullopt;
        if (const int m = month_of(w[1])) {
            if (w[0] == "begin") return model::Date{*y, m, 10};
            if (w[0] == "medio") return model::Date{*y, m, 20};
            if (w[0] == "eind") return last_of_month(*y, m);
            int day = 0;
            for (char c : w[0]) day = c >= '0' && c <= '9' && day < 100 ? day * 10 + (c - '0') : 100;
            if (model::is_valid_date(*y, m, day)) return model::Date{*y, m, day};
            return std::nullopt;
        }
        if (w[1] == "kwartaal" && w[0].size() >= 2 && w[0][0] >= '1' && w[0][0] <= '4')
            return last_of_month(*y, (w[0][0] - '0') * 3);
    }
    return std::nullopt;
}

}  // namespace

void check_status_target(const Subject& s, const Context&, diag::Diagnostics& out) {
    const model::Raadsinformatiebrief* b = s.brief();
    if (!b || !b->status) return;
    for (const model::DomainStatus& d : b->status->domains) {
        if (d.status == "afgerond" || d.target.empty()) continue;
        const auto day = target_day(d.target);
        if (!day || !(*day < b->date)) continue;
        out.push_back(diag::make("RS218", s.at(d.pointer + "/streefdatum"),
                                 "streefdatum \"" + d.target + "\" van " + d.domain + " ligt vóór de datum van de brief (" +
                                     dutch(b->date) + "), maar de status is nog \"" + d.status + "\"",
                                 "werk de status bij (bijvoorbeeld \"afgerond\") of de streefdatum"));
    }
}

}  // namespace raadsstuk::check
