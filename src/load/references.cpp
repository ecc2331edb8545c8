#include "load/references.hpp"

namespace raadsstuk::load::detail {

void read_references(Reader& r, const json& root, const ObjectShape& element_shape,
                     std::vector<model::DocumentReference>& into) {
    const json::array_t* refs = r.array(root, "", "verwijzingen");
    if (!refs) return;
    for (std::size_t i = 0; i < refs->size(); ++i) {
        const std::string pointer = child("/verwijzingen", i);
        const json& v = (*refs)[i];
        if (!r.object(v, pointer, element_shape)) continue;
        model::DocumentReference ref;
        ref.pointer = pointer;
        set(r.text(v, pointer, "zaaknummer"), ref.zaaknummer);
        set(r.text(v, pointer, "documentnummer"), ref.documentnummer);
        set(r.text(v, pointer, "soort"), ref.kind);
        ref.date = r.date(v, pointer, "datum");
        if (!member(v, "zaaknummer") && !member(v, "documentnummer"))
            r.report("RS004", pointer, "verwijzing zonder \"zaaknummer\" en zonder \"documentnummer\"",
                     "geef ten minste één van beide, zoals \"zaaknummer\": \"Z-21-52738\"");
        into.push_back(std::move(ref));
    }
}

}  // namespace raadsstuk::load::detail
