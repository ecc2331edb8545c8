#include "diff/pdf_redline.hpp"

#include <algorithm>
#include <variant>

#include "diff/redline_outline.hpp"
#include "diff/text_report.hpp"
#include "format/markdown_escape.hpp"
#include "layout/lay_out.hpp"
#include "pdf/write_pdf.hpp"

namespace raadsstuk::diff {
namespace {

constexpr std::string_view kInsertedLink = "#rs-ins";
constexpr std::string_view kDeletedLink = "#rs-del";
constexpr model::Color kRed{192, 0, 0};
constexpr model::Color kGreen{0, 122, 31};

std::string marked_run(Change change, const std::string& words) {
    if (change == Change::deleted) return "[~~*" + words + "*~~](" + std::string(kDeletedLink) + ")";
    return "[**" + words + "**](" + std::string(kInsertedLink) + ")";
}

std::string runs_markdown(const std::vector<RedlineRun>& runs) {
    std::string out;
    for (const auto& run : runs) {
        std::string words;
        for (const auto& w : run.words) words += (words.empty() ? "" : " ") + format::escape_markdown_text(w);
        if (!out.empty()) out += ' ';
        out += run.change == Change::equal ? words : marked_run(run.change, words);
    }
    return out;
}

bool inside(const layout::LinkArea& a, double x, double y) {
    return y >= a.y - 0.01 && y <= a.y + a.height + 0.01 && x >= a.x - 0.01 && x < a.x + a.width;
}

}  // namespace

std::string redline_markdown(const DocumentDiff& diff, const RedlineNames& names) {
    using format::escape_markdown_text;
    std::string md = "<!-- raadsstuk:kenmerken -->\n# Wijzigingen\n\n";
    md += "- **Oud:** " + escape_markdown_text(names.old_name) + "\n";
    md += "- **Nieuw:** " + escape_markdown_text(names.new_name) + "\n";
    if (!diff.subject.empty()) md += "- **Onderwerp:** " + escape_markdown_text(diff.subject) + "\n";
    if (diff.metadata.empty()) md += "- **Kenmerken:** ongewijzigd\n";
    for (const auto& m : diff.metadata) {
        const Pieces pieces = metadata_pieces(m);
        std::string value;
        if (m.old_values.size() <= 1 && m.new_values.size() <= 1) {
            value = runs_markdown(redline_runs(pieces));
        } else {
            for (const auto& p : pieces) {
                if (!value.empty()) value += "; ";
                const std::string v = escape_markdown_text(p.text);
                value += p.change == Change::equal ? v : marked_run(p.change, v);
            }
        }
        md += "- **" + escape_markdown_text(m.label) + ":** " + (value.empty() ? "(leeg)" : value) + "\n";
    }
    md += "\n<!-- raadsstuk:tekst -->\n";
    for (const RedlineBlock& b : redline_outline(diff)) {
        switch (b.kind) {
            case RedlineBlock::Kind::region:
                break;  // the letter's layout shows its regions by itself
            case RedlineBlock::Kind::heading:
                md += "\n" + std::string(static_cast<std::size_t>(b.level), '#') + " " + runs_markdown(b.runs) + "\n";
                break;
            case RedlineBlock::Kind::paragraph:
                if (!b.runs.empty()) md += "\n" + runs_markdown(b.runs) + "\n";
                break;
            case RedlineBlock::Kind::values:
                md += std::string("\n### ") + (b.name == "bijlagen" ? "Bijlagen" : "Ondertekening") + "\n";
                for (const auto& p : b.values) {
                    const std::string v = escape_markdown_text(p.text);
                    md += "\n" + (p.change == Change::equal ? v : marked_run(p.change, v)) + "\n";
                }
                break;
        }
    }
    return md;
}

void colour_redline(layout::LaidOutDocument& doc) {
    for (auto& page : doc.pages) {
        std::vector<layout::LinkArea> kept;
        std::vector<layout::PageItem> underlines;
        for (const auto& link : page.links) {
            const bool inserted = link.uri == kInsertedLink, deleted = link.uri == kDeletedLink;
            if (!inserted && !deleted) {
                kept.push_back(link);
                continue;
            }
            double size = 0, baseline = 0;
            for (auto& item : page.items) {
                if (auto* run = std::get_if<layout::TextRun>(&item); run && inside(link, run->x, run->y)) {
                    run->color = inserted ? kGreen : kRed;
                    size = run->size;
                    baseline = run->y;
                } else if (auto* line = std::get_if<layout::LineItem>(&item);
                           line && deleted && inside(link, line->x1, line->y1)) {
                    line->color = kRed;  // the strike through the deleted words
                }
            }
            if (inserted && size > 0)
                underlines.emplace_back(layout::LineItem{link.x, baseline + size * 0.15, link.x + link.width,
                                                         baseline + size * 0.15, size * 0.06, kGreen});
        }
        page.links = std::move(kept);
        page.items.insert(page.items.end(), underlines.begin(), underlines.end());
    }
}

std::optional<std::string> pdf_redline(const DocumentDiff& diff, const RedlineNames& names,
                                       const model::Gemeente* gemeente, const model::Date& date,
                                       build::BuildContext& context, diag::Diagnostics& ds) {
    layout::LayoutRequest request;
    request.markdown = redline_markdown(diff, names);
    if (gemeente) {
        request.style = gemeente->style;
        request.gemeente_name = gemeente->name;
        request.style_dir = std::filesystem::path(gemeente->source_file).parent_path();
        request.info.author = "Gemeente " + gemeente->name;
    } else {
        request.style.font = {"LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
                              "LiberationSans-BoldItalic.ttf"};
        request.style.primary = {0, 51, 102};  // links (the marked words) apart from the black text
    }
    request.info.title = "Wijzigingen: " + diff.subject;
    request.info.subject = diff.subject;
    request.info.keywords = "redline";
    request.info.kind_label = "Wijzigingen";
    request.info.date = date;
    request.source_name = names.new_name;
    layout::LaidOutDocument pages = layout::lay_out(request, context.fonts(), context.environment(), ds);
    if (diag::has_errors(ds)) return std::nullopt;
    colour_redline(pages);
    auto bytes = pdf::write_pdf(pages, ds);
    if (!bytes || diag::has_errors(ds)) return std::nullopt;
    return bytes;
}

}  // namespace raadsstuk::diff
