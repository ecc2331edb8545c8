#include "diff/document_diff.hpp"

#include <algorithm>
#include <map>

namespace raadsstuk::diff {
namespace {

std::string key_of(const Section& s) { return s.region + '\x1f' + s.heading; }

// Pairs of indices (old, new) of the longest common subsequence of section keys.
std::vector<std::pair<std::size_t, std::size_t>> match_sections(const std::vector<Section>& a,
                                                                const std::vector<Section>& b) {
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::size_t> t((n + 1) * (m + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> std::size_t& { return t[i * (m + 1) + j]; };
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            at(i, j) = key_of(a[i]) == key_of(b[j]) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    std::size_t i = 0, j = 0;
    while (i < n && j < m) {
        if (key_of(a[i]) == key_of(b[j])) pairs.emplace_back(i++, j++);
        else if (at(i + 1, j) >= at(i, j + 1)) ++i;
        else ++j;
    }
    return pairs;
}

Pieces all_of(const std::vector<std::string>& tokens, Change change) {
    Pieces out;
    for (const auto& t : tokens) out.push_back({change, t});
    return out;
}

SectionDiff section_diff(const Section* a, const Section* b) {
    SectionDiff d;
    d.region = a ? a->region : b->region;
    d.heading_level = b ? b->heading_level : a->heading_level;
    d.old_heading = a ? a->heading : "";
    d.new_heading = b ? b->heading : "";
    const auto old_heading = a ? split_words(a->heading) : std::vector<std::string>{};
    const auto new_heading = b ? split_words(b->heading) : std::vector<std::string>{};
    const auto old_body = a ? paragraph_tokens(a->paragraphs) : std::vector<std::string>{};
    const auto new_body = b ? paragraph_tokens(b->paragraphs) : std::vector<std::string>{};
    if (!a) {
        d.only_new = true;
        d.heading = all_of(new_heading, Change::inserted);
        d.body = all_of(new_body, Change::inserted);
    } else if (!b) {
        d.only_old = true;
        d.heading = all_of(old_heading, Change::deleted);
        d.body = all_of(old_body, Change::deleted);
    } else {
        d.heading = diff_words(old_heading, new_heading);
        d.body = diff_words(old_body, new_body);
    }
    return d;
}

std::vector<MetadataChange> metadata_changes(const LetterText& a, const LetterText& b) {
    std::vector<MetadataChange> out;
    auto find = [](const LetterText& l, const std::string& label) -> const MetadataField* {
        for (const auto& f : l.metadata)
            if (f.label == label) return &f;
        return nullptr;
    };
    for (const auto& f : a.metadata) {
        const MetadataField* g = find(b, f.label);
        if (!g) out.push_back({f.label, f.values, {}});
        else if (g->values != f.values) out.push_back({f.label, f.values, g->values});
    }
    for (const auto& g : b.metadata)
        if (!find(a, g.label)) out.push_back({g.label, {}, g.values});
    return out;
}

}  // namespace

std::vector<std::string> paragraph_tokens(const std::vector<std::string>& paragraphs) {
    std::vector<std::string> tokens;
    for (const auto& p : paragraphs) {
        std::size_t start = 0;
        for (std::size_t nl; (nl = p.find('\n', start)) != std::string::npos; start = nl + 1) {
            auto words = split_words(std::string_view(p).substr(start, nl - start));
            tokens.insert(tokens.end(), words.begin(), words.end());
            tokens.emplace_back(kLineBreak);
        }
        auto words = split_words(std::string_view(p).substr(start));
        tokens.insert(tokens.end(), words.begin(), words.end());
        tokens.emplace_back(kBreak);
    }
    return tokens;
}

bool DocumentDiff::equal() const {
    return metadata.empty() &&
           std::none_of(sections.begin(), sections.end(), [](const SectionDiff& s) { return s.changed(); });
}

DocumentDiff diff_letters(const LetterText& a, const LetterText& b) {
    DocumentDiff d;
    d.metadata = metadata_changes(a, b);
    const auto values = [](const LetterText& l, const std::string& label) {
        for (const auto& f : l.metadata)
            if (f.label == label) return f.values;
        return std::vector<std::string>{};
    };
    d.signatories = diff_words(values(a, "Ondertekening"), values(b, "Ondertekening"));
    d.attachments = diff_words(values(a, "Bijlagen"), values(b, "Bijlagen"));
    for (const LetterText* l : {&b, &a})
        for (const auto& f : l->metadata)
            if (d.subject.empty() && f.label == "Onderwerp" && !f.values.empty()) d.subject = f.values.front();
    const auto pairs = match_sections(a.sections, b.sections);
    // Between two matched sections, unmatched ones are gone or new; when exactly one old and one new
    // section of the same region lie there, they are one section whose heading changed.
    std::size_t i = 0, j = 0;
    auto gap = [&](std::size_t i_end, std::size_t j_end) {
        if (i_end - i == 1 && j_end - j == 1 && a.sections[i].region == b.sections[j].region) {
            d.sections.push_back(section_diff(&a.sections[i], &b.sections[j]));
        } else {
            for (; i < i_end; ++i) d.sections.push_back(section_diff(&a.sections[i], nullptr));
            for (; j < j_end; ++j) d.sections.push_back(section_diff(nullptr, &b.sections[j]));
        }
        i = i_end, j = j_end;
    };
    for (const auto& [pi, pj] : pairs) {
        gap(pi, pj);
        d.sections.push_back(section_diff(&a.sections[pi], &b.sections[pj]));
        i = pi + 1, j = pj + 1;
    }
    gap(a.sections.size(), b.sections.size());
    return d;
}

DocumentDiff diff_documents(std::string_view old_markdown, std::string_view new_markdown) {
    return diff_letters(read_letter(old_markdown), read_letter(new_markdown));
}

}  // namespace raadsstuk::diff
