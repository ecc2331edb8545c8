// The PDF/A-2b parts of every PDF, as the tools an archive has at hand see them (there is no veraPDF in
// Debian): qpdf --check, pdfinfo -meta and xmllint, the objects qpdf shows, pdftotext and pdffonts.
#include <catch2/catch.hpp>

#include <memory>
#include <regex>

#include "pdf_test_support.hpp"

using namespace raadsstuk;
using namespace raadsstuk::pdf::test;

namespace {

struct Archived {
    Built built;
    TempDir dir;
    std::filesystem::path pdf;
    std::filesystem::path qdf_file;
    std::string qdf;  // the file as qpdf --qdf writes it: every object uncompressed, one after another
};

std::unique_ptr<Archived> archive(const layout::LayoutRequest& request) {
    auto a = std::make_unique<Archived>();
    a->built = build(request);
    REQUIRE(a->built.pdf);
    a->pdf = a->dir.path() / "brief.pdf";
    write_file(a->pdf, *a->built.pdf);
    a->qdf_file = a->dir.path() / "brief.qdf";
    REQUIRE(run("qpdf --qdf --object-streams=disable " + quoted(a->pdf) + " " + quoted(a->qdf_file) + " 2>&1").status == 0);
    a->qdf = read_file(a->qdf_file);
    return a;
}

// The XMP packet as pdfinfo prints it.
std::string metadata(const Archived& a) { return run("pdfinfo -meta " + quoted(a.pdf) + " 2>/dev/null").output; }

// An XPath string() over the XMP, namespaces ignored: xpath("title") is the text of the dc:title element.
std::string xmp_value(const Archived& a, const std::string& element) {
    const auto xmp = a.dir.path() / "xmp.xml";
    write_file(xmp, metadata(a));
    std::string value = run("xmllint --xpath \"string(//*[local-name()='" + element + "'])\" " + quoted(xmp) + " 2>&1").output;
    if (!value.empty() && value.back() == '\n') value.pop_back();
    return value;
}

std::string pdfinfo_field(const Archived& a, const std::string& field) {
    const std::string info = run("pdfinfo -enc UTF-8 " + quoted(a.pdf) + " 2>/dev/null").output;
    std::smatch m;
    if (!std::regex_search(info, m, std::regex("(^|\n)" + field + ": *([^\n]*)"))) return "(missing)";
    return m[2].str();
}

// The two strings of the trailer's /ID.
std::vector<std::string> file_id(const std::string& pdf_bytes) {
    std::smatch m;
    const std::string tail = pdf_bytes.substr(pdf_bytes.rfind("trailer"));
    if (!std::regex_search(tail, m, std::regex(R"(/ID\s*\[\s*<([0-9A-Fa-f]*)>\s*<([0-9A-Fa-f]*)>\s*\])"))) return {};
    return {m[1].str(), m[2].str()};
}

layout::LayoutRequest escaped_request() {
    layout::LayoutRequest r = fixture_request(fixture_markdown());
    r.info.title = R"(Wegen & "paden" <2023> en 't fietspad)";
    r.info.author = "Gemeente Súdwest-Fryslân";
    r.info.subject = "Z-23-000042";
    r.info.keywords = "wegen, paden & fietspaden";
    return r;
}

}  // namespace

TEST_CASE("pdf/a: qpdf --check finds no fault and gives no warning, the file is not encrypted", "[pdfa]") {
    const auto a = archive(fixture_request(fixture_markdown()));
    const auto check = run("qpdf --check " + quoted(a->pdf) + " 2>&1");
    INFO(check.output);
    CHECK(check.status == 0);
    CHECK(check.output.find("No syntax or stream encoding errors found") != std::string::npos);
    CHECK(check.output.find("WARNING") == std::string::npos);
    CHECK(check.output.find("File is not encrypted") != std::string::npos);
    CHECK(a->built.pdf->rfind("%PDF-1.7\n", 0) == 0);
}

TEST_CASE("pdf/a: the XMP metadata is well-formed XML naming PDF/A-2b, with the title escaped", "[pdfa]") {
    const auto a = archive(escaped_request());
    const std::string xmp = metadata(*a);
    INFO(xmp);
    REQUIRE(xmp.find("<?xpacket begin=") != std::string::npos);
    CHECK(xmp.find("Wegen &amp; &quot;paden&quot; &lt;2023&gt; en &#39;t fietspad") != std::string::npos);
    const auto file = a->dir.path() / "xmp.xml";
    write_file(file, xmp);
    const auto lint = run("xmllint --noout " + quoted(file) + " 2>&1");
    INFO(lint.output);
    CHECK(lint.status == 0);
    CHECK(lint.output.empty());
    CHECK(xmp_value(*a, "part") == "2");
    CHECK(xmp_value(*a, "conformance") == "B");
    CHECK(xmp_value(*a, "language") == "nl-NL");
    CHECK(xmp_value(*a, "format") == "application/pdf");
    // The metadata stream is not compressed: PDF/A forbids a filter on it.
    CHECK(a->built.pdf->find("Wegen &amp; &quot;paden&quot;") != std::string::npos);
}

TEST_CASE("pdf/a: the XMP metadata says what the document information says, field by field", "[pdfa]") {
    for (const auto& request : {fixture_request(fixture_markdown()), escaped_request()}) {
        const auto a = archive(request);
        INFO(metadata(*a));
        CHECK(xmp_value(*a, "title") == request.info.title);
        CHECK(pdfinfo_field(*a, "Title") == request.info.title);
        CHECK(xmp_value(*a, "creator") == request.info.author);
        CHECK(pdfinfo_field(*a, "Author") == request.info.author);
        CHECK(xmp_value(*a, "description") == request.info.subject);
        CHECK(pdfinfo_field(*a, "Subject") == request.info.subject);
        CHECK(xmp_value(*a, "Keywords") == request.info.keywords);
        CHECK(pdfinfo_field(*a, "Keywords") == request.info.keywords);
        CHECK(xmp_value(*a, "CreatorTool") == pdfinfo_field(*a, "Creator"));
        CHECK(xmp_value(*a, "Producer") == pdfinfo_field(*a, "Producer"));
        CHECK(!xmp_value(*a, "Producer").empty());
        CHECK(xmp_value(*a, "CreateDate") == "2022-09-13T00:00:00");
        CHECK(xmp_value(*a, "ModifyDate") == "2022-09-13T00:00:00");
        CHECK(a->qdf.find("/CreationDate (D:20220913000000)") != std::string::npos);
        CHECK(a->qdf.find("/ModDate (D:20220913000000)") != std::string::npos);
    }
}

TEST_CASE("pdf/a: a title outside PDFDocEncoding is stored as UTF-16, the same in Info, XMP and bookmarks",
          "[pdfa]") {
    layout::LayoutRequest r = fixture_request("# Fietsroute ➢ Leiden\n\nTekst van de brief.\n");
    r.info.title = "Fietsroute ➢ Leiden – şimdi";
    const auto a = archive(r);
    CHECK(pdfinfo_field(*a, "Title") == "Fietsroute ➢ Leiden – şimdi");
    CHECK(xmp_value(*a, "title") == "Fietsroute ➢ Leiden – şimdi");
    // UTF-16BE with byte order mark, as a hex string: FEFF ... 27A2 (➢).
    CHECK(std::regex_search(a->qdf, std::regex(R"(/Title <FEFF[0-9A-F]*27A2[0-9A-F]*>)", std::regex::icase)));
}

TEST_CASE("pdf/a: the catalog has /Lang nl-NL, the XMP stream and an sRGB output intent with its profile",
          "[pdfa]") {
    const auto a = archive(fixture_request(fixture_markdown()));
    CHECK(a->qdf.find("/Lang (nl-NL)") != std::string::npos);
    CHECK(std::regex_search(a->qdf, std::regex(R"(/Metadata \d+ 0 R)")));
    CHECK(std::regex_search(a->qdf, std::regex(R"(/Subtype /XML)")));
    std::smatch m;
    REQUIRE(std::regex_search(a->qdf, m, std::regex(R"(/OutputIntents \[\s*<<([^>]*)>>\s*\])")));
    const std::string intent = m[1].str();
    INFO(intent);
    CHECK(intent.find("/S /GTS_PDFA1") != std::string::npos);
    CHECK(intent.find("/OutputConditionIdentifier (sRGB IEC61966-2.1)") != std::string::npos);
    std::smatch profile_ref;
    REQUIRE(std::regex_search(intent, profile_ref, std::regex(R"(/DestOutputProfile (\d+) 0 R)")));
    const auto icc = a->dir.path() / "profile.icc";
    REQUIRE(run("qpdf --show-object=" + profile_ref[1].str() + " --filtered-stream-data " + quoted(a->qdf_file) + " > " +
                quoted(icc))
                .status == 0);
    CHECK(read_file(icc) == read_file(pdf::kDefaultSrgbProfile));
    // The profile's stream says it has three components (object numbers are those of the QDF file).
    CHECK(run("qpdf --show-object=" + profile_ref[1].str() + " " + quoted(a->qdf_file)).output.find("/N 3") !=
          std::string::npos);
}

TEST_CASE("pdf/a: the file /ID is the same for the same letter and another for another letter", "[pdfa]") {
    const auto one = build(fixture_request(fixture_markdown()));
    const auto again = build(fixture_request(fixture_markdown()));
    layout::LayoutRequest changed = fixture_request(fixture_markdown());
    changed.info.subject = "Z-22-123457";
    const auto other = build(changed);
    REQUIRE(one.pdf);
    REQUIRE(again.pdf);
    REQUIRE(other.pdf);
    const auto id = file_id(*one.pdf);
    REQUIRE(id.size() == 2);
    CHECK(id[0].size() == 32);
    CHECK(id[0] == id[1]);
    CHECK(id[0] != std::string(32, '0'));
    CHECK(file_id(*again.pdf) == id);
    CHECK(*again.pdf == *one.pdf);
    CHECK(file_id(*other.pdf) != id);
}

TEST_CASE("pdf/a: every font is embedded with a Unicode mapping, the fallback font's text comes back without warnings",
          "[pdfa]") {
    const auto a = archive(fixture_request(fixture_markdown()));
    const auto fonts = pdffonts_lines(a->pdf);
    for (const auto& line : fonts) {
        INFO(line);
        CHECK(std::regex_search(line, std::regex(R"(\s+yes\s+yes\s+yes\s+\d+\s+0$)")));  // emb, sub, uni
        // Every face, house font or fallback, is a subset of raadsstuk's own under a Type0 font.
        CHECK(std::regex_search(line, std::regex(R"(^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s)")));
    }
    CHECK(fonts.size() == 4);

    const auto err = a->dir.path() / "stderr.txt";
    const std::string text = run("pdftotext -enc UTF-8 " + quoted(a->pdf) + " - 2>" + quoted(err)).output;
    CHECK(read_file(err).empty());
    CHECK(text.find("➢ heeft besloten") != std::string::npos);
    CHECK(text.find("geïnformeerd") != std::string::npos);
    // No embedded CMap: every font uses the predefined Identity-H, with the collection Adobe-Identity-0.
    CHECK(a->qdf.find("begincidrange") == std::string::npos);
    CHECK(a->qdf.find("/Encoding /Identity-H") != std::string::npos);
    CHECK(a->qdf.find("/Ordering (Identity)") != std::string::npos);
    CHECK(a->qdf.find("/Ordering (Identity-H)") == std::string::npos);
    // Widths only for what the subset of the fallback font holds: .notdef (600) and ➢ (1716/2048 em = 837.9,
    // rounded to the nearest unit; libharu truncated it to 837), as CIDs 0 and 1,
    // not its 10,000 other glyphs.
    std::smatch w;
    REQUIRE(std::regex_search(a->qdf, w, std::regex(R"(/BaseFont /[A-Z]{6}\+DejaVuSans\s*/CIDSystemInfo[^/]*(/[^W][^/]*)*/W \[([^\]]*\])\s*\])")));
    CHECK(std::regex_replace(w[2].str(), std::regex(R"(\s+)"), " ") == " 0 [ 600 838 ]");
}

TEST_CASE("pdf/a: the descriptors of the CID fonts say Symbolic, link annotations are printable", "[pdfa]") {
    const auto a = archive(fixture_request(fixture_markdown()));
    const std::regex flags(R"(/Flags (\d+))");
    int descriptors = 0, italic = 0;
    for (auto it = std::sregex_iterator(a->qdf.begin(), a->qdf.end(), flags); it != std::sregex_iterator(); ++it) {
        const int f = std::stoi((*it)[1].str());
        INFO("flags " << f);
        ++descriptors;
        CHECK((f & 4));          // Symbolic: the glyphs are picked by CID, not by a standard encoding
        CHECK(!(f & 32));        // never both Symbolic and Nonsymbolic
        if (f & 64) ++italic;
    }
    CHECK(descriptors == 4);
    CHECK(italic == 1);  // LiberationSans-Italic, which the fixture's emphasis uses
    int links = 0;
    for (std::size_t at = 0; (at = a->qdf.find("/Subtype /Link", at)) != std::string::npos; ++at) {
        const std::size_t start = a->qdf.rfind("<<", at);
        const std::size_t end = a->qdf.find(">>", at);
        const std::string annot = a->qdf.substr(start, end - start);
        INFO(annot);
        CHECK(std::regex_search(annot, std::regex(R"(/F 4\b)")));
        ++links;
    }
    CHECK(links >= 2);
}

TEST_CASE("pdf/a: without the sRGB profile no PDF is written and RS503 names the file", "[pdfa]") {
    model::Environment env;
    diag::Diagnostics ds;
    const auto doc = layout::lay_out(fixture_request(fixture_markdown()), layout::FontLibrary::shared(), env, ds);
    pdf::PdfSettings settings;
    settings.srgb_profile = source_dir() / "tests/pdf/fixtures/no-such-profile.icc";
    const auto pdf = pdf::write_pdf(doc, settings, ds);
    CHECK(!pdf);
    REQUIRE(!ds.empty());
    CHECK(ds.back().code == "RS503");
    CHECK(ds.back().location.file == settings.srgb_profile.string());
    CHECK(ds.back().message.find("sRGB-kleurprofiel") != std::string::npos);

    settings.srgb_profile = source_dir() / "tests/pdf/fixtures/logo.png";  // a file, but no ICC profile
    diag::Diagnostics ds2;
    CHECK(!pdf::write_pdf(doc, settings, ds2));
    REQUIRE(!ds2.empty());
    CHECK(ds2.back().code == "RS503");
    CHECK(ds2.back().message.find("geen ICC-profiel") != std::string::npos);
}
