// The status region as a figure: per domain a row "domain | current partner -> new partner | status".
#include <algorithm>
#include <cctype>

#include "layout/letter_context.hpp"
#include "regions/status_kind.hpp"

namespace raadsstuk::layout::detail {
namespace {

enum Column { kDomain = 0, kStatus = 1, kCurrent = 2, kNew = 3, kTarget = 4, kRemark = 5 };

struct StatusColours {
    model::Color fill;
    model::Color text;
};

StatusColours colours_for(const std::string& status, const model::HouseStyle& style) {
    const model::Color white{255, 255, 255};
    switch (regions::status_kind(status)) {
        case regions::StatusKind::decided: return {{46, 125, 50}, white};
        case regions::StatusKind::under_study: return {{240, 173, 38}, {51, 38, 0}};
        case regions::StatusKind::halted: return {{176, 58, 46}, white};
        case regions::StatusKind::other: break;
    }
    return {style.accent, white};
}

const Spans& cell(const std::vector<Spans>& row, int c) {
    static const Spans empty;
    return static_cast<std::size_t>(c) < row.size() ? row[static_cast<std::size_t>(c)] : empty;
}

bool is_empty(const Spans& s) {
    for (const auto& span : s)
        if (span.text.find_first_not_of(' ') != std::string::npos) return false;
    return true;
}

// Places the lines of a set paragraph at (x, y) = top-left of its first line box.
void put_paragraph(Strip& s, const SetParagraph& p, double x, double y) {
    for (std::size_t k = 0; k < p.lines.size(); ++k) {
        std::vector<PageItem> items = p.lines[k].items;
        std::vector<LinkArea> links = p.lines[k].links;
        translate(items, x, y + p.baseline + p.leading * static_cast<double>(k));
        translate(links, x, y + p.baseline + p.leading * static_cast<double>(k));
        s.items.insert(s.items.end(), items.begin(), items.end());
        s.links.insert(s.links.end(), links.begin(), links.end());
    }
}

BoxItem box(double x, double y, double w, double h, model::Color fill, double radius) {
    BoxItem b;
    b.x = x, b.y = y, b.width = w, b.height = h;
    b.filled = true;
    b.fill = fill;
    b.radius = radius;
    return b;
}

class StatusFigure {
public:
    explicit StatusFigure(LetterContext& ctx) : ctx_(ctx) {
        const double w = ctx.width;
        domain_w_ = 0.21 * w;
        current_w_ = 0.235 * w;
        arrow_w_ = 26;
        new_w_ = 0.235 * w;
        x_domain_ = ctx.left;
        x_current_ = x_domain_ + domain_w_ + kGap;
        x_new_ = x_current_ + current_w_ + arrow_w_;
        x_status_ = x_new_ + new_w_ + kGap;
        status_w_ = ctx.left + w - x_status_;
        size_ = std::max(ctx.style.small_size, ctx.style.body_size - 1);
    }

    void add(const Block& table, double space_before, std::vector<Strip>& strips) {
        const int header_index = static_cast<int>(strips.size());
        strips.push_back(header(table.rows[0], space_before));
        for (std::size_t r = 1; r < table.rows.size(); ++r) {
            Strip s = row(table.rows[r]);
            s.space_before = r == 1 ? 4 : 7;
            s.repeat_header = header_index;
            // The figure stays in one piece unless it is taller than a page.
            s.keep_with_next = r + 1 < table.rows.size();
            strips.push_back(std::move(s));
        }
    }

private:
    static constexpr double kGap = 8;
    static constexpr double kPadX = 6;
    static constexpr double kPadY = 5;

    SetParagraph set(const Spans& text, double width, double size, bool bold, model::Color colour) {
        ParagraphStyle ps = ctx_.text_style(width, size, TextAlign::left);
        ps.leading = size * 1.22;
        ps.bold = bold;
        ps.color = colour;
        return set_paragraph(text, ps, ctx_.fonts);
    }

    Strip header(const std::vector<Spans>& cells, double space_before) {
        Strip s;
        s.space_before = space_before;
        const double size = ctx_.style.small_size;
        const model::Color c = ctx_.style.accent;
        double height = 0;
        const std::pair<int, double> columns[] = {{kDomain, x_domain_}, {kCurrent, x_current_}, {kNew, x_new_}, {kStatus, x_status_}};
        for (auto [column, x] : columns) {
            const SetParagraph p = set(cell(cells, column), column == kStatus ? status_w_ : current_w_, size, true, c);
            put_paragraph(s, p, x, 0);
            height = std::max(height, p.height());
        }
        s.height = height + 3;
        s.items.push_back(LineItem{ctx_.left, s.height, ctx_.left + ctx_.width, s.height, 0.5, c});
        s.keep_with_next = true;
        return s;
    }

    Strip row(const std::vector<Spans>& cells) {
        Strip s;
        const model::HouseStyle& st = ctx_.style;
        const model::Color white{255, 255, 255};
        const SetParagraph domain = set(cell(cells, kDomain), domain_w_ - 2 * kPadX, size_, true, white);
        const SetParagraph current = set(cell(cells, kCurrent), current_w_ - 2 * kPadX, size_, false, st.text);
        Spans new_text = cell(cells, kNew);
        if (is_empty(new_text)) new_text = Spans{Span{"\u2013", {}, false}};
        const SetParagraph next = set(new_text, new_w_ - 2 * kPadX, size_, false, st.text);
        const double box_h = std::max({domain.height(), current.height(), next.height()}) + 2 * kPadY;

        // Domain, current partner, arrow, new partner.
        s.items.push_back(box(x_domain_, 0, domain_w_, box_h, st.primary, 4));
        put_paragraph(s, domain, x_domain_ + kPadX, (box_h - domain.height()) / 2);
        s.items.push_back(box(x_current_, 0, current_w_, box_h, tint(st.accent, 0.84), 4));
        put_paragraph(s, current, x_current_ + kPadX, (box_h - current.height()) / 2);
        BoxItem target = box(x_new_, 0, new_w_, box_h, tint(st.primary, 0.86), 4);
        target.stroke_width = 0.75;
        target.stroke = st.primary;
        s.items.push_back(target);
        put_paragraph(s, next, x_new_ + kPadX, (box_h - next.height()) / 2);

        const std::string status_text = plain_text(cell(cells, kStatus));
        const StatusColours colours = colours_for(status_text, st);
        const double mid = box_h / 2;
        const double a0 = x_current_ + current_w_ + 4, a1 = x_new_ - 4;
        s.items.push_back(LineItem{a0, mid, a1 - 6, mid, 1.6, colours.fill});
        s.items.push_back(PolygonItem{{{a1 - 7, mid - 4}, {a1, mid}, {a1 - 7, mid + 4}}, colours.fill});

        // Status label and target date.
        double status_h = 0;
        if (!status_text.empty()) {
            const double pill_size = st.small_size;
            const SetParagraph label = set(cell(cells, kStatus), status_w_ - 12, pill_size, true, colours.text);
            double label_w = 0;
            for (const auto& l : label.lines) label_w = std::max(label_w, l.width);
            const double pill_h = label.height() + 4;
            s.items.push_back(box(x_status_, 0, label_w + 12, pill_h, colours.fill, pill_h / 2 > 6 ? 6 : pill_h / 2));
            put_paragraph(s, label, x_status_ + 6, 2);
            status_h = pill_h;
        }
        const Spans& target_date = cell(cells, kTarget);
        if (!is_empty(target_date)) {
            Spans line = header_label(kTarget);
            line.insert(line.end(), target_date.begin(), target_date.end());
            const SetParagraph date = set(line, status_w_, st.small_size, false, st.text);
            put_paragraph(s, date, x_status_, status_h + 3);
            status_h += 3 + date.height();
        }
        double height = std::max(box_h, status_h);

        // Remark under the partner boxes.
        const Spans& remark = cell(cells, kRemark);
        if (!is_empty(remark)) {
            ParagraphStyle ps = ctx_.text_style(x_new_ + new_w_ - x_current_, st.small_size, TextAlign::left);
            ps.italic = true;
            ps.color = st.text;
            const SetParagraph note = set_paragraph(remark, ps, ctx_.fonts);
            put_paragraph(s, note, x_current_, box_h + 3);
            height = std::max(height, box_h + 3 + note.height());
        }
        s.height = height;
        return s;
    }

    // "Streefdatum: " from the header row, as a label in front of the date.
    Spans header_label(int column) const {
        if (header_labels_.empty()) return {};
        Spans label = header_labels_[static_cast<std::size_t>(column)];
        if (label.empty()) return {};
        for (auto& s : label) s.style.bold = false;
        label.back().text += ": ";
        return label;
    }

public:
    void set_header_labels(const std::vector<Spans>& header) {
        header_labels_ = header;
        header_labels_.resize(6);
    }

private:
    LetterContext& ctx_;
    double domain_w_, current_w_, arrow_w_, new_w_, status_w_;
    double x_domain_, x_current_, x_new_, x_status_;
    double size_;
    std::vector<Spans> header_labels_;
};

}  // namespace

void add_status_strips(const std::vector<Block>& blocks, LetterContext& ctx, std::vector<Strip>& strips,
                       double space_before) {
    bool figure_done = false;
    double before = space_before;
    for (const Block& b : blocks) {
        if (b.kind == Block::Kind::table && !figure_done && b.rows.size() >= 2) {
            figure_done = true;
            if (!strips.empty()) strips.back().keep_with_next = true;  // the intro stays with the figure
            StatusFigure figure(ctx);
            figure.set_header_labels(b.rows[0]);
            figure.add(b, before, strips);
        } else {
            add_block_strips({b}, ctx, ctx.left, ctx.width, strips, before);
        }
        before = ctx.paragraph_gap();
    }
}

}  // namespace raadsstuk::layout::detail
