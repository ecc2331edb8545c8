#pragma once
// A calendar date without time or zone. Documents are dated by day; nothing in the engine reads the clock.
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace raadsstuk::model {

struct Date {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31

    auto operator<=>(const Date&) const = default;

    // ISO 8601 "YYYY-MM-DD".
    std::string iso() const;
    // 0 = maandag ... 6 = zondag (ISO weekday minus one).
    int weekday() const;
    // Days since 1970-01-01 (negative before).
    long days_since_epoch() const;
    static Date from_days_since_epoch(long days);
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
bool is_valid_date(int year, int month, int day);

// Parses exactly "YYYY-MM-DD" and checks that the day exists (no 31 september, no 29 februari 2021).
std::optional<Date> parse_iso_date(std::string_view text);

}  // namespace raadsstuk::model
