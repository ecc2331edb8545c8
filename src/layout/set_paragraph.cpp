#include "layout/set_paragraph.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "layout/line_breaker.hpp"
#include "layout/utf8.hpp"

namespace raadsstuk::layout {
namespace {

struct Fragment {
    SpanStyle style;
    std::string text;
};

struct Token {
    enum class Kind { word, space, hard_break } kind = Kind::word;
    std::vector<Fragment> fragments;  // word
    SpanStyle style;                  // space: the style the space was typed in
};

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::vector<Token> tokenize(const Spans& spans) {
    std::vector<Token> tokens;
    auto last_is = [&](Token::Kind k) { return !tokens.empty() && tokens.back().kind == k; };
    for (const Span& span : spans) {
        if (span.hard_break) {
            while (last_is(Token::Kind::space)) tokens.pop_back();
            tokens.push_back(Token{Token::Kind::hard_break, {}, span.style});
            continue;
        }
        for (std::size_t i = 0; i < span.text.size();) {
            const DecodedChar d = decode_utf8_at(span.text, i);
            const std::string_view bytes(span.text.data() + i, d.length);
            i += d.length;
            if (is_space(d.code_point)) {
                if (last_is(Token::Kind::word)) tokens.push_back(Token{Token::Kind::space, {}, span.style});
                continue;
            }
            if (!last_is(Token::Kind::word)) tokens.push_back(Token{Token::Kind::word, {}, {}});
            auto& fragments = tokens.back().fragments;
            if (fragments.empty() || !(fragments.back().style == span.style))
                fragments.push_back(Fragment{span.style, ""});
            fragments.back().text += bytes;
        }
    }
    while (last_is(Token::Kind::space)) tokens.pop_back();
    return tokens;
}

struct Piece {
    int font = 0;
    std::string text;
    double width = 0;
    SpanStyle style;
};

struct Segment {  // an unbreakable part of a word
    std::vector<Piece> pieces;
    double width = 0;
};

struct Opportunity {
    std::size_t offset;
    double penalty;
    bool hyphen;
};

// What the breaker sees for an item, and how to draw it.
struct ItemInfo {
    int segment = -1;       // box: index into segments
    bool real_space = false;  // glue that is a word space
    int space_font = -1;
    bool hyphen = false;    // penalty that adds a hyphen when broken
    FontStyle hyphen_style = FontStyle::regular;
};

class ParagraphBuilder {
public:
    ParagraphBuilder(const ParagraphStyle& style, FontSet& fonts) : style_(style), fonts_(fonts) {}

    SetParagraph build(const Spans& spans) {
        SetParagraph result;
        result.leading = style_.leading;
        result.baseline = fonts_.baseline_in_line(style_.size, style_.leading);
        const std::vector<Token> tokens = tokenize(spans);
        if (tokens.empty()) return result;
        // The last word before the end of the paragraph or a hard break is never hyphenated.
        std::vector<bool> last_word(tokens.size(), false);
        bool next_ends = true;
        for (std::size_t i = tokens.size(); i-- > 0;) {
            if (tokens[i].kind == Token::Kind::hard_break) next_ends = true;
            if (tokens[i].kind == Token::Kind::word) {
                last_word[i] = next_ends;
                next_ends = false;
            }
        }
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            const Token& t = tokens[i];
            switch (t.kind) {
                case Token::Kind::word: add_word(t.fragments, !last_word[i]); break;
                case Token::Kind::space: add_space(t.style); break;
                case Token::Kind::hard_break: end_paragraph(); break;
            }
        }
        if (items_.empty() || !(items_.back().kind == BreakItem::Kind::penalty && items_.back().penalty <= kForcedBreak))
            end_paragraph();
        for (const LineBreak& line : break_lines(items_, style_.width)) result.lines.push_back(place(line));
        // Hard breaks at the very end or doubled produce empty lines; keep them (they are intended).
        return result;
    }

private:
    bool ragged() const { return style_.align != TextAlign::justify; }
    double ragged_stretch() const { return 3 * style_.size; }

    FontStyle style_of(const SpanStyle& s) const { return font_style(s.bold || style_.bold, s.italic || style_.italic); }

    void push(BreakItem item, ItemInfo info = {}) {
        items_.push_back(item);
        info_.push_back(info);
    }

    // An unbreakable part of a word as a box.
    void push_box(Segment segment) {
        segments_.push_back(std::move(segment));
        ItemInfo box;
        box.segment = static_cast<int>(segments_.size() - 1);
        push(BreakItem::box(segments_.back().width), box);
    }

    void add_space(const SpanStyle& s) {
        const FontStyle fs = style_of(s);
        const double w = fonts_.space_width(fs, style_.size);
        ItemInfo space{-1, true, fonts_.house_font(fs), false, fs};
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

    void add_word(const std::vector<Fragment>& fragments, bool may_hyphenate) {
        std::string plain;
        for (const auto& f : fragments) plain += f.text;
        std::vector<std::size_t> hyphen_points;
        if (may_hyphenate && style_.hyphenator && *style_.hyphenator) hyphen_points = (*style_.hyphenator)(plain);
        // The common case, a word in one style that offers no break: one box, shaped once. (Exactly what the
        // general path below gives it: no hyphenation points, and too short for breaks after separators.)
        if (fragments.size() == 1 && hyphen_points.empty()) {
            Segment whole;
            add_pieces(whole, fragments.front().text, fragments.front().style);
            if (whole.width <= style_.width / 2) {
                push_box(std::move(whole));
                return;
            }
        }
        double natural = 0;
        for (const auto& f : fragments) natural += fonts_.width(f.text, style_of(f.style), style_.size);

        std::map<std::size_t, Opportunity> chances;  // by offset; the cheapest wins
        auto offer = [&](std::size_t offset, double penalty, bool hyphen) {
            if (offset == 0 || offset >= plain.size()) return;
            auto it = chances.find(offset);
            if (it == chances.end() || it->second.penalty > penalty) chances[offset] = Opportunity{offset, penalty, hyphen};
        };
        std::vector<char32_t> chars;
        std::vector<std::size_t> offsets;  // byte offset of each char, plus the end
        for (std::size_t o = 0; o < plain.size();) {
            const DecodedChar d = decode_utf8_at(plain, o);
            chars.push_back(d.code_point);
            offsets.push_back(o);
            o += d.length;
        }
        offsets.push_back(plain.size());
        // No ordinary break after a hyphen inside a word ("Leidschendam-Voorburg"): text extraction
        // (pdftotext, copy and paste) drops a hyphen at the end of a line, so the word would come back as
        // "LeidschendamVoorburg". Such a word breaks there only when it is long (below).
        for (std::size_t o : hyphen_points) offer(o, 50, true);
        // Long tokens (URLs, references) may break after a separator; one wider than the line anywhere. A break
        // inside a token costs search and copy (the extracted text gets a line break there), so only a token of
        // more than half the line may break: "toegang/dienstverlening/toegankelijkheid" stays whole.
        if (natural > style_.width / 2) {
            for (std::size_t i = 0; i + 1 < chars.size(); ++i) {
                const char32_t c = chars[i];
                // After '-' only in a token wider than the line: text extraction drops a hyphen at the end of a
                // line (see above), but that is better than a break between any two letters.
                const bool hyphen = c == '-' && natural > style_.width;
                if (hyphen || c == '/' || c == '.' || c == '_' || c == '?' || c == '&' || c == '=' || c == ':')
                    offer(offsets[i + 1], natural > style_.width ? 200 : 400, false);
            }
        }
        if (natural > style_.width)
            for (std::size_t i = 1; i < chars.size(); ++i) offer(offsets[i], 3000, false);

        // Cut the fragments at the opportunities into segments.
        std::vector<Segment> parts(1);
        auto chance = chances.begin();
        std::size_t fragment_start = 0;  // byte offset of the fragment in plain
        for (const auto& f : fragments) {
            std::size_t pos = 0;
            while (pos < f.text.size()) {
                std::size_t stop = f.text.size();
                if (chance != chances.end() && chance->first - fragment_start < stop) stop = chance->first - fragment_start;
                add_pieces(parts.back(), f.text.substr(pos, stop - pos), f.style);
                pos = stop;
                if (chance != chances.end() && chance->first == fragment_start + pos) {
                    parts.push_back(Segment{});
                    ++chance;
                }
            }
            fragment_start += f.text.size();
        }
        chance = chances.begin();
        for (std::size_t p = 0; p < parts.size(); ++p) {
            if (p > 0) {
                const Opportunity& o = chance->second;
                ++chance;
                const FontStyle fs = parts[p - 1].pieces.empty() ? FontStyle::regular : style_of(parts[p - 1].pieces.back().style);
                const double hyphen_width = o.hyphen ? fonts_.width("-", fs, style_.size) : 0;
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
            push_box(std::move(parts[p]));
        }
    }

    void add_pieces(Segment& segment, const std::string& text, const SpanStyle& s) {
        for (auto& shaped : fonts_.shape(text, style_of(s), style_.size)) {
            segment.width += shaped.width;
            segment.pieces.push_back(Piece{shaped.font, std::move(shaped.text), shaped.width, s});
        }
    }

    struct Placed {
        bool gap = false;
        double x = 0, width = 0;
        int font = 0;
        std::string text;
        SpanStyle style;
        double extra = 0;  // gap: added by justification
    };

    SetLine place(const LineBreak& line) {
        std::vector<Placed> placed;
        const BreakItem& brk = items_[line.end];
        const bool forced = brk.kind == BreakItem::Kind::penalty && brk.penalty <= kForcedBreak;
        const bool justify = style_.align == TextAlign::justify && (!forced || line.ratio < 0);
        double x = 0;
        for (std::size_t i = line.begin; i < line.end; ++i) {
            const BreakItem& it = items_[i];
            const ItemInfo& info = info_[i];
            if (it.kind == BreakItem::Kind::box) {
                for (const Piece& p : segments_[static_cast<std::size_t>(info.segment)].pieces) {
                    placed.push_back(Placed{false, x, p.width, p.font, p.text, p.style, 0});
                    x += p.width;
                }
            } else if (it.kind == BreakItem::Kind::glue) {
                double extra = 0;
                if (justify) extra = line.ratio >= 0 ? line.ratio * it.stretch : line.ratio * it.shrink;
                if (info.real_space) {
                    placed.push_back(Placed{true, x, it.width + extra, info.space_font, " ", {}, extra});
                    x += it.width + extra;
                } else if (justify) {
                    x += it.width + extra;
                }
            }
        }
        if (brk.kind == BreakItem::Kind::penalty && info_[line.end].hyphen) {
            SpanStyle s = placed.empty() ? SpanStyle{} : placed.back().style;
            for (auto& shaped : fonts_.shape("-", info_[line.end].hyphen_style, style_.size)) {
                placed.push_back(Placed{false, x, shaped.width, shaped.font, shaped.text, s, 0});
                x += shaped.width;
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
        out.hyphenated = brk.kind == BreakItem::Kind::penalty && info_[line.end].hyphen;
        out.justified = justify;
        for (const Placed& p : placed) {
            if (!p.gap) continue;
            ++out.spaces;
            const double natural = p.width - p.extra;
            const double scale = natural > 0 ? p.width / natural : 1;
            if (std::abs(scale - 1) > std::abs(out.space_scale - 1)) out.space_scale = scale;
        }
        const double ascent = fonts_.ascender(style_.size), descent = fonts_.descender(style_.size);
        const auto& faces = fonts_.faces();
        TextRun* run = nullptr;
        const Placed* pending_gap = nullptr;
        LinkArea* link = nullptr;
        for (const Placed& p : placed) {
            if (p.gap) {
                pending_gap = &p;
                continue;
            }
            const model::Color color = p.style.link.empty() ? style_.color : style_.link_color;
            const bool single_byte = faces[static_cast<std::size_t>(p.font)].encoding == FontEncoding::cp1252;
            bool merge = run && run->font == p.font && run->color == color && single_byte;
            if (merge && pending_gap)
                merge = pending_gap->font == p.font && (run->text.find(' ') == std::string::npos
                                                            ? true
                                                            : std::abs(run->word_spacing - pending_gap->extra) < 1e-9);
            if (merge) {
                if (pending_gap) {
                    run->text += ' ';
                    run->word_spacing = pending_gap->extra;
                }
                run->text += p.text;
            } else {
                out.items.push_back(TextRun{p.x + shift, 0, p.font, style_.size, color, p.text, 0});
                run = &std::get<TextRun>(out.items.back());
            }
            if (p.style.strike)
                strikes_.push_back(LineItem{p.x + shift, -style_.size * 0.3, p.x + shift + p.width, -style_.size * 0.3,
                                            style_.size * 0.06, color});
            if (!p.style.link.empty()) {
                if (link && link->uri == p.style.link) {
                    link->width = p.x + shift + p.width - link->x;
                } else {
                    out.links.push_back(LinkArea{p.x + shift, -ascent, p.width, ascent - descent, p.style.link});
                    link = &out.links.back();
                }
            } else {
                link = nullptr;
            }
            pending_gap = nullptr;
        }
        // run pointers are invalid from here on
        for (const auto& s : strikes_) out.items.emplace_back(std::in_place_type<LineItem>, s);
        strikes_.clear();
        return out;
    }

    const ParagraphStyle& style_;
    FontSet& fonts_;
    std::vector<BreakItem> items_;
    std::vector<ItemInfo> info_;
    std::vector<Segment> segments_;
    std::vector<LineItem> strikes_;
};

}  // namespace

SetParagraph set_paragraph(const Spans& spans, const ParagraphStyle& style, FontSet& fonts) {
    return ParagraphBuilder(style, fonts).build(spans);
}

void translate(std::vector<PageItem>& items, double dx, double dy) {
    for (auto& item : items) {
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
}

void translate(std::vector<LinkArea>& links, double dx, double dy) {
    for (auto& l : links) l.x += dx, l.y += dy;
}

}  // namespace raadsstuk::layout
