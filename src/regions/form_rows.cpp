#include "regions/form_rows.hpp"

namespace raadsstuk::regions {
namespace {

std::string trimmed(std::string s) {
    while (!s.empty() && s.back() == ' ') s.pop_back();
    while (!s.empty() && s.front() == ' ') s.erase(s.begin());
    return s;
}

}  // namespace

std::optional<FormRow> as_form_row(const std::vector<Block>& item) {
    if (item.empty() || item[0].kind != Block::Kind::paragraph || item[0].text.empty()) return std::nullopt;
    const Spans& spans = item[0].text;
    if (!spans[0].style.bold) return std::nullopt;
    std::string label = trimmed(spans[0].text);
    Spans value(spans.begin() + 1, spans.end());
    if (!label.empty() && label.back() == ':') {
        label.pop_back();
    } else if (!value.empty() && !value[0].text.empty() && value[0].text[0] == ':') {
        value[0].text.erase(0, 1);
    } else {
        return std::nullopt;
    }
    while (!value.empty() && !value[0].hard_break && trimmed(value[0].text).empty()) value.erase(value.begin());
    if (!value.empty()) {
        std::string& first = value[0].text;
        first.erase(0, first.find_first_not_of(' ') == std::string::npos ? first.size() : first.find_first_not_of(' '));
    }
    FormRow row;
    row.label = trimmed(label);
    if (!value.empty()) {
        Block paragraph;
        paragraph.kind = Block::Kind::paragraph;
        paragraph.line = item[0].line;
        paragraph.text = std::move(value);
        row.value.push_back(std::move(paragraph));
    }
    row.value.insert(row.value.end(), item.begin() + 1, item.end());
    return row;
}

std::optional<std::vector<FormRow>> as_form(const Block& b) {
    if (b.kind != Block::Kind::list || b.ordered || b.items.empty()) return std::nullopt;
    std::vector<FormRow> rows;
    for (const auto& item : b.items) {
        auto row = as_form_row(item);
        if (!row) return std::nullopt;
        rows.push_back(std::move(*row));
    }
    return rows;
}

}  // namespace raadsstuk::regions
