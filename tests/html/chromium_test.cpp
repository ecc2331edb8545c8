// The HTML as a reader's browser shows it: Debian's headless chromium takes a screenshot and prints the
// letter to PDF; pdftotext gives back the text it showed. With RAADSSTUK_RENDER_DIR set, the screenshot and
// the printed PDF are kept there to look at.
#include <catch2/catch.hpp>

#include <cstdlib>

#include "chromium.hpp"
#include "html_text.hpp"

namespace fs = std::filesystem;

namespace {

const char* const kLetter = "documenten/2022/2022-09-13-omklappen-sociaal-domein";

fs::path build_letter(const fs::path& out) {
    const auto r = rs_test::raadsstuk("build --quiet --out " + rs_test::shell_quote(out.string()) +
                                      " data/documenten/2022/2022-09-13-omklappen-sociaal-domein.json");
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    return out / (std::string(kLetter) + ".html");
}

void keep(const fs::path& file) {
    if (const char* dir = std::getenv("RAADSSTUK_RENDER_DIR")) {
        fs::create_directories(dir);
        fs::copy_file(file, fs::path(dir) / file.filename(), fs::copy_options::overwrite_existing);
    }
}

// Width and height from a PNG's IHDR chunk; {0, 0} when it is no PNG.
std::pair<unsigned, unsigned> png_size(const std::string& png) {
    if (png.size() < 24 || png.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0 || png.compare(12, 4, "IHDR") != 0) return {0, 0};
    auto be32 = [&](std::size_t at) {
        unsigned v = 0;
        for (std::size_t i = 0; i < 4; ++i) v = v << 8 | static_cast<unsigned char>(png[at + i]);
        return v;
    };
    return {be32(16), be32(20)};
}

}  // namespace

TEST_CASE("html chromium: printed to PDF, the letter reads in order", "[html][chromium]") {
    rs_test::ScratchDir scratch;
    const fs::path html = build_letter(scratch.path() / "out");
    const fs::path pdf = scratch.path() / "omklappen-sociaal-domein.chromium.pdf";
    const auto r = rs_test::run_chromium({"--no-pdf-header-footer", "--print-to-pdf=" + pdf.string()}, html, scratch.path());
    INFO(r.log.substr(r.log.size() > 2000 ? r.log.size() - 2000 : 0));
    INFO("chromium (Debian's package, installed by scripts/setup.sh) must run headless");
    REQUIRE_FALSE(r.timed_out);
    REQUIRE(r.ran);
    REQUIRE(fs::exists(pdf));
    keep(pdf);
    const std::string text = rs_test::normalize_space(rs_test::pdftotext(pdf));
    rs_test::check_in_order(text, {
        "gemeente", "Voorschoten",
        "Raadsinformatiebrief",
        "Zaaknummer", "Z-22-61204",
        "Datum", "13 september 2022",
        "Onderwerp", "Stand van zaken omklappen sociaal domein naar de Leidse regio",
        "Geachte Raad,",
        "Met onze informatiebrief van 8 maart jl.",
        "Wat is het omklappen sociaal domein naar de Leidse regio?",
        "Wat is de stand van zaken van het omklappen sociaal domein naar de Leidse regio?",
        "De gemeente Voorschoten:",
        "Visueel ziet dit er als volgt uit.",
        "Onderdeel", "Status", "Huidige partner", "Nieuwe partner", "Streefdatum", "Toelichting",
        "Wmo", "besloten", "Jeugd", "in onderzoek", "Werk en", "stilgelegd",
        "Wat is de stand van zaken omklappen sociaal domein onderdeel Wmo",
        "Wat is de stand van zaken omklappen sociaal domein onderdeel jeugd",
        "Wij gaan u daarom een voorstel voor besluitvorming",
        "Met vriendelijke groet,",
        "het college van burgemeester en wethouders,",
        "A. R. de Graaf", "gemeentesecretaris", "drs. N. Stemerdink", "burgemeester",
        "Deze brief is digitaal vastgesteld.",
    });
    // Printed as an A4 letter with numbered pages, without the browser's date and file name in the margins.
    CHECK(text.find("pagina 1 van ") != std::string::npos);
    const auto info = rs_test::run("pdfinfo " + rs_test::shell_quote(pdf.string())).output;
    CHECK(info.find(" pts (A4)") != std::string::npos);
    CHECK(text.find("file://") == std::string::npos);
    CHECK(text.find(".html") == std::string::npos);
}

TEST_CASE("html chromium: the screenshot shows a page", "[html][chromium]") {
    rs_test::ScratchDir scratch;
    const fs::path html = build_letter(scratch.path() / "out");
    const fs::path png = scratch.path() / "omklappen-sociaal-domein.png";
    const auto r = rs_test::run_chromium({"--screenshot=" + png.string(), "--window-size=1000,1400",
                                          "--hide-scrollbars"}, html, scratch.path());
    INFO(r.log.substr(r.log.size() > 2000 ? r.log.size() - 2000 : 0));
    INFO("chromium (Debian's package, installed by scripts/setup.sh) must run headless");
    REQUIRE_FALSE(r.timed_out);
    REQUIRE(r.ran);
    REQUIRE(fs::exists(png));
    keep(png);
    const std::string bytes = rs_test::read_file(png);
    CHECK(png_size(bytes) == std::pair<unsigned, unsigned>{1000, 1400});
    // A blank 1000x1400 page compresses to a few kilobytes; a letter with text and a table does not.
    CHECK(bytes.size() > 60000);
}
