#include "diff/html_redline.hpp"

#include <algorithm>

#include "diff/redline_outline.hpp"
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

std::string marked(Change change, const std::string& html) {
    if (change == Change::deleted) return "<del>" + html + "</del>";
    if (change == Change::inserted) return "<ins>" + html + "</ins>";
    return html;
}

// Runs as HTML, each changed run in one element; the space between two runs stays outside them.
std::string runs_html(const std::vector<RedlineRun>& runs) {
    std::string out;
    bool word_before = false;
    for (const auto& run : runs) {
        if (run.paragraph_mark()) {
            out += marked(run.change, std::string(kParagraphMark));
            continue;
        }
        std::string words;
        for (const auto& w : run.words) words += (words.empty() ? "" : " ") + format::escape_xml(w);
        if (word_before) out += ' ';
        out += marked(run.change, words);
        word_before = true;
    }
    return out;
}

// One value per line (signatories, attachments), each deleted or inserted whole.
std::string values_html(const Pieces& values) {
    std::string out;
    for (const auto& p : values) {
        out += "<p>" + marked(p.change, format::escape_xml(p.text)) + "</p>\n";
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
                out += runs_html(redline_runs(pieces));
            } else {
                for (std::size_t i = 0; i < pieces.size(); ++i) {
                    if (i > 0) out += "<br>";
                    out += marked(pieces[i].change, format::escape_xml(pieces[i].text));
                }
            }
            out += "</td></tr>\n";
        }
        out += "</table>\n";
    }
    out += "</section>\n<main>\n";
    for (const RedlineBlock& b : redline_outline(diff)) {
        switch (b.kind) {
            case RedlineBlock::Kind::region:
                out += "<p class=\"regio\">" + format::escape_xml(b.name) + "</p>\n";
                break;
            case RedlineBlock::Kind::heading: {
                const std::string h = "h" + std::to_string(b.level);
                out += "<" + h + ">" + runs_html(b.runs) + "</" + h + ">\n";
                break;
            }
            case RedlineBlock::Kind::paragraph:
                out += (b.list_item ? "<p class=\"item\">" : "<p>") + runs_html(b.runs) + "</p>\n";
                break;
            case RedlineBlock::Kind::values:
                out += "<p class=\"regio\">" + format::escape_xml(b.name) + "</p>\n" + values_html(b.values);
                break;
        }
    }
    out += "</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace raadsstuk::diff
