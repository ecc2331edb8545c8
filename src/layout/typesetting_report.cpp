#include "layout/typesetting_report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace raadsstuk::layout {
namespace {

using Kind = StripRole::Kind;

bool is_text(const FlowRecord& r) { return r.role.kind == Kind::text_line; }

}  // namespace

bool TypesettingReport::within_bounds() const {
    return mean_space_scale <= kMeanSpaceScaleBound && typical_space_scale <= kTypicalSpaceScaleBound &&
           worst_space_scale <= kWorstSpaceScaleBound &&
           hyphen_at_page_end == 0 && longest_hyphen_run <= 2 && orphans == 0 && widows == 0 &&
           headings_at_page_foot == 0 && !closing_split;
}

TypesettingReport measure_typesetting(const LaidOutDocument& doc) {
    TypesettingReport r;
    r.pages = doc.pages.size();
    const auto& flow = doc.flow;
    double sum = 0;
    std::vector<double> scales;
    std::size_t run = 0;
    std::size_t closing_page = 0;
    bool seen_closing = false;
    for (std::size_t i = 0; i < flow.size(); ++i) {
        const FlowRecord& f = flow[i];
        const StripRole& role = f.role;
        const FlowRecord* next = i + 1 < flow.size() ? &flow[i + 1] : nullptr;
        const FlowRecord* prev = i > 0 ? &flow[i - 1] : nullptr;
        const bool last_on_page = !next || next->page != f.page;
        const bool first_on_page = !prev || prev->page != f.page;
        if (role.kind == Kind::closing) {
            if (seen_closing && f.page != closing_page) r.closing_split = true;
            seen_closing = true;
            closing_page = f.page;
            continue;
        }
        if (role.kind == Kind::heading_line) {
            // The heading's last line must have the start of its section beside it on the page.
            const bool heading_continues = next && next->role.kind == Kind::heading_line &&
                                           next->role.paragraph == role.paragraph;
            if (!heading_continues && last_on_page) ++r.headings_at_page_foot;
            continue;
        }
        if (!is_text(f)) continue;
        ++r.text_lines;
        const bool last_line = role.line + 1 == role.lines;
        if (role.justified && role.spaces > 0 && !last_line) {
            ++r.justified_lines;
            sum += role.space_scale;
            scales.push_back(role.space_scale);
            if (role.space_scale > kLooseSpaceScale) ++r.loose_lines;
            if (role.space_scale > r.worst_space_scale || r.worst_page == 0) {
                r.worst_space_scale = std::max(r.worst_space_scale, role.space_scale);
                r.worst_page = f.page + 1;
            }
            r.least_space_scale = std::min(r.least_space_scale, role.space_scale);
        }
        if (role.hyphenated) {
            ++r.hyphenated_lines;
            run = role.line == 0 ? 1 : run + 1;
            r.longest_hyphen_run = std::max(r.longest_hyphen_run, run);
            if (last_on_page) ++r.hyphen_at_page_end;
        } else {
            run = 0;
        }
        if (role.lines >= 2 && role.line == 0 && last_on_page && next) ++r.orphans;
        if (role.lines >= 2 && last_line && first_on_page && prev) ++r.widows;
    }
    if (r.justified_lines > 0) {
        r.mean_space_scale = sum / static_cast<double>(r.justified_lines);
        std::sort(scales.begin(), scales.end());
        // The nearest-rank 95th percentile: the smallest value with at least 95 % of the lines at or below it.
        const auto rank = static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(scales.size())));
        r.typical_space_scale = scales[std::max<std::size_t>(rank, 1) - 1];
    }
    return r;
}

std::string describe(const TypesettingReport& r) {
    const auto percent = [](double scale) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%+.1f %%", (scale - 1) * 100);
        return std::string(buf);
    };
    std::string out;
    const auto line = [&](const char* name, const std::string& value) { out += std::string(name) + value + "\n"; };
    line("pages:                 ", std::to_string(r.pages));
    line("text lines:            ", std::to_string(r.text_lines));
    line("justified lines:       ", std::to_string(r.justified_lines));
    line("word space, mean:      ", percent(r.mean_space_scale) + " (bound " + percent(kMeanSpaceScaleBound) + ")");
    line("word space, 95 %:      ", percent(r.typical_space_scale) + " (bound " + percent(kTypicalSpaceScaleBound) + ")");
    line("word space, widest:    ", percent(r.worst_space_scale) + " on page " + std::to_string(r.worst_page) +
                                        " (bound " + percent(kWorstSpaceScaleBound) + ")");
    line("word space, narrowest: ", percent(r.least_space_scale));
    line("loose lines:           ", std::to_string(r.loose_lines) + " (spaces over " + percent(kLooseSpaceScale) + ")");
    line("hyphenated lines:      ", std::to_string(r.hyphenated_lines) + " (longest run " +
                                        std::to_string(r.longest_hyphen_run) + ", at a page end " +
                                        std::to_string(r.hyphen_at_page_end) + ")");
    line("orphans:               ", std::to_string(r.orphans));
    line("widows:                ", std::to_string(r.widows));
    line("headings at page foot: ", std::to_string(r.headings_at_page_foot));
    line("closing split:         ", r.closing_split ? "yes" : "no");
    line("within bounds:         ", r.within_bounds() ? "yes" : "NO");
    return out;
}

}  // namespace raadsstuk::layout
