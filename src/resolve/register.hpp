#pragma once
// The register of documents: every document of the data tree and every entry of the register files, indexed
// by zaak and by documentnummer per gemeente. Zaaknummers are read into their parts with the patterns of
// their gemeente (model/zaaknummer.hpp), so "Z/21/052738" finds "Z-21-52738"; a zaaknummer that no pattern
// reads (or of a gemeente without patterns) is compared as written.
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/gemeente.hpp"
#include "model/raadsinformatiebrief.hpp"
#include "model/raadsvoorstel.hpp"
#include "model/register_entry.hpp"
#include "model/zaaknummer.hpp"

namespace raadsstuk::resolve {

struct RegisteredDocument {
    model::RegisterEntry entry;
    std::optional<model::Zaaknummer> zaak;  // its zaaknummer read by its gemeente's patterns
    std::string documentnummer;             // the entry's, or else the one written inside its zaaknummer
    std::size_t index = 0;                  // position in Register::documents()
};

class Register {
public:
    // `entries` in a fixed order (the order of the answers); `gemeenten` by id, for their patterns.
    Register(std::vector<model::RegisterEntry> entries, const std::map<std::string, model::Gemeente>& gemeenten);
    // The same from `count` entries that `each` hands over one at a time (it calls its argument once per
    // entry, in that order), so that a large register is never held twice while it is built.
    using EntrySink = std::function<void(model::RegisterEntry&&)>;
    Register(std::size_t count, const std::function<void(const EntrySink&)>& each,
             const std::map<std::string, model::Gemeente>& gemeenten);

    const std::vector<RegisteredDocument>& documents() const { return documents_; }

    // The zaaknummer patterns of a gemeente (none for a gemeente without patterns or without a file).
    std::span<const model::ZaaknummerPattern> patterns(std::string_view gemeente) const;
    // `zaaknummer` read by the patterns of `gemeente`.
    std::optional<model::Zaaknummer> parse(std::string_view gemeente, std::string_view zaaknummer) const;

    // The documents of `gemeente` with this documentnummer (leading zeros do not count), in register order.
    std::vector<const RegisteredDocument*> with_documentnummer(std::string_view gemeente,
                                                               std::string_view documentnummer) const;
    // The documents of `gemeente` in the zaak of `zaaknummer` (its documentnummer part, if any, ignored).
    std::vector<const RegisteredDocument*> in_zaak(std::string_view gemeente, std::string_view zaaknummer) const;
    // The document whose entry comes from `file` at `pointer` ("" for a document file), or nullptr.
    const RegisteredDocument* find(std::string_view file, std::string_view pointer) const;

private:
    std::string zaak_key(std::string_view gemeente, std::string_view zaaknummer) const;
    std::vector<const RegisteredDocument*> lookup(const std::unordered_map<std::string, std::vector<std::size_t>>& index,
                                                  const std::string& key) const;

    std::vector<RegisteredDocument> documents_;
    std::map<std::string, std::vector<model::ZaaknummerPattern>, std::less<>> patterns_;
    std::unordered_map<std::string, std::vector<std::size_t>> by_documentnummer_;
    std::unordered_map<std::string, std::vector<std::size_t>> by_zaak_;
    void add(model::RegisterEntry&& e);
    void index_places();
    // Positions in documents_ ordered by (source_file, pointer), the first of equal ones first: find() is a
    // binary search, with no key string held per document.
    std::vector<std::size_t> by_place_;
};

// What the register knows of a loaded document. A raadsvoorstel is dated by its collegebesluit.
model::RegisterEntry register_entry(const model::Raadsinformatiebrief& brief);
model::RegisterEntry register_entry(const model::Raadsvoorstel& voorstel);

}  // namespace raadsstuk::resolve
