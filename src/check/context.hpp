#pragma once
// What the checks know of the whole register, worked out once per run so that each subject's checks are
// look-ups: linear or n log n in the size of the register, never a scan per subject.
#include <string>
#include <unordered_map>
#include <vector>

#include "resolve/register.hpp"

namespace raadsstuk::check {

// A document whose documentnummer breaks the rising order of its gemeente, and the one it clashes with.
struct FallingDocumentnummer {
    const resolve::RegisteredDocument* other = nullptr;
    bool other_is_earlier = false;  // other is dated before it and has a higher number (else after, lower)
};

// A domain status reported by a document.
struct ReportedStatusAt {
    const resolve::RegisteredDocument* document = nullptr;
    std::size_t status = 0;  // index into document->entry.statuses
};

struct Context {
    explicit Context(const resolve::Register& reg);

    const resolve::Register& reg;
    // By RegisteredDocument::index (documentnummer_rising.cpp).
    std::unordered_map<std::size_t, FallingDocumentnummer> falling;
    // By status_key() (status_agreement.cpp): every report of a domain on a date in a gemeente.
    std::unordered_map<std::string, std::vector<ReportedStatusAt>> statuses;
};

// Worked out by the checks that need them, in their own files.
std::unordered_map<std::size_t, FallingDocumentnummer> find_falling_documentnummers(const resolve::Register& reg);
std::unordered_map<std::string, std::vector<ReportedStatusAt>> index_statuses(const resolve::Register& reg);
std::string status_key(const resolve::RegisteredDocument& document, const std::string& domain);

}  // namespace raadsstuk::check
