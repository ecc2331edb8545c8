#include "check/lookup.hpp"

#include <algorithm>

namespace raadsstuk::check {
namespace {

std::vector<const resolve::RegisteredDocument*> without(std::vector<const resolve::RegisteredDocument*> v,
                                                        const resolve::RegisteredDocument* self) {
    v.erase(std::remove(v.begin(), v.end(), self), v.end());
    return v;
}

}  // namespace

Lookup look_up(const Context& context, const std::string& gemeente, std::string_view zaaknummer,
               std::string_view documentnummer, const resolve::RegisteredDocument* self) {
    Lookup l;
    l.documentnummer = std::string(documentnummer);
    if (!zaaknummer.empty()) {
        if (l.documentnummer.empty()) {
            if (const auto z = context.reg.parse(gemeente, zaaknummer)) l.documentnummer = z->documentnummer;
        }
        l.in_zaak = without(context.reg.in_zaak(gemeente, zaaknummer), self);
    }
    if (!l.documentnummer.empty()) {
        l.by_number = without(context.reg.with_documentnummer(gemeente, l.documentnummer), self);
        if (!zaaknummer.empty() && !l.by_number.empty()) {
            std::vector<const resolve::RegisteredDocument*> both;
            for (const auto* d : l.by_number)
                if (std::find(l.in_zaak.begin(), l.in_zaak.end(), d) != l.in_zaak.end()) both.push_back(d);
            l.other_zaak = both.empty();
            l.targets = both.empty() ? l.by_number : both;
        } else {
            l.targets = l.by_number;
        }
    } else {
        l.targets = l.in_zaak;
    }
    return l;
}

std::string cited(std::string_view zaaknummer, std::string_view documentnummer) {
    std::string out(zaaknummer);
    if (!documentnummer.empty() && !out.ends_with(documentnummer)) {
        if (!out.empty() && !out.ends_with('/')) out += '/';
        out += documentnummer;
    }
    return out;
}

}  // namespace raadsstuk::check
