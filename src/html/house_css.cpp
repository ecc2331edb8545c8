#include "html/house_css.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <string_view>

namespace raadsstuk::html {
namespace {

double channel(unsigned char v) {
    const double c = v / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(model::Color c) {
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

// Numbers in the style sheet: at most two decimals, no locale.
std::string number(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", v);
    std::string s = buffer;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// "LiberationSans-Regular.ttf" -> "Liberation Sans", "DejaVuSans-Bold.ttf" -> "DejaVu Sans",
// "SourceSansPro-Regular.otf" -> "Source Sans Pro": the stem before the style, with the generic words
// at its end (Sans, Serif, Mono, ...) split off as the font's family names write them.
std::string family_name(std::string_view file) {
    if (const auto dot = file.rfind('.'); dot != std::string_view::npos) file = file.substr(0, dot);
    if (const auto dash = file.find('-'); dash != std::string_view::npos) file = file.substr(0, dash);
    static constexpr std::array<std::string_view, 9> kWords = {"Sans", "Serif", "Mono", "Pro", "Text",
                                                               "Display", "Condensed", "Narrow", "Math"};
    std::string rest(file);
    std::string tail;
    bool split = true;
    while (split) {
        split = false;
        for (auto w : kWords) {
            if (rest.size() > w.size() && rest.compare(rest.size() - w.size(), w.size(), w) == 0 &&
                is_upper(rest[rest.size() - w.size()])) {
                tail = " " + std::string(w) + tail;
                rest.resize(rest.size() - w.size());
                split = true;
                break;
            }
        }
    }
    return rest + tail;
}

std::string css_string(std::string_view s) {
    std::string out = "\"";
    for (char c : s)
        if (c != '"' && c != '\\' && c != '<' && c != '>') out += c;
    return out + "\"";
}

}  // namespace

std::string css_colour(model::Color c) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", c.r, c.g, c.b);
    return buffer;
}

double contrast_ratio(model::Color a, model::Color b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

model::Color readable_on_white(model::Color c, double minimum) {
    const model::Color white{255, 255, 255};
    model::Color d = c;
    for (int step = 1; contrast_ratio(d, white) < minimum && step <= 100; ++step) {
        const double keep = 1.0 - step / 100.0;
        d = model::Color{static_cast<unsigned char>(std::lround(c.r * keep)),
                         static_cast<unsigned char>(std::lround(c.g * keep)),
                         static_cast<unsigned char>(std::lround(c.b * keep))};
    }
    return d;
}

std::string font_family(const model::FontFamily& font) {
    const std::string name = font.regular.empty() ? std::string() : family_name(font.regular);
    const bool serif = name.find("Serif") != std::string::npos && name.find("Sans") == std::string::npos;
    const bool mono = name.find("Mono") != std::string::npos;
    const std::string generic = mono ? "monospace" : serif ? "serif" : "sans-serif";
    return name.empty() ? generic : css_string(name) + ", " + generic;
}

std::string house_css(const model::HouseStyle& st) {
    const std::string text = css_colour(readable_on_white(st.text));
    const std::string primary = css_colour(readable_on_white(st.primary));
    const std::string accent_text = css_colour(readable_on_white(st.accent));
    const std::string accent = css_colour(st.accent);
    const std::string rule = css_colour(st.primary);
    const std::string family = font_family(st.font);
    const std::string leading = number(st.line_height);
    const std::string heading_scale = number(st.heading_size / st.body_size);
    const std::string small_scale = number(st.small_size / st.body_size);
    std::string css;
    css += ":root { color-scheme: light; }\n";
    css += "html { background: #ffffff; }\n";
    css += "body { margin: 0 auto; padding: 2rem 1.5rem 3rem; max-width: 46rem; color: " + text +
           "; background: #ffffff; font-family: " + family + "; font-size: 1.0625rem; line-height: " + leading +
           "; overflow-wrap: break-word; }\n";
    css += "a { color: " + primary + "; text-decoration: underline; }\n";
    css += "a:focus-visible { outline: 2px solid " + primary + "; outline-offset: 2px; }\n";
    // Letterhead: logo, "gemeente" and the name on the left, the letterhead lines on the right, a rule.
    css += ".briefhoofd { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: flex-start; "
           "gap: 1rem 2rem; padding-bottom: 0.8rem; border-bottom: 2px solid " + rule + "; margin-bottom: 2rem; }\n";
    css += ".afzender { display: flex; align-items: center; gap: 1rem; }\n";
    css += ".afzender img { height: 4.5rem; width: auto; }\n";
    css += ".afzender p { margin: 0; line-height: 1.1; }\n";
    css += ".afzender .soort { font-size: " + small_scale + "em; color: " + accent_text + "; }\n";
    css += ".afzender .naam { font-size: 2em; font-weight: bold; color: " + primary + "; }\n";
    css += ".briefhoofdregels { margin: 0; text-align: right; font-size: " + small_scale + "em; line-height: 1.45; }\n";
    // Title and kenmerken form.
    css += "h1 { margin: 0 0 1rem; font-size: " + number(st.heading_size * 1.6 / st.body_size) + "em; line-height: 1.2; color: " +
           primary + "; }\n";
    css += "h2, h3, h4, h5, h6 { color: " + primary + "; line-height: 1.25; margin: 1.6em 0 0.5em; }\n";
    css += "h2 { font-size: " + heading_scale + "em; }\n";
    css += "h3, h4, h5, h6 { font-size: 1em; }\n";
    css += ".kenmerken { margin-bottom: 2rem; padding-bottom: 1rem; border-bottom: 1px solid " + accent + "; }\n";
    css += "dl { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.3rem 1.5rem; margin: 0; }\n";
    css += "dt { color: " + accent_text + "; font-size: " + small_scale + "em; padding-top: 0.15em; }\n";
    css += "dd { margin: 0; }\n";
    css += "dd > :first-child { margin-top: 0; }\n";
    css += "dd > :last-child { margin-bottom: 0; }\n";
    css += "dd dl { font-size: 1em; }\n";
    // Body.
    css += "p { margin: 0 0 0.8em; }\n";
    css += "ul, ol { margin: 0 0 0.8em; padding-left: 1.6em; }\n";
    css += "li { margin: 0.2em 0; }\n";
    css += "li > p { margin: 0 0 0.3em; }\n";
    css += "ol.letters { list-style: none; padding-left: 1.6em; text-indent: -1.6em; }\n";
    css += "blockquote { margin: 0 0 0.8em; padding-left: 1em; border-left: 3px solid " + accent + "; }\n";
    css += "pre { white-space: pre-wrap; font-size: 0.9em; }\n";
    css += "hr { border: 0; border-top: 1px solid " + accent + "; margin: 1.5em 0; }\n";
    css += "table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-size: 0.95em; }\n";
    css += "th, td { padding: 0.35em 0.5em; vertical-align: top; text-align: left; }\n";
    css += "thead th { color: " + accent_text + "; font-size: " + small_scale + "em; border-bottom: 1px solid " +
           accent + "; }\n";
    css += "tbody tr { border-bottom: 1px solid #d9d9d9; }\n";
    css += "th.midden, td.midden { text-align: center; }\n";
    css += "th.rechts, td.rechts { text-align: right; }\n";
    // Status per domain: the status as text in a label; the colour only repeats it.
    css += "table.status tbody th { color: " + primary + "; }\n";
    css += ".status-label { display: inline-block; padding: 0.1em 0.5em; border-radius: 0.3em; font-weight: bold; "
           "white-space: nowrap; color: #ffffff; background: " + css_colour(readable_on_white(st.accent)) + "; }\n";
    css += ".status-besloten { background: #2e7d32; }\n";
    css += ".status-onderzoek { background: #f0ad26; color: #332600; }\n";
    css += ".status-stilgelegd { background: #b03a2e; }\n";
    // Closing, signatories, footnote, attachments.
    css += ".slot { margin-top: 2em; }\n";
    css += ".ondertekening ul { list-style: none; padding: 0; margin: 3em 0 1em; display: flex; flex-wrap: wrap; "
           "gap: 1rem 3rem; }\n";
    css += ".ondertekening li { margin: 0; min-width: 12rem; }\n";
    css += ".voet { margin-top: 2em; font-size: " + small_scale + "em; }\n";
    css += ".bijlagen { margin-top: 2em; }\n";
    // Print: an A4 letter with the house margins.
    // Printed pages are numbered at their foot as in the PDF (a browser without page margin boxes leaves
    // them out).
    css += "@page { size: A4; margin: " + number(st.margin_top) + "mm " + number(st.margin_right) + "mm " +
           number(st.margin_bottom) + "mm " + number(st.margin_left) + "mm;\n";
    css += "  @bottom-right { content: \"pagina \" counter(page) \" van \" counter(pages); font-family: " + family +
           "; font-size: " + number(st.small_size) + "pt; color: " + accent_text + "; }\n}\n";
    css += "@media print {\n";
    css += "  body { max-width: none; padding: 0; font-size: " + number(st.body_size) + "pt; }\n";
    css += "  a { color: inherit; }\n";
    css += "  h1, h2, h3, h4, h5, h6 { break-after: avoid; }\n";
    css += "  tr, li, dl > * { break-inside: avoid; }\n";
    css += "  .tekst p, .secties p { text-align: justify; hyphens: auto; }\n";
    css += "  .secties { break-before: page; }\n";
    css += "  .afsluiting { break-inside: avoid; }\n";
    css += "  .status-label { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n";
    css += "}\n";
    return css;
}

}  // namespace raadsstuk::html
