#include "layout/lay_out.hpp"

#include "layout/font_set.hpp"
#include "layout/hyphenation.hpp"
#include "layout/letter_context.hpp"
#include "layout/page_flow.hpp"
#include "regions/parse_regions.hpp"

namespace raadsstuk::layout {

LaidOutDocument lay_out(const LayoutRequest& request, FontLibrary& library, const model::Environment& env,
                        diag::Diagnostics& out) {
    const std::vector<Region> regions = regions::parse_regions(request.markdown, request.source_name, out);
    return lay_out(request, regions, library, env, out);
}

LaidOutDocument lay_out(const LayoutRequest& request, const std::vector<Region>& regions, FontLibrary& library,
                        const model::Environment& env, diag::Diagnostics& out) {
    LaidOutDocument doc;
    doc.info = request.info;
    FontSet fonts(library, env, request.style, request.source_name, out, request.style_source);
    if (!fonts.ok()) return doc;

    const model::HouseStyle& st = request.style;
    detail::LetterContext ctx{st, fonts, out, request.source_name, 0, 0};
    const Hyphenation* dutch = Hyphenation::shared(env.hyphenation_dictionary);
    const Hyphenator hyphenate = [dutch](std::string_view word) { return dutch->points(word); };
    if (dutch) {
        ctx.hyphenator = &hyphenate;
        ctx.hyphenation_identity = dutch;
        ctx.hyphenation = dutch;
    } else
        out.push_back(diag::make("RS406", {request.source_name, "", 0, 0},
                                 "de afbreekpatronen " + env.hyphenation_dictionary.string() +
                                     " zijn niet te lezen; de tekst wordt zonder afbreken gezet",
                                 "installeer het Debian-pakket hyphen-nl"));
    ctx.left = st.margin_left * detail::kPointsPerMm;
    ctx.width = doc.width - ctx.left - st.margin_right * detail::kPointsPerMm;

    std::vector<Strip> strips;
    std::size_t closing_begin = 0, closing_end = 0;
    bool in_closing = false;
    for (const Region& region : regions) {
        const bool closing = region.name == "slot" || region.name == "ondertekening" || region.name == "voet";
        if (closing && !in_closing) closing_begin = strips.size();
        in_closing = closing;
        const double gap = strips.empty() ? 0 : ctx.paragraph_gap();
        if (region.name == "kenmerken") {
            detail::add_kenmerken_strips(region.blocks, ctx, strips);
        } else if (region.name == "status") {
            detail::add_status_strips(region.blocks, ctx, strips, gap);
        } else if (region.name == "slot") {
            detail::add_slot_strips(region.blocks, ctx, strips);
        } else if (region.name == "ondertekening") {
            detail::add_signature_strips(region.blocks, ctx, strips);
        } else if (region.name == "voet") {
            detail::add_footnote_strips(region.blocks, ctx, strips);
        } else if (region.name == "bijlagen") {
            detail::add_block_strips(region.blocks, ctx, ctx.left, ctx.width, strips, 1.6 * ctx.body_leading());
        } else {  // tekst, secties
            const std::size_t first = strips.size();
            detail::add_block_strips(region.blocks, ctx, ctx.left, ctx.width, strips,
                                     strips.empty() ? 0 : 1.2 * ctx.body_leading());
            if (region.name == "secties" && first < strips.size()) strips[first].page_break_before = true;
        }
        if (closing) closing_end = strips.size();
    }
    // The closing (slot, ondertekening, voet) moves to the next page as a whole.
    for (std::size_t i = closing_begin; i + 1 < closing_end; ++i) strips[i].keep_with_next = true;
    for (std::size_t i = closing_begin; i < closing_end; ++i) strips[i].role.kind = StripRole::Kind::closing;
    // ... and never alone: the last lines of the text before it go with it (a paragraph's last two lines are
    // already kept together, so this takes two).
    if (closing_begin > 0 && closing_end > closing_begin) strips[closing_begin - 1].keep_with_next = true;

    Page first;
    PageFrame frame;
    frame.first_page_top = detail::add_letterhead(first, request, ctx);
    frame.top = st.margin_top * detail::kPointsPerMm;
    frame.bottom = doc.height - st.margin_bottom * detail::kPointsPerMm;
    FlowResult flow = paginate(std::move(strips), frame);  // strips keep their roles (below)

    const std::size_t count = flow.pages.size();
    for (std::size_t p = 0; p < count; ++p) {
        Page page;
        if (p == 0) page = std::move(first);
        else detail::add_running_header(page, request, ctx);
        page.items.insert(page.items.end(), std::make_move_iterator(flow.pages[p].items.begin()),
                          std::make_move_iterator(flow.pages[p].items.end()));
        page.links = std::move(flow.pages[p].links);
        detail::add_page_footer(page, p + 1, count, ctx, doc.height);
        doc.pages.push_back(std::move(page));
    }
    doc.outline = std::move(flow.outline);
    for (std::size_t i = 0; i < strips.size(); ++i) doc.flow.push_back(FlowRecord{flow.page_of_strip[i], strips[i].role});
    doc.fonts = fonts.faces();
    return doc;
}

}  // namespace raadsstuk::layout
