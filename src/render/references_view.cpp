#include "render/references_view.hpp"

#include "format/dutch.hpp"

namespace raadsstuk::render {

Value references_view(const std::vector<model::DocumentReference>& references) {
    const auto text_or_false = [](const std::string& s) { return s.empty() ? Value(false) : Value(s); };
    Value list = Value::list();
    for (const auto& r : references) {
        std::string kenmerk = r.zaaknummer;
        if (!r.documentnummer.empty()) kenmerk += (kenmerk.empty() ? "" : "/") + r.documentnummer;
        list.push_back(Value::map()
                           .set("zaaknummer", text_or_false(r.zaaknummer))
                           .set("documentnummer", text_or_false(r.documentnummer))
                           .set("kenmerk", kenmerk)
                           .set("soort", text_or_false(r.kind))
                           .set("datum", r.date ? Value(format::format_date(*r.date)) : Value(false))
                           .set("datum_iso", r.date ? Value(r.date->iso()) : Value(false)));
    }
    return list;
}

}  // namespace raadsstuk::render
