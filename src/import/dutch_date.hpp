#pragma once
// Dates as letters print them: "21 mei 2021", "dinsdag 22 september 2020", "21-05-2021", "2021-05-21".
#include <optional>
#include <string_view>

#include "model/date.hpp"

namespace raadsstuk::import {

// The date the whole of `text` is (a weekday in front and a trailing full stop or comma allowed), or nothing.
std::optional<model::Date> parse_dutch_date(std::string_view text);

}  // namespace raadsstuk::import
