#include "layout/page_flow.hpp"

#include "layout/set_paragraph.hpp"

namespace raadsstuk::layout {
namespace {

constexpr double kEpsilon = 0.01;

// Decides where pages start: the index of the first strip of every page.
std::vector<std::size_t> page_starts(const std::vector<Strip>& strips, const PageFrame& frame) {
    std::vector<std::size_t> starts{0};
    const std::size_t n = strips.size();
    std::size_t page_first = 0;
    double y = frame.first_page_top;
    auto open_page = [&](std::size_t first) {
        starts.push_back(first);
        page_first = first;
        y = frame.top;
        const int header = strips[first].repeat_header;
        if (header >= 0 && static_cast<std::size_t>(header) != first) y += strips[static_cast<std::size_t>(header)].height;
    };
    for (std::size_t i = 0; i < n;) {
        const Strip& s = strips[i];
        if (s.page_break_before && i != page_first) {
            open_page(i);
            continue;
        }
        const double before = i == page_first ? 0 : s.space_before;
        if (i == page_first || y + before + s.height <= frame.bottom + kEpsilon) {
            y += before + s.height;
            ++i;
            continue;
        }
        // Does not fit: break before the chain of kept strips that ends just before i.
        std::size_t j = i;
        while (j > page_first && strips[j - 1].keep_with_next) --j;
        if (j == page_first) j = i;  // the chain fills the page: break where it overflows
        open_page(j);
        i = j;
    }
    return starts;
}

// Puts a strip's items and links straight onto the page, moved there by y (the same arithmetic as translate()):
// copied, or taken from the strip when `take` (then the strip keeps no items or links).
void place(Strip& s, bool take, double y, std::size_t page_index, Page& page, std::vector<OutlineEntry>& outline) {
    for (PageItem& item : s.items) {
        if (take) page.items.push_back(std::move(item));
        else page.items.push_back(item);
        translate(page.items.back(), 0, y);
    }
    const std::size_t first_link = page.links.size();
    if (take) page.links.insert(page.links.end(), std::make_move_iterator(s.links.begin()), std::make_move_iterator(s.links.end()));
    else page.links.insert(page.links.end(), s.links.begin(), s.links.end());
    for (std::size_t k = first_link; k < page.links.size(); ++k) page.links[k].x += 0, page.links[k].y += y;
    if (take) {
        s.items.clear();
        s.links.clear();
    }
    if (s.outline) {
        OutlineEntry e = *s.outline;
        e.page = page_index;
        e.y = y;
        outline.push_back(e);
    }
}

// The pages of strips that page_starts() cut; `take`: move the items of every strip that no other repeats.
FlowResult fill_pages(std::vector<Strip>& strips, const PageFrame& frame, bool take) {
    FlowResult result;
    if (strips.empty()) {
        result.pages.emplace_back();
        return result;
    }
    std::vector<bool> repeated(take ? strips.size() : 0, false);
    if (take)
        for (const Strip& s : strips)
            if (s.repeat_header >= 0) repeated[static_cast<std::size_t>(s.repeat_header)] = true;
    const std::vector<std::size_t> starts = page_starts(strips, frame);
    for (std::size_t p = 0; p < starts.size(); ++p) {
        result.pages.emplace_back();
        Page& page = result.pages.back();
        const std::size_t first = starts[p];
        const std::size_t end = p + 1 < starts.size() ? starts[p + 1] : strips.size();
        double y = p == 0 ? frame.first_page_top : frame.top;
        const int header = strips[first].repeat_header;
        if (p > 0 && header >= 0 && static_cast<std::size_t>(header) != first) {
            place(strips[static_cast<std::size_t>(header)], false, y, p, page, result.outline);
            y += strips[static_cast<std::size_t>(header)].height;
        }
        for (std::size_t i = first; i < end; ++i) {
            result.page_of_strip.push_back(p);
            if (i != first) y += strips[i].space_before;
            place(strips[i], take && !repeated[i], y, p, page, result.outline);
            y += strips[i].height;
        }
    }
    return result;
}

}  // namespace

FlowResult paginate(const std::vector<Strip>& strips, const PageFrame& frame) {
    std::vector<Strip> copy = strips;
    return fill_pages(copy, frame, false);
}

FlowResult paginate(std::vector<Strip>&& strips, const PageFrame& frame) { return fill_pages(strips, frame, true); }

}  // namespace raadsstuk::layout
