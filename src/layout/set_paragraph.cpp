#include "layout/set_paragraph.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

#include "layout/line_breaker.hpp"
#include "layout/paragraph_words.hpp"
#include "layout/utf8.hpp"

namespace raadsstuk::layout {
namespace {

using detail::ParagraphWords;
using detail::WordFragment;
using detail::WordToken;

const SpanStyle kPlainStyle{};

// A run of a word in one font: its drawn text is bytes [begin, end) of Scratch::drawn.
struct Piece {
    int font = 0;
    std::uint32_t begin = 0, end = 0;
    double width = 0;
    const SpanStyle* style = &kPlainStyle;
};

// An unbreakable part of a word: pieces [first_piece, end_piece).
struct Segment {
    std::uint32_t first_piece = 0, end_piece = 0;
    double width = 0;
};

struct Opportunity {
    std::uint32_t offset = 0;
    double penalty = std::numeric_limits<double>::infinity();  // infinity: none offered here
    bool hyphen = false;
};

// What the breaker sees for an item, and how to draw it.
struct ItemInfo {
    int segment = -1;         // box: index into segments
    bool real_space = false;  // glue that is a word space
    int space_font = -1;
    bool hyphen = false;      // penalty that adds a hyphen when broken
    FontStyle hyphen_style = FontStyle::regular;
};

// A piece or a word space of a line, at its position.
struct Placed {
    bool gap = false;
    double x = 0, width = 0;
    int font = 0;
    std::uint32_t begin = 0, end = 0;  // piece: its text in Scratch::drawn
    const SpanStyle* style = &kPlainStyle;
    double extra = 0;  // gap: added by justification
};

// Everything a paragraph is built in, flat: the words, the drawn text and its pieces, the break items. One per
// thread, reused for every paragraph, so that setting a paragraph allocates only what it hands back.
struct Scratch {
    ParagraphWords words;
    std::string drawn;  // the drawn text of every piece, one after the other
    std::vector<Piece> pieces;
    std::vector<ShapedRange> shaped;
    std::vector<Segment> segments;
    std::vector<Segment> parts;  // of one word
    std::vector<BreakItem> items;
    std::vector<ItemInfo> info;
    std::vector<Opportunity> chance_at;  // by byte offset in a word
    std::vector<Opportunity> chances;    // in order of offset
    std::vector<std::size_t> hyphen_points;  // of a word, as the hyphenator gives them
    std::vector<std::size_t> cuts;       // of a hyphenated word: its hyphenation points in order
    std::vector<double> part_widths;     // of a hyphenated word: the widths of its parts
    std::vector<LineBreak> lines;
    std::vector<Placed> placed;
    std::vector<LineItem> strikes;
    bool in_use = false;

    void clear() {
        drawn.clear();
        pieces.clear();
        segments.clear();
        items.clear();
        info.clear();
        strikes.clear();
    }
};

bool is_separator(char c) { return c == '/' || c == '.' || c == '_' || c == '?' || c == '&' || c == '=' || c == ':'; }

class ParagraphBuilder {
public:
    ParagraphBuilder(const ParagraphStyle& style, FontSet& fonts, Scratch& scratch)
        : style_(style), fonts_(fonts), s_(scratch) {
        s_.clear();
    }

    SetParagraph build(const Spans& spans) {
        SetParagraph result;
        result.leading = style_.leading;
        result.baseline = fonts_.baseline_in_line(style_.size, style_.leading);
        detail::split_words(spans, s_.words);
        const std::vector<WordToken>& tokens = s_.words.tokens;
        if (tokens.empty()) return result;
        for (const WordToken& t : tokens) {
            switch (t.kind) {
                case WordToken::Kind::word: add_word(t); break;
                case WordToken::Kind::space: add_space(*t.style); break;
                case WordToken::Kind::hard_break: end_paragraph(); break;
            }
        }
        auto& items = s_.items;
        if (items.empty() || !(items.back().kind == BreakItem::Kind::penalty && items.back().penalty <= kForcedBreak))
            end_paragraph();
        break_lines(items, style_.width, s_.lines);
        result.lines.reserve(s_.lines.size());
        for (const LineBreak& line : s_.lines) result.lines.push_back(place(line));
        // Hard breaks at the very end or doubled produce empty lines; keep them (they are intended).
        return result;
    }

private:
    bool ragged() const { return style_.align != TextAlign::justify; }
    double ragged_stretch() const { return 3 * style_.size; }

    FontStyle style_of(const SpanStyle& s) const { return font_style(s.bold || style_.bold, s.italic || style_.italic); }

    void push(BreakItem item, ItemInfo info = {}) {
        s_.items.push_back(item);
        s_.info.push_back(info);
    }

    void push_box(const Segment& segment) {
        s_.segments.push_back(segment);
        ItemInfo box;
        box.segment = static_cast<int>(s_.segments.size() - 1);
        push(BreakItem::box(segment.width), box);
    }

    void add_space(const SpanStyle& s) {
        const FontStyle fs = style_of(s);
        const SpaceOf& of = space_in(fs);
        const double w = of.width;
        ItemInfo space{-1, true, of.font, false, fs};
        if (ragged()) {
            push(BreakItem::glue(0, ragged_stretch(), 0));
            push(BreakItem::penalty_item(0, 0));
            push(BreakItem::glue(w, -ragged_stretch(), 0), space);
        } else {
            push(BreakItem::glue(w, w / 2, w / 3), space);
        }
    }

    void end_paragraph() {
        push(BreakItem::penalty_item(0, kForbiddenBreak));
        push(BreakItem::glue(0, kInfiniteStretch, 0));
        push(BreakItem::penalty_item(0, kForcedBreak));
    }

    // Shapes `text` in a span's style onto the end of a segment.
    void add_pieces(Segment& segment, std::string_view text, const SpanStyle& s) {
        s_.shaped.clear();
        fonts_.shape_into(text, style_of(s), style_.size, s_.drawn, s_.shaped);
        for (const ShapedRange& r : s_.shaped) {
            segment.width += r.width;
            s_.pieces.push_back(Piece{r.font, static_cast<std::uint32_t>(r.begin), static_cast<std::uint32_t>(r.end), r.width, &s});
        }
        segment.end_piece = static_cast<std::uint32_t>(s_.pieces.size());
    }

    Segment new_segment() const {
        const auto at = static_cast<std::uint32_t>(s_.pieces.size());
        return Segment{at, at, 0};
    }

    void add_word(const WordToken& t) {
        const std::string_view plain = s_.words.word(t);
        const WordFragment* const fragments = s_.words.fragments.data() + t.first_fragment;
        const std::size_t fragment_count = t.end_fragment - t.first_fragment;
        std::vector<std::size_t>& hyphen_points = s_.hyphen_points;
        hyphen_points.clear();
        if (!t.last_word && style_.hyphenator && *style_.hyphenator) {
            if (style_.hyphenation) style_.hyphenation->points_into(plain, hyphen_points);
            else hyphen_points = (*style_.hyphenator)(plain);
        }
        // The common case, a word in one style that offers no break: one box, shaped once. (Exactly what the
        // general path below gives it: no hyphenation points, and too short for breaks after separators.)
        double natural = 0;
        if (fragment_count == 1 && hyphen_points.empty()) {
            const std::size_t drawn_size = s_.drawn.size();
            Segment whole = new_segment();
            add_pieces(whole, plain, *fragments[0].style);
            if (whole.width <= style_.width / 2) {
                push_box(whole);
                return;
            }
            // Its width is what measuring it gives (summed per piece alike); start over without its pieces.
            natural = whole.width;
            s_.pieces.resize(whole.first_piece);
            s_.drawn.resize(drawn_size);
        } else if (fragment_count == 1 && add_hyphenated_plain_word(plain, hyphen_points, *fragments[0].style)) {
            return;
        } else {
            for (std::size_t f = 0; f < fragment_count; ++f)
                natural += fonts_.width(fragment_text(fragments[f]), style_of(*fragments[f].style), style_.size);
        }

        // The opportunities by offset; the cheapest wins, the first offered of equal ones.
        auto& chance_at = s_.chance_at;
        chance_at.assign(plain.size(), Opportunity{});
        auto offer = [&](std::size_t offset, double penalty, bool hyphen) {
            if (offset == 0 || offset >= plain.size()) return;
            Opportunity& o = chance_at[offset];
            if (o.penalty > penalty) o = Opportunity{static_cast<std::uint32_t>(offset), penalty, hyphen};
        };
        // No ordinary break after a hyphen inside a word ("Leidschendam-Voorburg"): text extraction
        // (pdftotext, copy and paste) drops a hyphen at the end of a line, so the word would come back as
        // "LeidschendamVoorburg". Such a word breaks there only when it is long (below).
        for (std::size_t o : hyphen_points) offer(o, 50, true);
        // Long tokens (URLs, references) may break after a separator; one wider than the line anywhere. A break
        // inside a token costs search and copy (the extracted text gets a line break there), so only a token of
        // more than half the line may break: "toegang/dienstverlening/toegankelijkheid" stays whole.
        // (Separators are ASCII, and an ASCII byte is always a character of its own.)
        if (natural > style_.width / 2) {
            for (std::size_t b = 0; b + 1 < plain.size(); ++b) {
                const char c = plain[b];
                // After '-' only in a token wider than the line: text extraction drops a hyphen at the end of a
                // line (see above), but that is better than a break between any two letters.
                const bool hyphen = c == '-' && natural > style_.width;
                if (hyphen || is_separator(c)) offer(b + 1, natural > style_.width ? 200 : 400, false);
            }
        }
        if (natural > style_.width) {
            for (std::size_t o = 0; o < plain.size();) {
                if (o > 0) offer(o, 3000, false);
                o += decode_utf8_at(plain, o).length;
            }
        }
        auto& chances = s_.chances;
        chances.clear();
        for (const Opportunity& o : chance_at)
            if (o.penalty != std::numeric_limits<double>::infinity()) chances.push_back(o);

        // Cut the fragments at the opportunities into segments (all shaped first, then set: the fonts are
        // registered in the order they are first used).
        auto& parts = s_.parts;
        parts.assign(1, new_segment());
        std::size_t chance = 0;
        std::uint32_t fragment_start = 0;  // byte offset of the fragment in plain
        for (std::size_t f = 0; f < fragment_count; ++f) {
            const std::string_view text = fragment_text(fragments[f]);
            std::size_t pos = 0;
            while (pos < text.size()) {
                std::size_t stop = text.size();
                if (chance < chances.size() && chances[chance].offset - fragment_start < stop) stop = chances[chance].offset - fragment_start;
                add_pieces(parts.back(), text.substr(pos, stop - pos), *fragments[f].style);
                pos = stop;
                if (chance < chances.size() && chances[chance].offset == fragment_start + pos) {
                    parts.push_back(new_segment());
                    ++chance;
                }
            }
            fragment_start += static_cast<std::uint32_t>(text.size());
        }
        for (std::size_t p = 0; p < parts.size(); ++p) {
            if (p > 0) {
                const Opportunity& o = chances[p - 1];
                const Segment& before = parts[p - 1];
                // The style of the last piece before the break; regular when nothing of it is drawn.
                const FontStyle fs = before.end_piece == before.first_piece ? FontStyle::regular
                                                                            : style_of(*s_.pieces[before.end_piece - 1].style);
                const double hyphen_width = o.hyphen ? hyphen_width_in(fs) : 0;
                ItemInfo info;
                info.hyphen = o.hyphen;
                info.hyphen_style = fs;
                if (ragged()) {
                    push(BreakItem::glue(0, ragged_stretch(), 0));
                    push(BreakItem::penalty_item(hyphen_width, o.penalty, o.hyphen), info);
                    push(BreakItem::glue(0, -ragged_stretch(), 0));
                } else {
                    push(BreakItem::penalty_item(hyphen_width, o.penalty, o.hyphen), info);
                }
            }
            push_box(parts[p]);
        }
    }

    // The next most common case, a word in one style, all plain ASCII, that may break only at its hyphenation
    // points (it is not wider than half the line): its parts measured in one pass, its text drawn once, one
    // piece per part. Exactly what the general path in add_word gives it; false (nothing added) for any other.
    bool add_hyphenated_plain_word(std::string_view plain, const std::vector<std::size_t>& points, const SpanStyle& s) {
        auto& cuts = s_.cuts;
        cuts.clear();
        for (const std::size_t o : points) {  // as offer() takes them: inside the word, the first of equal ones
            if (o == 0 || o >= plain.size()) continue;
            if (!cuts.empty() && o < cuts.back()) return false;  // out of order: the general path sorts them
            if (cuts.empty() || o > cuts.back()) cuts.push_back(o);
        }
        if (cuts.empty()) return false;
        const FontStyle fs = style_of(s);
        double natural = 0;
        if (!fonts_.plain_ascii_parts(plain, fs, style_.size, cuts, natural, s_.part_widths)) return false;
        if (natural > style_.width / 2) return false;
        const int font = fonts_.house_font(fs);
        const auto begin = static_cast<std::uint32_t>(s_.drawn.size());
        s_.drawn.append(plain);
        for (std::size_t p = 0; p < s_.part_widths.size(); ++p) {
            if (p > 0) {
                const double hyphen_width = hyphen_width_in(fs);
                ItemInfo info;
                info.hyphen = true;
                info.hyphen_style = fs;
                if (ragged()) {
                    push(BreakItem::glue(0, ragged_stretch(), 0));
                    push(BreakItem::penalty_item(hyphen_width, 50, true), info);
                    push(BreakItem::glue(0, -ragged_stretch(), 0));
                } else {
                    push(BreakItem::penalty_item(hyphen_width, 50, true), info);
                }
            }
            Segment segment = new_segment();
            const auto from = static_cast<std::uint32_t>(begin + (p == 0 ? 0 : cuts[p - 1]));
            const auto to = static_cast<std::uint32_t>(begin + (p < cuts.size() ? cuts[p] : plain.size()));
            s_.pieces.push_back(Piece{font, from, to, s_.part_widths[p], &s});
            segment.width += s_.part_widths[p];
            segment.end_piece = static_cast<std::uint32_t>(s_.pieces.size());
            push_box(segment);
        }
        return true;
    }

    // A word space per style: its width and font, measured and registered at the first space of the paragraph
    // (measuring again gives the same width; the font is registered by the first call and only looked up after).
    struct SpaceOf {
        double width = -1;  // -1 until measured
        int font = -1;
    };
    const SpaceOf& space_in(FontStyle fs) {
        SpaceOf& known = spaces_[static_cast<std::size_t>(fs)];
        if (known.width < 0) known = SpaceOf{fonts_.space_width(fs, style_.size), fonts_.house_font(fs)};
        return known;
    }

    // The width of the hyphen added at a break, per style: measured once per paragraph (measuring it again would
    // give the same width and register or report nothing new).
    double hyphen_width_in(FontStyle fs) {
        double& known = hyphen_widths_[static_cast<std::size_t>(fs)];
        if (known < 0) known = fonts_.width("-", fs, style_.size);
        return known;
    }

    std::string_view fragment_text(const WordFragment& f) const {
        return std::string_view(s_.words.text).substr(f.begin, f.end - f.begin);
    }

    SetLine place(const LineBreak& line) {
        auto& placed = s_.placed;
        placed.clear();
        const auto& items = s_.items;
        const auto& info_of = s_.info;
        const BreakItem& brk = items[line.end];
        const bool forced = brk.kind == BreakItem::Kind::penalty && brk.penalty <= kForcedBreak;
        const bool justify = style_.align == TextAlign::justify && (!forced || line.ratio < 0);
        double x = 0;
        for (std::size_t i = line.begin; i < line.end; ++i) {
            const BreakItem& it = items[i];
            const ItemInfo& info = info_of[i];
            if (it.kind == BreakItem::Kind::box) {
                const Segment& segment = s_.segments[static_cast<std::size_t>(info.segment)];
                for (std::uint32_t k = segment.first_piece; k < segment.end_piece; ++k) {
                    const Piece& p = s_.pieces[k];
                    placed.push_back(Placed{false, x, p.width, p.font, p.begin, p.end, p.style, 0});
                    x += p.width;
                }
            } else if (it.kind == BreakItem::Kind::glue) {
                double extra = 0;
                if (justify) extra = line.ratio >= 0 ? line.ratio * it.stretch : line.ratio * it.shrink;
                if (info.real_space) {
                    placed.push_back(Placed{true, x, it.width + extra, info.space_font, 0, 0, &kPlainStyle, extra});
                    x += it.width + extra;
                } else if (justify) {
                    x += it.width + extra;
                }
            }
        }
        const bool hyphenated = brk.kind == BreakItem::Kind::penalty && info_of[line.end].hyphen;
        if (hyphenated) {
            const SpanStyle* s = placed.empty() ? &kPlainStyle : placed.back().style;
            s_.shaped.clear();
            fonts_.shape_into("-", info_of[line.end].hyphen_style, style_.size, s_.drawn, s_.shaped);
            for (const ShapedRange& r : s_.shaped) {
                placed.push_back(Placed{false, x, r.width, r.font, static_cast<std::uint32_t>(r.begin),
                                        static_cast<std::uint32_t>(r.end), s, 0});
                x += r.width;
            }
        }
        while (!placed.empty() && placed.back().gap) {
            x = placed.back().x;
            placed.pop_back();
        }
        double shift = 0;
        if (style_.align == TextAlign::center) shift = (style_.width - x) / 2;
        if (style_.align == TextAlign::right) shift = style_.width - x;

        SetLine out;
        out.width = x + shift;
        out.hyphenated = hyphenated;
        out.justified = justify;
        std::size_t line_bytes = 0;  // of the line's text, spaces included
        for (const Placed& p : placed) {
            line_bytes += p.gap ? 1 : p.end - p.begin;
            if (!p.gap) continue;
            ++out.spaces;
            const double natural = p.width - p.extra;
            const double scale = natural > 0 ? p.width / natural : 1;
            if (std::abs(scale - 1) > std::abs(out.space_scale - 1)) out.space_scale = scale;
        }
        const double ascent = fonts_.ascender(style_.size), descent = fonts_.descender(style_.size);
        const auto& faces = fonts_.faces();
        const std::string_view drawn = s_.drawn;
        TextRun* run = nullptr;
        bool run_has_space = false;
        const Placed* pending_gap = nullptr;
        LinkArea* link = nullptr;
        std::size_t bytes_left = line_bytes;  // of the line's text from the current piece on
        for (const Placed& p : placed) {
            if (p.gap) {
                pending_gap = &p;
                --bytes_left;
                continue;
            }
            const std::string_view text = drawn.substr(p.begin, p.end - p.begin);
            const model::Color color = p.style->link.empty() ? style_.color : style_.link_color;
            const bool single_byte = faces[static_cast<std::size_t>(p.font)].encoding == FontEncoding::cp1252;
            bool merge = run && run->font == p.font && run->color == color && single_byte;
            if (merge && pending_gap)
                merge = pending_gap->font == p.font &&
                        (!run_has_space || std::abs(run->word_spacing - pending_gap->extra) < 1e-9);
            if (merge) {
                if (pending_gap) {
                    run->text += ' ';
                    run->word_spacing = pending_gap->extra;
                    run_has_space = true;
                }
                run->text += text;
            } else {
                // Room for the rest of the line at once (a run usually takes all of it, word by word).
                std::string run_text;
                run_text.reserve(bytes_left);
                run_text.append(text);
                out.items.push_back(TextRun{p.x + shift, 0, p.font, style_.size, color, std::move(run_text), 0});
                run = &std::get<TextRun>(out.items.back());
                run_has_space = false;
            }
            if (p.style->strike)
                s_.strikes.push_back(LineItem{p.x + shift, -style_.size * 0.3, p.x + shift + p.width, -style_.size * 0.3,
                                              style_.size * 0.06, color});
            if (!p.style->link.empty()) {
                if (link && link->uri == p.style->link) {
                    link->width = p.x + shift + p.width - link->x;
                } else {
                    out.links.push_back(LinkArea{p.x + shift, -ascent, p.width, ascent - descent, p.style->link});
                    link = &out.links.back();
                }
            } else {
                link = nullptr;
            }
            pending_gap = nullptr;
            bytes_left -= text.size();
        }
        // run pointers are invalid from here on
        for (const auto& s : s_.strikes) out.items.emplace_back(std::in_place_type<LineItem>, s);
        s_.strikes.clear();
        return out;
    }

    const ParagraphStyle& style_;
    FontSet& fonts_;
    Scratch& s_;
    std::array<double, 4> hyphen_widths_{-1, -1, -1, -1};  // by FontStyle; -1 until measured
    std::array<SpaceOf, 4> spaces_{};                       // by FontStyle
};

}  // namespace

SetParagraph set_paragraph_uncached(const Spans& spans, const ParagraphStyle& style, FontSet& fonts) {
    thread_local Scratch reused;
    if (reused.in_use) {  // only if setting a paragraph ever came to set another inside it
        Scratch own;
        return ParagraphBuilder(style, fonts, own).build(spans);
    }
    reused.in_use = true;
    struct Release {
        Scratch& s;
        ~Release() { s.in_use = false; }
    } release{reused};
    return ParagraphBuilder(style, fonts, reused).build(spans);
}

void translate(PageItem& item, double dx, double dy) {
    std::visit(
        [&](auto& i) {
            using T = std::decay_t<decltype(i)>;
            if constexpr (std::is_same_v<T, LineItem>) {
                i.x1 += dx, i.x2 += dx, i.y1 += dy, i.y2 += dy;
            } else if constexpr (std::is_same_v<T, PolygonItem>) {
                for (auto& p : i.points) p.x += dx, p.y += dy;
            } else {
                i.x += dx, i.y += dy;
            }
        },
        item);
}

void translate(std::vector<PageItem>& items, double dx, double dy) {
    for (auto& item : items) translate(item, dx, dy);
}

void translate(std::vector<LinkArea>& links, double dx, double dy) {
    for (auto& l : links) l.x += dx, l.y += dy;
}

}  // namespace raadsstuk::layout
