#include "format/dutch.hpp"

#include <array>

namespace raadsstuk::format {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "januari", "februari", "maart",     "april",   "mei",      "juni",
    "juli",    "augustus", "september", "oktober", "november", "december"};

constexpr std::array<std::string_view, 7> kWeekdays = {
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"};

// Digits of n with '.' between groups of three.
std::string group_thousands(unsigned long long n) {
    std::string digits = std::to_string(n);
    std::string out;
    const std::size_t first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
    out.append(digits, 0, first);
    for (std::size_t i = first; i < digits.size(); i += 3) {
        out += '.';
        out.append(digits, i, 3);
    }
    return out;
}

}  // namespace

std::string_view month_name(int month) {
    return month >= 1 && month <= 12 ? kMonths[static_cast<std::size_t>(month - 1)] : std::string_view{};
}

std::string_view weekday_name(int weekday) {
    return weekday >= 0 && weekday <= 6 ? kWeekdays[static_cast<std::size_t>(weekday)] : std::string_view{};
}

std::string format_date(const model::Date& date) {
    std::string out = std::to_string(date.day);
    out += ' ';
    out += month_name(date.month);
    out += ' ';
    out += std::to_string(date.year);
    return out;
}

std::string format_date_with_weekday(const model::Date& date) {
    std::string out(weekday_name(date.weekday()));
    out += ' ';
    out += format_date(date);
    return out;
}

std::string format_euro(long long cents, bool always_cents) {
    const bool negative = cents < 0;
    // Magnitude in unsigned arithmetic, so that LLONG_MIN does not overflow.
    const unsigned long long magnitude =
        negative ? 0ULL - static_cast<unsigned long long>(cents) : static_cast<unsigned long long>(cents);
    const unsigned long long euros = magnitude / 100;
    const unsigned long long rest = magnitude % 100;

    std::string out = "\xE2\x82\xAC ";  // "€ "
    if (negative) out += '-';
    out += group_thousands(euros);
    if (rest != 0 || always_cents) {
        out += ',';
        out += static_cast<char>('0' + rest / 10);
        out += static_cast<char>('0' + rest % 10);
    }
    return out;
}

}  // namespace raadsstuk::format
