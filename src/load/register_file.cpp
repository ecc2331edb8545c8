// Loads a register file: a gemeente and the documents of its case system that are not in the data tree.
#include "load/register_file.hpp"

#include "load/reader.hpp"

namespace raadsstuk::load {
namespace {

using detail::child;
using detail::json;
using detail::Reader;
using detail::set;

const std::vector<ObjectShape> kRegister = {
    {"", {"soort", "gemeente", "documenten"}, {"$schema", "opmerking"}},
    {"/documenten/*", {"zaaknummer", "soort", "datum", "onderwerp"}, {"documentnummer", "afzender", "opmerking"}},
};

}  // namespace

std::span<const ObjectShape> register_shapes() { return kRegister; }

std::optional<std::vector<model::RegisterEntry>> load_register(std::string_view json_text,
                                                               const std::string& file_name,
                                                               diag::Diagnostics& out) {
    const std::size_t first = out.size();
    const auto root = detail::read_root(json_text, file_name, shape_at(kRegister, ""),
                                        kKindRegister, out);
    if (!root) return std::nullopt;
    Reader r(file_name, out);

    std::string gemeente;
    set(r.id(*root, "", "gemeente", "voorschoten"), gemeente);
    std::vector<model::RegisterEntry> entries;
    if (const json::array_t* docs = r.array(*root, "", "documenten", "document")) {
        for (std::size_t i = 0; i < docs->size(); ++i) {
            const std::string at = child("/documenten", i);
            const json& v = (*docs)[i];
            if (!r.object(v, at, shape_at(kRegister, "/documenten/*"))) continue;
            model::RegisterEntry e;
            e.gemeente = gemeente;
            e.source_file = file_name;
            e.pointer = at;
            e.zaaknummer_pointer = child(at, "zaaknummer");
            e.date_pointer = child(at, "datum");
            set(r.text(v, at, "zaaknummer"), e.zaaknummer);
            if (auto nr = r.text(v, at, "documentnummer")) {
                e.documentnummer = std::move(*nr);
                e.documentnummer_pointer = child(at, "documentnummer");
            }
            set(r.text(v, at, "soort"), e.kind);
            set(r.date(v, at, "datum"), e.date);
            set(r.text(v, at, "onderwerp"), e.subject);
            set(r.text(v, at, "afzender"), e.sender);
            r.text(v, at, "opmerking");  // checked, never used
            entries.push_back(std::move(e));
        }
    }
    r.text(*root, "", "opmerking");
    if (detail::errors_since(out, first)) return std::nullopt;
    return entries;
}

}  // namespace raadsstuk::load
