#include "pdf/write_pdf.hpp"

#include <hpdf_doc.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <vector>

#include "layout/font_library.hpp"
#include "layout/utf8.hpp"
#include "pdf/document_id.hpp"
#include "pdf/embedded_font.hpp"
#include "pdf/flate.hpp"
#include "pdf/hpdf_document.hpp"
#include "pdf/hpdf_streams.hpp"
#include "pdf/image_streams.hpp"
#include "pdf/pdf_doc_encoding.hpp"
#include "pdf/path_operators.hpp"
#include "pdf/pdfa_objects.hpp"
#include "pdf/text_operators.hpp"
#include "pdf/xmp_packet.hpp"

namespace raadsstuk::pdf {
namespace {

using namespace raadsstuk::layout;

constexpr double kKappa = 0.5522847498;  // Bézier control distance for a quarter circle

double channel(unsigned char v) { return v / 255.0; }

class PdfWriter {
public:
    PdfWriter(const LaidOutDocument& doc, const PdfSettings& settings, diag::Diagnostics& out)
        : doc_(doc), settings_(settings), out_(out) {}

    std::optional<std::string> write() {
        std::string why;
        profile_ = load_icc_profile(settings_.srgb_profile, &why);
        if (!profile_) {
            out_.push_back(diag::make("RS503", {settings_.srgb_profile.string(), "", 0, 0},
                                      "het sRGB-kleurprofiel voor PDF/A kan niet worden gelezen: " + why,
                                      "installeer het Debian-pakket libgs-common (scripts/setup.sh doet dat)"));
            return std::nullopt;
        }
        if (pdf_.failed()) return fail("aanmaken van het document");
        HPDF_SetCompressionMode(pdf_.get(), HPDF_COMP_ALL);
        set_info();
        if (pdf_.failed()) return fail("instellen van de documentgegevens");
        if (!load_fonts()) return std::nullopt;
        for (std::size_t p = 0; p < doc_.pages.size(); ++p) {
            if (!draw_page(doc_.pages[p]) || pdf_.failed()) return fail("tekenen van pagina " + std::to_string(p + 1));
        }
        add_outline();
        if (pdf_.failed()) return fail("maken van de bladwijzers");
        if (!add_archive_parts() || pdf_.failed()) return fail("toevoegen van de PDF/A-onderdelen");
        return save();
    }

private:
    std::optional<std::string> fail(const std::string& step) {
        out_.push_back(diag::make("RS502", {}, "de PDF-bibliotheek (libharu) meldt " + pdf_.error_text() + " bij het " + step,
                                  "dit is een fout in raadsstuk of in een lettertype- of logobestand; meld het met de invoer"));
        return std::nullopt;
    }

    // The producer as the Info dictionary and the XMP metadata both say it.
    static std::string producer() { return std::string("Haru Free PDF Library ") + HPDF_GetVersion(); }

    void set_info() {
        const DocumentInfo& info = doc_.info;
        // Set through libharu first, so that it creates the Info dictionary, then as text strings that can
        // hold any character.
        const auto set = [&](HPDF_InfoType type, const char* key, const std::string& value) {
            if (detail::text_string_text(value).empty()) return;
            HPDF_SetInfoAttr(pdf_.get(), type, "?");
            if (pdf_.get()->info) detail::set_text_string(pdf_.get()->info, key, value);
        };
        set(HPDF_INFO_TITLE, "Title", info.title);
        set(HPDF_INFO_AUTHOR, "Author", info.author);
        set(HPDF_INFO_SUBJECT, "Subject", info.subject);
        set(HPDF_INFO_KEYWORDS, "Keywords", info.keywords);
        set(HPDF_INFO_CREATOR, "Creator", kCreator);
        set(HPDF_INFO_PRODUCER, "Producer", producer());
        // A date without time zone (ind ' ' writes no suffix), as the XMP metadata repeats it.
        HPDF_Date date{info.date.year, info.date.month, info.date.day, 0, 0, 0, ' ', 0, 0};
        HPDF_SetInfoDateAttr(pdf_.get(), HPDF_INFO_CREATION_DATE, date);
        HPDF_SetInfoDateAttr(pdf_.get(), HPDF_INFO_MOD_DATE, date);
    }

    // Every face as a Type0 font over raadsstuk's own subset (embedded_font.hpp), in one /Font dictionary
    // that all pages share: F1 is doc_.fonts[0], and so on.
    bool load_fonts() {
        font_resources_ = HPDF_Dict_New(pdf_.get()->mmgr);
        if (!font_resources_ || HPDF_Xref_Add(pdf_.get()->xref, font_resources_) != HPDF_OK) {
            fail("aanmaken van de lettertypen");
            return false;
        }
        const std::vector<std::set<char32_t>> characters = characters_by_font();
        for (std::size_t f = 0; f < doc_.fonts.size(); ++f) {
            const FontFace& face = doc_.fonts[f];
            std::string why;
            std::shared_ptr<const TrueTypeFont> font = FontLibrary::shared().load(face.file, &why);
            std::shared_ptr<const detail::PreparedFont> prepared;
            if (font) prepared = detail::prepare_font(face.file, *font, characters[f], &why);
            if (!prepared) {
                out_.push_back(diag::make("RS520", {face.file.string(), "", 0, 0},
                                          "het lettertype kan niet in de PDF worden opgenomen: " + why,
                                          "gebruik een TrueType-lettertype (.ttf) met glyf-tabel, zoals Liberation Sans"));
                return false;
            }
            HPDF_Dict dict = detail::add_font(pdf_.get(), prepared);
            const std::string name = "F" + std::to_string(f + 1);
            if (!dict || HPDF_Dict_Add(font_resources_, name.c_str(), dict) != HPDF_OK || pdf_.failed()) {
                fail("opnemen van lettertype " + face.file.string());
                return false;
            }
            fonts_.push_back(std::move(prepared));
        }
        return true;
    }

    // PDF/A-2b: fonts with correct Unicode mappings, XMP metadata, the sRGB output intent, /Lang, PDF 1.7
    // and a placeholder /ID that save() fills in.
    bool add_archive_parts() {
        const DocumentInfo& info = doc_.info;
        detail::XmpFields xmp;
        xmp.title = detail::text_string_text(info.title);
        xmp.author = detail::text_string_text(info.author);
        xmp.subject = detail::text_string_text(info.subject);
        xmp.keywords = detail::text_string_text(info.keywords);
        xmp.creator_tool = kCreator;
        xmp.producer = producer();
        xmp.date = info.date;
        xmp.language = settings_.language;
        HPDF_Doc pdf = pdf_.get();
        pdf->pdf_version = HPDF_VER_17;  // PDF/A-2 is based on PDF 1.7 (ISO 32000-1)
        return detail::add_metadata(pdf, detail::xmp_packet(xmp)) && detail::add_srgb_output_intent(pdf, profile_) &&
               detail::set_language(pdf, settings_.language) && detail::add_id_placeholder(pdf);
    }

    // The characters drawn with each font of doc_.fonts.
    std::vector<std::set<char32_t>> characters_by_font() const {
        std::vector<std::set<char32_t>> out(doc_.fonts.size());
        std::vector<std::array<bool, 128>> ascii(doc_.fonts.size());  // most characters: no set insertion
        for (const Page& p : doc_.pages)
            for (const PageItem& item : p.items) {
                const auto* run = std::get_if<TextRun>(&item);
                if (!run || run->font < 0 || static_cast<std::size_t>(run->font) >= out.size()) continue;
                const auto f = static_cast<std::size_t>(run->font);
                const std::string_view text = run->text;
                for (std::size_t at = 0; at < text.size();) {
                    const auto byte = static_cast<unsigned char>(text[at]);
                    if (byte < 0x80) {
                        ascii[f][byte] = true;
                        ++at;
                        continue;
                    }
                    const layout::DecodedChar d = layout::decode_utf8_at(text, at);
                    out[f].insert(d.code_point);
                    at += d.length;
                }
            }
        for (std::size_t f = 0; f < out.size(); ++f)
            for (char32_t c = 0; c < 128; ++c)
                if (ascii[f][c]) out[f].insert(c);
        return out;
    }

    HPDF_Image image(const std::filesystem::path& file) {
        auto it = images_.find(file.string());
        if (it != images_.end()) return it->second;
        HPDF_Image img = HPDF_LoadPngImageFromFile(pdf_.get(), file.string().c_str());
        if (img) {
            detail::compress_soft_mask(img);
            // When this fails, the streams are as libharu made them, and it deflates them when saving.
            detail::deflate_image_streams(img);
        }
        images_.emplace(file.string(), img);
        return img;
    }

    // Flips y: layout measures from the top.
    double py(double y) const { return doc_.height - y; }

    void rounded_rect(detail::PathOperators& path, const BoxItem& b) {
        const double r = std::min({b.radius, b.width / 2, b.height / 2});
        const double x0 = b.x, x1 = b.x + b.width, top = py(b.y), bottom = py(b.y + b.height);
        if (r <= 0) {
            path.rectangle(x0, bottom, b.width, b.height);
            return;
        }
        const double k = r * kKappa;
        path.move_to(x0 + r, bottom);
        path.line_to(x1 - r, bottom);
        path.curve_to(x1 - r + k, bottom, x1, bottom + r - k, x1, bottom + r);
        path.line_to(x1, top - r);
        path.curve_to(x1, top - r + k, x1 - r + k, top, x1 - r, top);
        path.line_to(x0 + r, top);
        path.curve_to(x0 + r - k, top, x0, top - r + k, x0, top - r);
        path.line_to(x0, bottom + r);
        path.curve_to(x0, bottom + r - k, x0 + r - k, bottom, x0 + r, bottom);
        path.close_path();
    }

    // Shapes into contents_ (path_operators.hpp), images by libharu, which registers them with the page:
    // what it drew is moved into contents_ at once, so that the order stays the order of the items. False
    // for a value libharu would refuse, with its error raised as its own functions raise it.
    bool draw_graphics(HPDF_Page page, detail::PathOperators& path, const PageItem& item) {
        bool ok = true;
        const auto check = [&](bool step) { ok = ok && step; };
        if (const auto* b = std::get_if<BoxItem>(&item)) {
            const bool stroke = b->stroke_width > 0;
            if (!b->filled && !stroke) return true;
            if (b->filled) check(path.set_rgb_fill(channel(b->fill.r), channel(b->fill.g), channel(b->fill.b)));
            if (stroke) {
                check(path.set_line_width(b->stroke_width));
                check(path.set_rgb_stroke(channel(b->stroke.r), channel(b->stroke.g), channel(b->stroke.b)));
            }
            if (!ok) return out_of_range();
            rounded_rect(path, *b);
            if (b->filled && stroke) path.fill_stroke();
            else if (b->filled) path.fill();
            else path.stroke();
        } else if (const auto* l = std::get_if<LineItem>(&item)) {
            check(path.set_line_width(l->width));
            check(path.set_rgb_stroke(channel(l->color.r), channel(l->color.g), channel(l->color.b)));
            if (!ok) return out_of_range();
            path.move_to(l->x1, py(l->y1));
            path.line_to(l->x2, py(l->y2));
            path.stroke();
        } else if (const auto* p = std::get_if<PolygonItem>(&item)) {
            if (p->points.size() < 3) return true;
            if (!path.set_rgb_fill(channel(p->fill.r), channel(p->fill.g), channel(p->fill.b))) return out_of_range();
            path.move_to(p->points[0].x, py(p->points[0].y));
            for (std::size_t i = 1; i < p->points.size(); ++i) path.line_to(p->points[i].x, py(p->points[i].y));
            path.close_path();
            path.fill();
        } else if (const auto* img = std::get_if<ImageItem>(&item)) {
            HPDF_Image image_handle = image(img->file);
            if (image_handle) HPDF_Page_DrawImage(page, image_handle, img->x, py(img->y + img->height), img->width, img->height);
            return take_drawn(page, contents_);
        }
        return true;
    }

    bool out_of_range() {
        HPDF_RaiseError(&pdf_.get()->error, HPDF_PAGE_OUT_OF_RANGE, 0);
        return false;
    }

    // What libharu drew into the page's stream, appended to `out`; the stream emptied.
    static bool take_drawn(HPDF_Page page, std::string& out) {
        auto* attr = static_cast<HPDF_PageAttr>(page->attr);
        if (!attr || !attr->stream) return false;
        std::size_t taken = 0;
        const HPDF_UINT buffers = HPDF_MemStream_GetBufCount(attr->stream);
        for (HPDF_UINT i = 0; i < buffers; ++i) {
            HPDF_UINT length = 0;
            const HPDF_BYTE* data = HPDF_MemStream_GetBufPtr(attr->stream, i, &length);
            if (data) out.append(reinterpret_cast<const char*>(data), length);
            taken += data ? length : 0;
        }
        if (taken != attr->stream->size) return false;
        HPDF_MemStream_FreeData(attr->stream);
        return true;
    }

    bool draw_page(const Page& p) {
        HPDF_Page page = HPDF_AddPage(pdf_.get());
        if (!page) return false;
        HPDF_Page_SetWidth(page, doc_.width);
        HPDF_Page_SetHeight(page, doc_.height);
        // Shapes first, then all text on top of them in one text object.
        contents_.clear();
        detail::PathOperators path(contents_);
        for (const PageItem& item : p.items)
            if (!std::holds_alternative<TextRun>(item) && !draw_graphics(page, path, item)) return false;
        std::string& text = text_;
        text.clear();
        int font = -1;
        double size = -1;
        model::Color colour{0, 0, 0};
        bool colour_set = false;
        for (const PageItem& item : p.items) {
            const auto* run = std::get_if<TextRun>(&item);
            if (!run || run->text.empty() || run->font < 0 || static_cast<std::size_t>(run->font) >= fonts_.size()) continue;
            if (text.empty()) text += "BT\n";
            if (run->font != font || run->size != size) {
                text += "/F" + std::to_string(run->font + 1) + ' ';
                detail::append_number(text, run->size);
                text += " Tf\n";
                font = run->font;
                size = run->size;
            }
            if (!colour_set || !(run->color == colour)) {
                for (unsigned char v : {run->color.r, run->color.g, run->color.b}) {
                    detail::append_number(text, channel(v), 4);
                    text += ' ';
                }
                text += "rg\n";
                colour = run->color;
                colour_set = true;
            }
            text += "1 0 0 1 ";
            detail::append_number(text, run->x);
            text += ' ';
            detail::append_number(text, py(run->y));
            text += " Tm ";
            // Word spacing as the layout measured it, for the house faces (TextRun::word_spacing).
            const bool spaced = doc_.fonts[static_cast<std::size_t>(run->font)].encoding == FontEncoding::cp1252;
            const double adjust = spaced && run->word_spacing != 0 ? -run->word_spacing * 1000 / run->size : 0;
            const detail::PreparedFont& prepared = *fonts_[static_cast<std::size_t>(run->font)];
            detail::append_show_text(text, prepared.subset, prepared.ascii_codes, run->text, adjust);
        }
        if (!text.empty()) text += "ET\n";
        if (!finish_contents(page, text)) return false;
        for (const LinkArea& link : p.links) {
            HPDF_Rect rect{static_cast<HPDF_REAL>(link.x), static_cast<HPDF_REAL>(py(link.y + link.height)),
                           static_cast<HPDF_REAL>(link.x + link.width), static_cast<HPDF_REAL>(py(link.y))};
            HPDF_Annotation annot = HPDF_Page_CreateURILinkAnnot(page, rect, link.uri.c_str());
            if (annot) {
                HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0);
                detail::mark_printable(annot);
            }
        }
        pages_.push_back(page);
        return true;
    }

    // The page's content stream: the shapes and images (contents_) and then the text, deflated once here.
    bool finish_contents(HPDF_Page page, const std::string& text) {
        auto* attr = static_cast<HPDF_PageAttr>(page->attr);
        HPDF_Dict resources = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(page, "Resources", HPDF_OCLASS_DICT));
        if (!attr || !attr->contents || !attr->stream || !resources) return false;
        if (!text.empty() && HPDF_Dict_Add(resources, "Font", font_resources_) != HPDF_OK) return false;
        std::string& bytes = contents_;
        if (!take_drawn(page, bytes)) return false;  // nothing, unless libharu drew outside our items
        bytes += text;
        auto deflated = std::make_shared<const std::string>(detail::deflate_bytes(bytes, detail::kContentLevel));
        if (!detail::set_deflated_data(attr->contents, deflated, *deflated)) return false;
        attr->stream = attr->contents->stream;  // the page's drawing stream was the contents' stream
        return true;
    }

    void add_outline() {
        std::vector<std::pair<int, HPDF_Outline>> parents;  // level, outline
        for (const OutlineEntry& e : doc_.outline) {
            if (e.page >= pages_.size()) continue;
            while (!parents.empty() && parents.back().first >= e.level) parents.pop_back();
            HPDF_Outline parent = parents.empty() ? nullptr : parents.back().second;
            HPDF_Outline o = HPDF_CreateOutline(pdf_.get(), parent, "?", nullptr);
            if (!o || !detail::set_text_string(o, "Title", e.title)) return;
            HPDF_Destination dest = HPDF_Page_CreateDestination(pages_[e.page]);
            HPDF_Destination_SetFitH(dest, static_cast<HPDF_REAL>(py(e.y)));  // XYZ with zoom 0 is rejected
            HPDF_Outline_SetDestination(o, dest);
            HPDF_Outline_SetOpened(o, HPDF_TRUE);
            parents.emplace_back(e.level, o);
        }
    }

    std::optional<std::string> save() {
        std::optional<std::string> bytes = detail::save_to_string(pdf_.get(), kExpectedSize);
        if (!bytes || pdf_.failed()) return fail("opslaan");
        if (!detail::set_content_id(*bytes)) return fail("invullen van de bestands-ID");
        return bytes;
    }

    // Room reserved for the saved file: a two-page letter is about 22 KB.
    static constexpr std::size_t kExpectedSize = 32 * 1024;

    static constexpr const char* kCreator = "raadsstuk";

    const LaidOutDocument& doc_;
    const PdfSettings& settings_;
    diag::Diagnostics& out_;
    std::shared_ptr<const IccProfile> profile_;
    detail::HpdfDocument pdf_;
    std::vector<std::shared_ptr<const detail::PreparedFont>> fonts_;  // per doc_.fonts
    HPDF_Dict font_resources_ = nullptr;
    std::string text_, contents_;  // per page, reused: the text object, the whole content stream
    std::vector<HPDF_Page> pages_;
    std::map<std::string, HPDF_Image> images_;
};

}  // namespace

std::optional<std::string> write_pdf(const layout::LaidOutDocument& doc, const PdfSettings& settings,
                                     diag::Diagnostics& out) {
    return PdfWriter(doc, settings, out).write();
}

std::optional<std::string> write_pdf(const layout::LaidOutDocument& doc, diag::Diagnostics& out) {
    return write_pdf(doc, PdfSettings{}, out);
}

}  // namespace raadsstuk::pdf
