#pragma once
// What a date in a text means, read against the document's date: "8 maart jl." is the latest 8 maart on or
// before it, "medio oktober a.s." the first one on or after it, and a date without a year and without a
// marker the nearest one. Used by the checks on dates in texts (RS201-RS204).
#include <optional>
#include <string>

#include "check/text_scan.hpp"
#include "model/date.hpp"

namespace raadsstuk::check {

struct DayRange {
    model::Date first;
    model::Date last;
    bool single_day() const { return first == last; }
    bool contains(const model::Date& d) const { return first <= d && d <= last; }
};

// Whether the day exists in its month: in its year, or in some year when no year is written (29 februari).
bool mention_exists(const DateMention& m);

// The days `m` means against `document_date`; nothing for a day that does not exist.
std::optional<DayRange> resolve_mention(const DateMention& m, const model::Date& document_date);

// "8 maart 2022", "medio oktober 2022", "maart 2022" (Dutch).
std::string describe(const DayRange& range, const DateMention& m);

}  // namespace raadsstuk::check
