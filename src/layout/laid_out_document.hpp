#pragma once
// The product of the layout stage: pages of positioned items, as plain values. Everything the PDF writer
// needs is here; it measures nothing and decides nothing.
//
// Coordinates are in PostScript points with the origin at the TOP-left of the page and y growing
// downwards (the PDF writer flips them). A TextRun's y is its baseline.
#include <cstddef>
#include <filesystem>
#include <string>
#include <variant>
#include <vector>

#include "layout/document_info.hpp"
#include "model/house_style.hpp"

namespace raadsstuk::layout {

inline constexpr double kA4Width = 595.276;
inline constexpr double kA4Height = 841.89;

enum class FontEncoding {
    cp1252,  // single-byte: the house fonts; TextRun::text holds only CP1252-encodable characters
    utf8,    // Type0/Identity-H: the fallback font for characters outside CP1252 or the house font
};

struct FontFace {
    std::filesystem::path file;  // a TrueType file, embedded in the PDF
    FontEncoding encoding = FontEncoding::cp1252;
    bool operator==(const FontFace&) const = default;
};

struct TextRun {
    double x = 0, y = 0;  // start of the baseline
    int font = 0;         // index into LaidOutDocument::fonts
    double size = 10;
    model::Color color;
    std::string text;           // UTF-8
    double word_spacing = 0;    // extra space added to each U+0020 (PDF Tw); only for cp1252 fonts
};

struct LineItem {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    double width = 0.5;
    model::Color color;
};

struct BoxItem {
    double x = 0, y = 0, width = 0, height = 0;  // (x, y) = top-left
    bool filled = false;
    model::Color fill;
    double stroke_width = 0;  // 0 = no outline
    model::Color stroke;
    double radius = 0;  // rounded corners
};

struct Point {
    double x = 0, y = 0;
};

struct PolygonItem {  // a closed, filled shape (arrow heads)
    std::vector<Point> points;
    model::Color fill;
};

struct ImageItem {
    std::filesystem::path file;  // PNG
    double x = 0, y = 0, width = 0, height = 0;
};

using PageItem = std::variant<TextRun, LineItem, BoxItem, PolygonItem, ImageItem>;

struct LinkArea {  // a clickable rectangle that opens a URI
    double x = 0, y = 0, width = 0, height = 0;
    std::string uri;
};

struct OutlineEntry {  // a bookmark
    std::string title;
    int level = 1;           // 1 = top
    std::size_t page = 0;    // 0-based
    double y = 0;            // top of the heading
};

struct Page {
    std::vector<PageItem> items;  // in drawing order
    std::vector<LinkArea> links;
};

// What a strip of the vertical flow was (a line of text, of a heading, of the closing), and the page it went to:
// not drawn, but kept so that the typesetting can be measured afterwards (typesetting_report.hpp).
struct StripRole {
    enum class Kind { other, text_line, heading_line, closing } kind = Kind::other;
    std::size_t paragraph = 0;  // text_line, heading_line: lines of one paragraph share it
    std::size_t line = 0;       // text_line: 0-based line in its paragraph, of `lines`
    std::size_t lines = 0;
    bool justified = false;
    bool hyphenated = false;
    int spaces = 0;
    double space_scale = 1;
};

struct FlowRecord {
    std::size_t page = 0;  // 0-based
    StripRole role;
};

struct LaidOutDocument {
    double width = kA4Width;
    double height = kA4Height;
    std::vector<FontFace> fonts;  // only the fonts that some TextRun uses, in order of first use
    std::vector<Page> pages;
    std::vector<OutlineEntry> outline;
    DocumentInfo info;
    std::vector<FlowRecord> flow;  // the body's strips in order (not the letterhead and page furniture)
};

}  // namespace raadsstuk::layout
