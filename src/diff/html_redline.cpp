#include "diff/html_redline.hpp"

#include <algorithm>

#include "diff/text_report.hpp"
#include "format/xml_escape.hpp"

namespace raadsstuk::diff {
namespace {

constexpr std::string_view kStyle =
    "body{font-family:'Liberation Sans',Arial,sans-serif;max-width:44em;margin:2em auto;line-height:1.45;"
    "color:#222;padding:0 1em}\n"
    "del{color:#c00000;text-decoration:line-through}\n"
    "ins{color:#007a1f;text-decoration:underline}\n"
    ".kenmerken{border:1px solid #888;background:#f6f6f6;padding:.6em 1em;margin-bottom:2em}\n"
    ".kenmerken h2{font-size:1.05em;margin:.2em 0 .5em}\n"
    ".kenmerken th{text-align:left;vertical-align:top;padding-right:1em;font-weight:normal;color:#555}\n"
    ".bronnen{color:#555;font-size:.9em}\n"
    ".item{margin-left:1.5em}\n"
    ".regio{color:#777;font-size:.8em;text-transform:uppercase;letter-spacing:.05em;margin-top:1.5em}\n";

// Pieces as HTML, consecutive pieces of one kind in one element; a lone paragraph break as ¶.
std::string pieces_html(const Pieces& pieces) {
    std::string out;
    Change open = Change::equal;
    std::string run;
    auto flush = [&] {
        if (run.empty()) return;
        if (open == Change::deleted) out += "<del>" + run + "</del>";
        else if (open == Change::inserted) out += "<ins>" + run + "</ins>";
        else out += run;
        run.clear();
    };
    bool first = true;
    for (const auto& p : pieces) {
        if (p.change != open) {
            flush();
            open = p.change;
        }
        if (p.text == kLineBreak) continue;  // a sentence on its own line in the Markdown: a space here
        if (p.text == kBreak) {
            if (p.change != Change::equal && run.empty()) run += "\xc2\xb6";
            continue;
        }
        if (!first) {
            // the space belongs to the run only between two words of the same kind
            if (run.empty()) out += ' ';
            else run += ' ';
        }
        run += format::escape_xml(p.text);
        first = false;
    }
    flush();
    return out;
}

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
    return w == "-" || w == "*" || (w.size() >= 2 && (w.back() == '.' || w.back() == ')') &&
                                    w.find_first_not_of("0123456789abcdefghijklmnopqrstuvwxyz") == w.size() - 1);
}

// One value per line (signatories, attachments), each deleted or inserted whole.
std::string values_html(const Pieces& values) {
    std::string out;
    for (const auto& p : values) {
        const std::string v = format::escape_xml(p.text);
        out += "<p>" + (p.change == Change::deleted ? "<del>" + v + "</del>"
                        : p.change == Change::inserted ? "<ins>" + v + "</ins>" : v) + "</p>\n";
    }
    return out;
}

}  // namespace

std::string html_redline(const DocumentDiff& diff, const RedlineNames& names) {
    std::string out;
    out += "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<title>Wijzigingen: " + format::escape_xml(diff.subject) + "</title>\n";
    out += "<style>\n" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
    out += "<h1>Wijzigingen: " + format::escape_xml(diff.subject) + "</h1>\n";
    out += "<p class=\"bronnen\">Oud: " + format::escape_xml(names.old_name) + "<br>\nNieuw: " + format::escape_xml(names.new_name) +
           "<br>\n<del>Doorgehaald</del> is vervallen, <ins>onderstreept</ins> is nieuw.</p>\n";
    out += "<section class=\"kenmerken\">\n<h2>Gewijzigde kenmerken</h2>\n";
    if (diff.metadata.empty()) {
        out += "<p>Geen.</p>\n";
    } else {
        out += "<table>\n";
        for (const auto& m : diff.metadata) {
            out += "<tr><th>" + format::escape_xml(m.label) + "</th><td>";
            const Pieces pieces = metadata_pieces(m);
            if (m.old_values.size() <= 1 && m.new_values.size() <= 1) {
                out += pieces_html(pieces);
            } else {
                for (std::size_t i = 0; i < pieces.size(); ++i) {
                    if (i > 0) out += "<br>";
                    const auto& p = pieces[i];
                    const std::string v = format::escape_xml(p.text);
                    out += p.change == Change::deleted ? "<del>" + v + "</del>"
                           : p.change == Change::inserted ? "<ins>" + v + "</ins>" : v;
                }
            }
            out += "</td></tr>\n";
        }
        out += "</table>\n";
    }
    out += "</section>\n<main>\n";
    std::string region;
    bool signed_shown = diff.signatories.empty();
    const auto signatories = [&] {
        out += "<p class=\"regio\">ondertekening</p>\n" + values_html(diff.signatories);
        signed_shown = true;
    };
    for (const auto& s : diff.sections) {
        if (s.region != region) {
            if (!signed_shown && region == "slot") signatories();
            region = s.region;
            out += "<p class=\"regio\">" + format::escape_xml(region) + "</p>\n";
        }
        if (!s.heading.empty()) {
            const std::string h = "h" + std::to_string(std::clamp(s.heading_level, 2, 4));
            out += "<" + h + ">" + pieces_html(s.heading) + "</" + h + ">\n";
        }
        for (const auto& paragraph : paragraphs(s.body)) {
            out += is_list_item(paragraph) ? "<p class=\"item\">" : "<p>";
            out += pieces_html(paragraph) + "</p>\n";
        }
    }
    if (!signed_shown) signatories();
    if (!diff.attachments.empty()) out += "<p class=\"regio\">bijlagen</p>\n" + values_html(diff.attachments);
    out += "</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace raadsstuk::diff
