// The small pieces the PDF/A parts are made of: text strings of the document information, XML
// escaping of the XMP, ToUnicode CMaps and the file /ID, on the cases the fixture letter does not reach.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <regex>

#include "hash/sha256.hpp"
#include "pdf/document_id.hpp"
#include "pdf/pdf_doc_encoding.hpp"
#include "pdf/to_unicode_cmap.hpp"
#include "pdf/xmp_packet.hpp"

using namespace raadsstuk::pdf::detail;

TEST_CASE("pdf text strings: PDFDocEncoding when it can, UTF-16BE with a byte order mark when it cannot",
          "[pdf-text]") {
    CHECK(to_pdf_text_string("Stand van zaken") == "Stand van zaken");
    CHECK(to_pdf_text_string("geïnformeerd € 12") == "ge\xEFnformeerd \xA0 12");
    CHECK(to_pdf_text_string("‘regio’") == "\x8Fregio\x90");
    CHECK(to_pdf_text_string("a ➢ b") == std::string("\xFE\xFF\x00\x61\x00\x20\x27\xA2\x00\x20\x00\x62", 12));
    // A character beyond U+FFFF becomes a surrogate pair.
    CHECK(to_pdf_text_string("😀") == std::string("\xFE\xFF\xD8\x3D\xDE\x00", 6));
    // "þÿ" at the start would be read as a byte order mark: UTF-16 then.
    CHECK(to_pdf_text_string("þÿ").rfind("\xFE\xFF\x00\xFE\x00\xFF", 0) == 0);
    CHECK(!to_pdf_doc_encoding("a ➢ b"));
}

TEST_CASE("pdf text strings: line breaks and tabs become spaces, other control characters are dropped",
          "[pdf-text]") {
    CHECK(text_string_text("Wegen\nen\tpaden\x01\x7F") == "Wegen en paden");
    CHECK(to_pdf_text_string("Wegen\r\npaden") == "Wegen  paden");
}

TEST_CASE("xmp: every character XML gives a meaning is escaped, in values and attributes alike", "[pdf-text]") {
    XmpFields f;
    f.title = "A & B";
    f.author = "Gemeente <X>";
    f.date = {2022, 9, 13};
    f.language = "nl-NL";
    const std::string xmp = xmp_packet(f);
    CHECK(xmp.find("<rdf:li xml:lang=\"x-default\">A &amp; B</rdf:li>") != std::string::npos);
    CHECK(xmp.find("<rdf:li>Gemeente &lt;X&gt;</rdf:li>") != std::string::npos);
    CHECK(xmp.find("<xmp:CreateDate>2022-09-13T00:00:00</xmp:CreateDate>") != std::string::npos);
    CHECK(xmp.find("<pdfaid:part>2</pdfaid:part>") != std::string::npos);
    // Empty fields are left out, as the Info dictionary leaves them out.
    CHECK(xmp.find("dc:description") == std::string::npos);
    CHECK(xmp.find("pdf:Keywords") == std::string::npos);
}

TEST_CASE("to-unicode cmap: one- and two-byte codes, blocks of at most 100, surrogate pairs", "[pdf-text]") {
    const std::string one = to_unicode_cmap({{0x41, U'A'}, {0x80, U'€'}}, 1);
    CHECK(one.find("<00> <FF>") != std::string::npos);
    CHECK(one.find("2 beginbfchar\n<41> <0041>\n<80> <20AC>\nendbfchar") != std::string::npos);

    std::map<unsigned, char32_t> many;
    for (unsigned c = 0x100; c < 0x100 + 250; ++c) many.emplace(c, static_cast<char32_t>(c));
    const std::string two = to_unicode_cmap(many, 2);
    CHECK(two.find("<0000> <FFFF>") != std::string::npos);
    const std::regex block(R"((\d+) beginbfchar\n((?:<[0-9A-F]{4}> <[0-9A-F]{4}>\n)*)endbfchar)");
    std::vector<int> sizes;
    for (auto it = std::sregex_iterator(two.begin(), two.end(), block); it != std::sregex_iterator(); ++it) {
        const int n = std::stoi((*it)[1].str());
        const std::string body = (*it)[2].str();
        CHECK(static_cast<int>(std::count(body.begin(), body.end(), '\n')) == n);
        sizes.push_back(n);
    }
    CHECK(sizes == std::vector<int>{100, 100, 50});
    CHECK(to_unicode_cmap({{0x41, U'😀'}}, 1).find("<41> <D83DDE00>") != std::string::npos);
    CHECK(to_unicode_cmap({}, 2).find("beginbfchar") == std::string::npos);
}

TEST_CASE("document id: the zero placeholder in the trailer becomes the hash of the bytes, in place", "[pdf-text]") {
    const std::string zeros(32, '0');
    const std::string head = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
    const std::string trailer = "trailer\n<<\n/Root 1 0 R\n/ID [<" + zeros + "><" + zeros + ">]\n>>\nstartxref\n9\n%%EOF\n";
    std::string a = head + trailer;
    std::string b = head + "% another comment\n" + trailer;
    std::string again = a;
    REQUIRE(set_content_id(a));
    REQUIRE(set_content_id(b));
    REQUIRE(set_content_id(again));
    CHECK(a.size() == (head + trailer).size());
    std::smatch m;
    REQUIRE(std::regex_search(a, m, std::regex("/ID \\[<([0-9A-F]{32})><([0-9A-F]{32})>\\]")));
    CHECK(m[1].str() == m[2].str());
    CHECK(m[1].str() != zeros);
    // The first 16 bytes of the SHA-256 of the file with the placeholder, in upper-case hex.
    std::string expected = raadsstuk::hash::sha256_hex(head + trailer).substr(0, 32);
    for (char& c : expected) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    CHECK(m[1].str() == expected);
    CHECK(again == a);
    CHECK(b.substr(b.size() - trailer.size()) != a.substr(a.size() - trailer.size()));
    // Without a placeholder (or when it was filled already) nothing is changed.
    std::string filled = a;
    CHECK(!set_content_id(filled));
    CHECK(filled == a);
    std::string none = head + "trailer\n<< /Root 1 0 R >>\n";
    CHECK(!set_content_id(none));
}
