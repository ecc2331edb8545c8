#include "diff/redline_outline.hpp"

#include <algorithm>

namespace raadsstuk::diff {
namespace {

std::vector<Pieces> paragraphs(const Pieces& body) {
    std::vector<Pieces> out(1);
    for (const auto& p : body) {
        out.back().push_back(p);
        if (p.text == kBreak) out.emplace_back();
    }
    if (out.back().empty()) out.pop_back();
    return out;
}

bool is_list_item(const Pieces& paragraph) {
    if (paragraph.empty()) return false;
    const std::string& w = paragraph.front().text;
    return w == "-" || w == "*" ||
           (w.size() >= 2 && (w.back() == '.' || w.back() == ')') &&
            w.find_first_not_of("0123456789abcdefghijklmnopqrstuvwxyz") == w.size() - 1);
}

}  // namespace

bool RedlineRun::paragraph_mark() const { return words.size() == 1 && words.front() == kParagraphMark; }

std::vector<RedlineRun> redline_runs(const Pieces& pieces) {
    std::vector<RedlineRun> runs;
    for (std::size_t i = 0; i < pieces.size();) {
        RedlineRun run{pieces[i].change, {}};
        bool paragraph_break = false;
        for (; i < pieces.size() && pieces[i].change == run.change; ++i) {
            if (pieces[i].text == kBreak) paragraph_break = true;
            if (!is_break(pieces[i].text)) run.words.push_back(pieces[i].text);
        }
        if (run.words.empty() && (run.change == Change::equal || !paragraph_break)) continue;
        if (run.words.empty()) run.words.emplace_back(kParagraphMark);
        runs.push_back(std::move(run));
    }
    return runs;
}

std::vector<RedlineBlock> redline_outline(const DocumentDiff& diff) {
    std::vector<RedlineBlock> blocks;
    const auto values = [&](const char* name, const Pieces& pieces) {
        if (pieces.empty()) return;
        RedlineBlock b;
        b.kind = RedlineBlock::Kind::values;
        b.name = name;
        b.values = pieces;
        blocks.push_back(std::move(b));
    };
    bool signed_shown = false;
    std::string region;
    for (const auto& s : diff.sections) {
        if (s.region != region) {
            if (region == "slot" && !signed_shown) {
                values("ondertekening", diff.signatories);
                signed_shown = true;
            }
            region = s.region;
            RedlineBlock b;
            b.kind = RedlineBlock::Kind::region;
            b.name = region;
            blocks.push_back(std::move(b));
        }
        if (!s.heading.empty()) {
            RedlineBlock b;
            b.kind = RedlineBlock::Kind::heading;
            b.level = std::clamp(s.heading_level, 2, 4);
            b.runs = redline_runs(s.heading);
            blocks.push_back(std::move(b));
        }
        for (const auto& paragraph : paragraphs(s.body)) {
            RedlineBlock b;
            b.kind = RedlineBlock::Kind::paragraph;
            b.runs = redline_runs(paragraph);
            b.list_item = is_list_item(paragraph);
            blocks.push_back(std::move(b));
        }
    }
    if (!signed_shown) values("ondertekening", diff.signatories);
    values("bijlagen", diff.attachments);
    return blocks;
}

}  // namespace raadsstuk::diff
