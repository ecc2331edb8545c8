#include "diff/text_report.hpp"

namespace raadsstuk::diff {
namespace {

constexpr const char* kRed = "\x1b[31;9m";
constexpr const char* kGreen = "\x1b[32;4m";
constexpr const char* kBold = "\x1b[1m";
constexpr const char* kReset = "\x1b[0m";

struct Group {
    Change change;
    std::vector<std::string> words;  // kBreak included
};

std::vector<Group> groups_of(const Pieces& pieces) {
    std::vector<Group> groups;
    for (const auto& p : pieces) {
        if (groups.empty() || groups.back().change != p.change) groups.push_back({p.change, {}});
        groups.back().words.push_back(p.text);
    }
    return groups;
}

std::string join_words(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) {
        if (is_break(words[i])) continue;
        if (!out.empty()) out += ' ';
        out += words[i];
    }
    return out;
}

std::string marked(const Group& g, bool colour, const std::string& text) {
    const std::string shown = text.empty() ? "\xc2\xb6" : text;  // only a paragraph break: ¶
    if (g.change == Change::deleted) return colour ? kRed + shown + kReset : "[-" + shown + "-]";
    return colour ? kGreen + shown + kReset : "{+" + shown + "+}";
}

// One paragraph: equal stretches shortened to `context` words next to a change (0 = not shortened).
std::string paragraph_line(const Pieces& pieces, bool colour, std::size_t context) {
    const auto groups = groups_of(pieces);
    std::string out;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const Group& group = groups[g];
        std::string text;
        if (group.change != Change::equal) {
            text = marked(group, colour, join_words(group.words, 0, group.words.size()));
        } else {
            std::vector<std::string> words;
            for (const auto& w : group.words)
                if (!is_break(w)) words.push_back(w);
            const bool first = g == 0, last = g + 1 == groups.size();
            const std::size_t n = words.size();
            if (context == 0 || n <= (first || last ? context : 2 * context) + 1) {
                text = join_words(words, 0, n);
            } else if (first) {
                text = "\xe2\x80\xa6 " + join_words(words, n - context, n);
            } else if (last) {
                text = join_words(words, 0, context) + " \xe2\x80\xa6";
            } else {
                text = join_words(words, 0, context) + " \xe2\x80\xa6 " + join_words(words, n - context, n);
            }
        }
        if (text.empty()) continue;
        if (!out.empty()) out += ' ';
        out += text;
    }
    return out;
}

// The body's pieces split into lines (the sentences of the Markdown), each closed by its break piece.
std::vector<Pieces> paragraphs_of(const Pieces& body) {
    std::vector<Pieces> paragraphs(1);
    for (const auto& p : body) {
        paragraphs.back().push_back(p);
        if (is_break(p.text)) paragraphs.emplace_back();
    }
    if (paragraphs.back().empty()) paragraphs.pop_back();
    return paragraphs;
}

std::string section_title(const SectionDiff& s, bool colour) {
    std::string title = s.region;
    if (has_changes(s.heading)) title += ": " + inline_pieces(s.heading, colour);
    else if (!s.new_heading.empty()) title += ": " + s.new_heading;
    if (s.only_new) title += " (nieuw)";
    if (s.only_old) title += " (vervallen)";
    return title;
}

}  // namespace

std::string inline_pieces(const Pieces& pieces, bool colour) { return paragraph_line(pieces, colour, 0); }

Pieces metadata_pieces(const MetadataChange& change) {
    if (change.old_values.size() <= 1 && change.new_values.size() <= 1) {
        const auto a = change.old_values.empty() ? std::vector<std::string>{} : split_words(change.old_values[0]);
        const auto b = change.new_values.empty() ? std::vector<std::string>{} : split_words(change.new_values[0]);
        return diff_words(a, b);
    }
    Pieces values = diff_words(change.old_values, change.new_values);
    return values;
}

std::string text_report(const DocumentDiff& diff, const TextReportOptions& options) {
    if (diff.equal()) return {};
    const bool c = options.colour;
    std::string out;
    out += (c ? std::string(kBold) : "") + "--- " + options.old_name + (c ? kReset : "") + '\n';
    out += (c ? std::string(kBold) : "") + "+++ " + options.new_name + (c ? kReset : "") + '\n';
    if (!diff.metadata.empty()) {
        out += (c ? std::string(kBold) : "") + "@@ kenmerken @@" + (c ? kReset : "") + '\n';
        for (const auto& m : diff.metadata) {
            const Pieces pieces = metadata_pieces(m);
            std::string line;
            if (m.old_values.size() <= 1 && m.new_values.size() <= 1) {
                line = inline_pieces(pieces, c);
            } else {
                // values of a list, one group per value, separated by "; "
                for (const auto& p : pieces) {
                    if (!line.empty()) line += "; ";
                    line += p.change == Change::equal ? p.text : inline_pieces(Pieces{p}, c);
                }
            }
            out += m.label + ": " + line + '\n';
        }
    }
    for (const auto& s : diff.sections) {
        if (!s.changed()) continue;
        out += (c ? std::string(kBold) : "") + "@@ " + section_title(s, c) + " @@" + (c ? kReset : "") + '\n';
        for (const auto& paragraph : paragraphs_of(s.body)) {
            if (!has_changes(paragraph)) continue;
            out += paragraph_line(paragraph, c, options.context) + '\n';
        }
    }
    return out;
}

}  // namespace raadsstuk::diff
