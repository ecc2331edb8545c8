#include "check/phrases.hpp"

#include "format/dutch.hpp"

namespace raadsstuk::check {

std::string place(const resolve::RegisteredDocument& d) {
    return d.entry.pointer.empty() ? d.entry.source_file : d.entry.source_file + ":" + d.entry.pointer;
}

std::string numbers(const resolve::RegisteredDocument& d) {
    const bool inside = d.zaak && !d.zaak->documentnummer.empty();
    if (d.documentnummer.empty() || inside) return d.entry.zaaknummer;
    if (d.entry.zaaknummer.ends_with('/')) return d.entry.zaaknummer + d.documentnummer;
    return d.entry.zaaknummer + "/" + d.documentnummer;
}

std::string described(const resolve::RegisteredDocument& d) {
    return d.entry.kind + " " + numbers(d) + " van " + dutch(d.entry.date) + " (" + place(d) + ")";
}

std::string dutch(const model::Date& d) { return format::format_date(d); }

std::string enumerate(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? " en " : ", ";
        out += items[i];
    }
    return out;
}

}  // namespace raadsstuk::check
