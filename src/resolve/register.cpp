#include "resolve/register.hpp"

#include <algorithm>
#include <utility>

namespace raadsstuk::resolve {
namespace {

std::string_view trimmed(std::string_view s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

std::string number_key(std::string_view gemeente, std::string_view documentnummer) {
    std::string_view nr = trimmed(documentnummer);
    const auto first = nr.find_first_not_of('0');
    nr = first == std::string_view::npos ? std::string_view("0") : nr.substr(first);
    std::string key(gemeente);
    key += '\n';
    key += nr;
    return key;
}

}  // namespace

Register::Register(std::vector<model::RegisterEntry> entries, const std::map<std::string, model::Gemeente>& gemeenten)
    : Register(
          entries.size(),
          [&](const EntrySink& add) {
              for (auto& e : entries) add(std::move(e));
          },
          gemeenten) {}

Register::Register(std::size_t count, const std::function<void(const EntrySink&)>& each,
                   const std::map<std::string, model::Gemeente>& gemeenten) {
    for (const auto& [id, g] : gemeenten) patterns_.emplace(id, g.zaaknummer_patterns);
    documents_.reserve(count);
    each([this](model::RegisterEntry&& e) { add(std::move(e)); });
    index_places();
}

void Register::add(model::RegisterEntry&& e) {
    RegisteredDocument d;
    d.index = documents_.size();
    d.zaak = parse(e.gemeente, e.zaaknummer);
    d.documentnummer = !e.documentnummer.empty() ? e.documentnummer
                       : d.zaak                 ? d.zaak->documentnummer
                                                : std::string();
    d.entry = std::move(e);
    if (!d.documentnummer.empty())
        by_documentnummer_[number_key(d.entry.gemeente, d.documentnummer)].push_back(d.index);
    by_zaak_[zaak_key(d.entry.gemeente, d.entry.zaaknummer)].push_back(d.index);
    documents_.push_back(std::move(d));
}

namespace {

auto place_of(const RegisteredDocument& d) {
    return std::pair<std::string_view, std::string_view>(d.entry.source_file, d.entry.pointer);
}

}  // namespace

void Register::index_places() {
    by_place_.resize(documents_.size());
    for (std::size_t i = 0; i < documents_.size(); ++i) by_place_[i] = i;
    std::stable_sort(by_place_.begin(), by_place_.end(), [this](std::size_t a, std::size_t b) {
        return place_of(documents_[a]) < place_of(documents_[b]);
    });
}

std::span<const model::ZaaknummerPattern> Register::patterns(std::string_view gemeente) const {
    const auto it = patterns_.find(gemeente);
    if (it == patterns_.end()) return {};
    return it->second;
}

std::optional<model::Zaaknummer> Register::parse(std::string_view gemeente, std::string_view zaaknummer) const {
    return model::parse_zaaknummer(trimmed(zaaknummer), patterns(gemeente));
}

std::string Register::zaak_key(std::string_view gemeente, std::string_view zaaknummer) const {
    std::string key(gemeente);
    key += '\n';
    if (const auto z = parse(gemeente, zaaknummer)) {
        key += z->year ? std::to_string(*z->year) : std::string("-");
        key += ':';
        key += z->number;
    } else {
        key += '=';
        key += trimmed(zaaknummer);
    }
    return key;
}

std::vector<const RegisteredDocument*> Register::lookup(
    const std::unordered_map<std::string, std::vector<std::size_t>>& index, const std::string& key) const {
    std::vector<const RegisteredDocument*> out;
    if (const auto it = index.find(key); it != index.end())
        for (std::size_t i : it->second) out.push_back(&documents_[i]);
    return out;
}

std::vector<const RegisteredDocument*> Register::with_documentnummer(std::string_view gemeente,
                                                                     std::string_view documentnummer) const {
    return lookup(by_documentnummer_, number_key(gemeente, documentnummer));
}

std::vector<const RegisteredDocument*> Register::in_zaak(std::string_view gemeente,
                                                         std::string_view zaaknummer) const {
    return lookup(by_zaak_, zaak_key(gemeente, zaaknummer));
}

const RegisteredDocument* Register::find(std::string_view file, std::string_view pointer) const {
    const std::pair<std::string_view, std::string_view> key(file, pointer);
    const auto it = std::lower_bound(by_place_.begin(), by_place_.end(), key,
                                     [this](std::size_t i, const auto& k) { return place_of(documents_[i]) < k; });
    return it != by_place_.end() && place_of(documents_[*it]) == key ? &documents_[*it] : nullptr;
}

namespace {

// The fields every document has, at the same places in its file.
template <class Document>
model::RegisterEntry common_entry(const Document& doc, std::string kind, const model::Date& date,
                                  std::string date_pointer) {
    model::RegisterEntry e;
    e.gemeente = doc.gemeente;
    e.zaaknummer = doc.zaaknummer;
    e.documentnummer = doc.documentnummer;
    e.kind = std::move(kind);
    e.date = date;
    e.subject = doc.subject;
    e.source_file = doc.source_file;
    e.zaaknummer_pointer = "/zaaknummer";
    if (!doc.documentnummer.empty()) e.documentnummer_pointer = "/documentnummer";
    e.date_pointer = std::move(date_pointer);
    return e;
}

}  // namespace

model::RegisterEntry register_entry(const model::Raadsinformatiebrief& brief) {
    model::RegisterEntry e = common_entry(brief, "raadsinformatiebrief", brief.date, "/datum");
    if (brief.status)
        for (const auto& d : brief.status->domains) e.statuses.push_back({d.domain, d.status, d.pointer + "/status"});
    return e;
}

model::RegisterEntry register_entry(const model::Raadsvoorstel& voorstel) {
    return common_entry(voorstel, "raadsvoorstel", voorstel.college_date, "/datum_collegebesluit");
}

}  // namespace raadsstuk::resolve
