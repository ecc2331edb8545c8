#pragma once
// The vertical flow: the body of a letter is a list of strips (a line of text, a table row, a figure row),
// each with its height and the space above it. Pagination fills pages top to bottom and breaks between
// strips, never inside one:
//   - a strip with keep_with_next is never the last on a page (headings, the first line of a paragraph,
//     the closing block);
//   - when a chain of kept strips does not fit, the whole chain moves to the next page; a chain taller
//     than a page is broken where it overflows;
//   - space_before is dropped at the top of a page;
//   - a strip with page_break_before starts a new page (unless it is first on its page already);
//   - a strip that names a repeat_header (a table row) gets that header repeated above it when it starts
//     a page.
#include <optional>
#include <vector>

#include "layout/laid_out_document.hpp"

namespace raadsstuk::layout {

struct Strip {
    double height = 0;
    double space_before = 0;
    std::vector<PageItem> items;  // y relative to the top of the strip, x absolute on the page
    std::vector<LinkArea> links;
    bool keep_with_next = false;
    bool page_break_before = false;
    int repeat_header = -1;  // index of a strip to repeat above this one when it starts a page
    std::optional<OutlineEntry> outline;  // page and y are filled in when placed
    StripRole role;
};

struct PageFrame {
    double first_page_top = 0;  // where the body starts on page 1 (below the letterhead)
    double top = 0;             // where it starts on the following pages
    double bottom = 0;          // the body ends here
};

struct FlowResult {
    std::vector<Page> pages;  // at least one
    std::vector<OutlineEntry> outline;
    std::vector<std::size_t> page_of_strip;  // 0-based page of each strip
};

FlowResult paginate(const std::vector<Strip>& strips, const PageFrame& frame);
// The same, moving the strips' items and links onto the pages instead of copying them (a strip that another
// repeats as its header is copied); the strips keep everything else (heights, roles, outline entries).
FlowResult paginate(std::vector<Strip>&& strips, const PageFrame& frame);

}  // namespace raadsstuk::layout
