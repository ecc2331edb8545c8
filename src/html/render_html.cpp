#include "html/render_html.hpp"

#include <cctype>

#include "format/dutch.hpp"
#include "format/xml_escape.hpp"
#include "html/block_html.hpp"
#include "html/data_uri.hpp"
#include "html/house_css.hpp"
#include "regions/form_rows.hpp"
#include "regions/status_kind.hpp"

namespace raadsstuk::html {
namespace {

using detail::Writer;
using regions::Block;
using regions::Region;

std::string lower_trimmed(const std::string& s) {
    std::string out;
    for (char c : s) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    while (!out.empty() && out.back() == ' ') out.pop_back();
    while (!out.empty() && out.front() == ' ') out.erase(out.begin());
    return out;
}

void write_form(const std::vector<regions::FormRow>& rows, Writer& w) {
    w.out += "<dl>\n";
    for (const auto& row : rows) {
        w.out += "<dt>" + format::escape_xml(row.label) + "</dt>\n<dd>";
        const auto nested = row.value.size() == 1 ? regions::as_form(row.value[0]) : std::nullopt;
        if (nested) {
            w.out += "\n";
            write_form(*nested, w);
        } else {
            detail::write_flow(row.value, w);
        }
        w.out += "</dd>\n";
    }
    w.out += "</dl>\n";
}

// The title and the metadata form; the form as a definition list.
void write_kenmerken(const Region& region, const HtmlRequest& request, Writer& w) {
    w.out += "<header class=\"kenmerken\">\n";
    bool has_title = false;
    for (const Block& b : region.blocks) has_title = has_title || (b.kind == Block::Kind::heading && b.level == 1);
    if (!has_title && !w.h1_written) {
        w.out += "<h1>" + format::escape_xml(request.kind_label.empty() ? request.title : request.kind_label) + "</h1>\n";
        w.h1_written = true;
    }
    for (const Block& b : region.blocks) {
        if (const auto form = regions::as_form(b))
            write_form(*form, w);
        else
            detail::write_block(b, w);
    }
    w.out += "</header>\n";
}

// The status per domain as a table: the domain heads its row, the status is a word in a label (its colour
// only repeats the word).
void write_status_table(const Block& table, Writer& w) {
    std::size_t status_column = 1;
    if (!table.rows.empty())
        for (std::size_t c = 0; c < table.rows[0].size(); ++c)
            if (lower_trimmed(regions::plain_text(table.rows[0][c])) == "status") status_column = c;
    w.out += "<table class=\"status\">\n";
    if (!table.rows.empty()) {
        w.out += "<thead>\n<tr>";
        for (const auto& cell : table.rows[0]) {
            w.out += "<th scope=\"col\">";
            detail::write_spans(cell, w, table.line);
            w.out += "</th>";
        }
        w.out += "</tr>\n</thead>\n";
    }
    w.out += "<tbody>\n";
    for (std::size_t r = 1; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        w.out += "<tr>";
        for (std::size_t c = 0; c < row.size(); ++c) {
            const bool head = c == 0;
            w.out += head ? "<th scope=\"row\">" : "<td>";
            if (c == status_column && c != 0 && !regions::plain_text(row[c]).empty()) {
                const regions::StatusKind k = regions::status_kind(regions::plain_text(row[c]));
                const char* kind = k == regions::StatusKind::decided       ? "besloten"
                                   : k == regions::StatusKind::under_study ? "onderzoek"
                                   : k == regions::StatusKind::halted      ? "stilgelegd"
                                                                           : "overig";
                w.out += std::string("<span class=\"status-label status-") + kind + "\">";
                detail::write_spans(row[c], w, table.line);
                w.out += "</span>";
            } else {
                detail::write_spans(row[c], w, table.line);
            }
            w.out += head ? "</th>" : "</td>";
        }
        w.out += "</tr>\n";
    }
    w.out += "</tbody>\n</table>\n";
}

void write_status(const Region& region, Writer& w) {
    w.out += "<section class=\"stand-van-zaken\" aria-label=\"Stand van zaken\">\n";
    for (const Block& b : region.blocks) {
        if (b.kind == Block::Kind::table)
            write_status_table(b, w);
        else
            detail::write_block(b, w);
    }
    w.out += "</section>\n";
}

// The signatories side by side: one list item per column of the table, name over function.
void write_signatories(const Region& region, Writer& w) {
    w.out += "<section class=\"ondertekening\" aria-label=\"Ondertekening\">\n";
    for (const Block& b : region.blocks) {
        if (b.kind != Block::Kind::table || b.rows.empty()) {
            detail::write_block(b, w);
            continue;
        }
        w.out += "<ul>\n";
        for (std::size_t c = 0; c < b.rows[0].size(); ++c) {
            std::string person;
            for (std::size_t r = 0; r < b.rows.size(); ++r) {
                if (c >= b.rows[r].size() || regions::plain_text(b.rows[r][c]).empty()) continue;
                std::string line;
                Writer inner{line, w.diagnostics, w.source, w.h1_written};
                detail::write_spans(b.rows[r][c], inner, b.line);
                if (!person.empty()) person += "<br>";
                person += std::string("<span class=\"") + (r == 0 ? "naam" : "functie") + "\">" + line + "</span>";
            }
            if (!person.empty()) w.out += "<li>" + person + "</li>\n";
        }
        w.out += "</ul>\n";
    }
    w.out += "</section>\n";
}

void write_region(const Region& region, const HtmlRequest& request, Writer& w) {
    const std::string& name = region.name;
    if (name == "kenmerken") {
        write_kenmerken(region, request, w);
    } else if (name == "status") {
        write_status(region, w);
    } else if (name == "ondertekening") {
        write_signatories(region, w);
    } else if (name == "slot") {
        w.out += "<div class=\"slot\">\n";
        detail::write_blocks(region.blocks, w);
        w.out += "</div>\n";
    } else if (name == "voet") {
        w.out += "<footer class=\"voet\">\n";
        detail::write_blocks(region.blocks, w);
        w.out += "</footer>\n";
    } else if (name == "bijlagen") {
        w.out += "<section class=\"bijlagen\" aria-label=\"Bijlagen\">\n";
        detail::write_blocks(region.blocks, w);
        w.out += "</section>\n";
    } else {  // tekst, secties
        w.out += "<div class=\"" + name + "\">\n";
        detail::write_blocks(region.blocks, w);
        w.out += "</div>\n";
    }
}

bool is_closing(const std::string& name) { return name == "slot" || name == "ondertekening" || name == "voet"; }

void write_letterhead(const HtmlRequest& request, std::string& out) {
    out += "<header class=\"briefhoofd\">\n<div class=\"afzender\">\n";
    if (request.logo_png)
        out += "<img src=\"" + data_uri("image/png", *request.logo_png) + "\" alt=\"Logo van de gemeente " +
               format::escape_xml(request.gemeente_name) + "\">\n";
    out += "<p><span class=\"soort\">gemeente</span><br>\n<span class=\"naam\">" + format::escape_xml(request.gemeente_name) +
           "</span></p>\n</div>\n";
    if (!request.style.letterhead.empty()) {
        out += "<p class=\"briefhoofdregels\">";
        for (std::size_t i = 0; i < request.style.letterhead.size(); ++i)
            out += (i ? "<br>\n" : "") + format::escape_xml(request.style.letterhead[i]);
        out += "</p>\n";
    }
    out += "</header>\n";
}

void write_head(const HtmlRequest& request, std::string& out) {
    const std::string kind = request.kind_label.empty() ? "Document" : request.kind_label;
    std::string title = kind;
    if (!request.title.empty()) title += ": " + request.title;
    if (!request.gemeente_name.empty()) title += " \u2013 gemeente " + request.gemeente_name;
    std::string description = kind;
    if (!request.gemeente_name.empty()) description += " van de gemeente " + request.gemeente_name;
    if (request.date) description += " van " + format::format_date(*request.date);
    if (!request.title.empty()) description += ": " + request.title;
    out += "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + format::escape_xml(title) + "</title>\n";
    out += "<meta name=\"description\" content=\"" + format::escape_xml(description) + "\">\n";
    if (!request.author.empty()) out += "<meta name=\"author\" content=\"" + format::escape_xml(request.author) + "\">\n";
    if (!request.keywords.empty()) out += "<meta name=\"keywords\" content=\"" + format::escape_xml(request.keywords) + "\">\n";
    out += "<meta name=\"generator\" content=\"raadsstuk\">\n";
    out += "<meta name=\"dcterms.type\" content=\"" + format::escape_xml(kind) + "\">\n";
    if (!request.zaaknummer.empty())
        out += "<meta name=\"dcterms.identifier\" content=\"" + format::escape_xml(request.zaaknummer) + "\">\n";
    if (request.date) out += "<meta name=\"dcterms.date\" content=\"" + request.date->iso() + "\">\n";
    out += "<style>\n" + house_css(request.style) + "</style>\n</head>\n";
}

}  // namespace

std::string render_html(const HtmlRequest& request, diag::Diagnostics& diagnostics) {
    std::string out;
    write_head(request, out);
    out += "<body>\n";
    write_letterhead(request, out);
    out += "<main>\n<article>\n";
    Writer w{out, diagnostics, request.source_name, false};
    bool in_closing = false;
    for (const Region& region : request.regions) {
        const bool closing = is_closing(region.name);
        if (closing && !in_closing) out += "<div class=\"afsluiting\">\n";
        if (!closing && in_closing) out += "</div>\n";
        in_closing = closing;
        write_region(region, request, w);
    }
    if (in_closing) out += "</div>\n";
    out += "</article>\n</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace raadsstuk::html
