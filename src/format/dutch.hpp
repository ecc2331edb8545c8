#pragma once
// Dutch notation for dates and amounts. Locale-independent: no std::locale, no strftime, so the output
// bytes never depend on the machine.
#include <string>

#include "model/date.hpp"

namespace raadsstuk::format {

// "21 mei 2021": day without leading zero, month name in lower case, full year.
std::string format_date(const model::Date& date);

// "dinsdag 22 september 2020": as format_date, preceded by the weekday name in lower case.
std::string format_date_with_weekday(const model::Date& date);

// The Dutch month name in lower case, 1 = "januari" .. 12 = "december"; "" outside 1..12.
std::string_view month_name(int month);
// The Dutch weekday name in lower case, 0 = "maandag" .. 6 = "zondag" (model::Date::weekday()).
std::string_view weekday_name(int weekday);

// An amount in euro cents in Dutch notation, as the letters print it:
//   6400000 -> "€ 64.000"        (whole euros: no decimals, unless always_cents)
//   123456  -> "€ 1.234,56"      ('.' groups thousands, ',' separates the cents)
//   50      -> "€ 0,50"
//   -123456 -> "€ -1.234,56"     (the minus sign stands between the euro sign and the digits)
// The euro sign is followed by a normal space (U+0020), not a non-breaking one, as in the reference letters;
// the PDF layout keeps "€ 64.000" together by itself.
std::string format_euro(long long cents, bool always_cents = false);

}  // namespace raadsstuk::format
