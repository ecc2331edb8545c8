#include "render/document_parts_view.hpp"

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

Value attachments_view(const std::vector<std::string>& titles) {
    Value lijst = Value::list();
    for (std::size_t i = 0; i < titles.size(); ++i)
        lijst.push_back(Value::map().set("nummer", std::to_string(i + 1)).set("titel", titles[i]));
    return Value::map()
        .set("aantal", titles.empty() ? std::string("geen") : std::to_string(titles.size()))
        .set("heeft", !titles.empty())
        .set("lijst", std::move(lijst));
}

}  // namespace raadsstuk::render
