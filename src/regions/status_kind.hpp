#pragma once
// What a status label of the status per domain means, for the renderers that colour it (the PDF's status
// figure, the HTML's status table): the words of the data (load::status_values) in three groups.
#include <string_view>

namespace raadsstuk::regions {

enum class StatusKind { decided, under_study, halted, other };

// "besloten" and "afgerond" -> decided, "in onderzoek" -> under_study, "stilgelegd" -> halted; case and
// surrounding spaces do not matter; anything else -> other.
StatusKind status_kind(std::string_view label);

}  // namespace raadsstuk::regions
