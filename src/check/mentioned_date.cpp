#include "check/mentioned_date.hpp"

#include <cstdlib>

#include "format/dutch.hpp"

namespace raadsstuk::check {
namespace {

// The days of month `month` of `year` that `part` names.
DayRange month_range(int year, int month, MonthPart part) {
    const int last = model::days_in_month(year, month);
    switch (part) {
        case MonthPart::begin: return {{year, month, 1}, {year, month, 10}};
        case MonthPart::middle: return {{year, month, 11}, {year, month, 20}};
        case MonthPart::end: return {{year, month, 21}, {year, month, last}};
        case MonthPart::whole: break;
    }
    return {{year, month, 1}, {year, month, last}};
}

std::optional<DayRange> in_year(const DateMention& m, int year) {
    if (m.day == 0) return month_range(year, m.month, m.part);
    if (!model::is_valid_date(year, m.month, m.day)) return std::nullopt;
    const model::Date d{year, m.month, m.day};
    return DayRange{d, d};
}

long distance(const DayRange& r, const model::Date& d) {
    if (r.contains(d)) return 0;
    const long a = r.first.days_since_epoch(), b = r.last.days_since_epoch(), x = d.days_since_epoch();
    return x < a ? a - x : x - b;
}

}  // namespace

bool mention_exists(const DateMention& m) {
    if (m.day == 0) return true;
    if (m.year) return model::is_valid_date(*m.year, m.month, m.day);
    return m.day <= (m.month == 2 ? 29 : model::days_in_month(2001, m.month));
}

std::optional<DayRange> resolve_mention(const DateMention& m, const model::Date& document_date) {
    if (!mention_exists(m)) return std::nullopt;
    if (m.year) return in_year(m, *m.year);
    // Without a year: the candidates around the document's year (29 februari needs a leap year, so look
    // up to eight years either way), chosen by the marker.
    std::optional<DayRange> best;
    for (int y = document_date.year - 8; y <= document_date.year + 8; ++y) {
        const auto r = in_year(m, y);
        if (!r) continue;
        switch (m.relative) {
            case Relative::past:
                if (r->first <= document_date && (!best || best->first < r->first)) best = r;
                break;
            case Relative::coming:
                if (document_date <= r->last && (!best || r->last < best->last)) best = r;
                break;
            case Relative::none:
                if (!best || distance(*r, document_date) < distance(*best, document_date)) best = r;
                break;
        }
    }
    return best;
}

std::string describe(const DayRange& range, const DateMention& m) {
    if (m.day != 0) return format::format_date(range.first);
    std::string out;
    if (m.part == MonthPart::begin) out = "begin ";
    if (m.part == MonthPart::middle) out = "medio ";
    if (m.part == MonthPart::end) out = "eind ";
    out += format::month_name(range.first.month);
    out += ' ';
    out += std::to_string(range.first.year);
    return out;
}

}  // namespace raadsstuk::check
