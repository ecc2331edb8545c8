// Import of the reference raadsinformatiebrieven as PDF extraction gave them (tests/import/fixtures/, copies
// of the team's reference set, artifacts included), then a build of the drafts after filling in only what
// the import marked as unknown (from the data files in data/documenten/ that model these letters), and the
// generated text compared with the cleaned reference text (tests/cli/reference/) sentence by sentence, with
// the same normalisation as the golden reference test.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "../cli/golden_support.hpp"
#include "../cli/process.hpp"

namespace fs = std::filesystem;
using namespace rs_test;
using Json = nlohmann::ordered_json;

namespace {

struct Letter {
    const char* text;       // under tests/import/fixtures/ (raw) and tests/cli/reference/ (clean)
    const char* data;       // the data file that models it, for the values the letter does not print
    // Sentences whose extracted text lost glyphs ("co  it ent"): the import cannot know the word, so they
    // come back as extracted; the import must mark their lines as uncertain instead.
    std::vector<std::string> damaged;
    std::vector<int> damaged_lines;
};

const std::vector<Letter> kLetters = {
    {"2021-05-21_raadsinformatiebrief_werk-en-inkomen-leiden.txt", "data/documenten/2021/2021-05-21-werk-en-inkomen-leiden.json",
     {}, {}},
    {"2022_raadsinformatiebrief_omklappen-sociaal-domein.txt", "data/documenten/2022/2022-09-13-omklappen-sociaal-domein.json",
     {"Dit onderzoek en het realiseren van (pro forma) bestuurlijk commitment vanuit beide regio’s voor de uitkomsten "
      "hiervan, is in een afrondende fase en wordt medio oktober a.s. verwacht.",
      "Het jaar 2024 heeft de voorkeur omdat het aansluit bij verschillende aspecten vanuit beide regio’s; de formele "
      "termijn van opzeggen van de GR Servicebureau Jeugdhulp Haaglanden, het van rechtswege aflopen van de huidige "
      "contracten met de gemeenten in Haaglanden, de mogelijkheid om per 2024 contracten met de gemeenten van Holland "
      "Rijnland aan te gaan en ook de voorgenomen wijziging van GR Serviceorganisatie Zorg Holland Rijnland (in de loop "
      "van 2023) per 2024 door de betrokken gemeenten."},
     {143, 148}},
};

struct Reference {
    std::vector<std::string> paragraphs;  // the clean text's lines
    std::vector<std::pair<std::string, std::string>> signatories;
};

Reference read_reference(const fs::path& file) {
    Reference ref;
    std::istringstream in(read_file(file));
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("@ondertekenaar ", 0) == 0) {
            const std::string rest = line.substr(15);
            const auto bar = rest.find(" | ");
            ref.signatories.emplace_back(rest.substr(0, bar), rest.substr(bar + 3));
        } else if (!normalize_space(line).empty()) {
            ref.paragraphs.push_back(normalize_space(line));
        }
    }
    return ref;
}

// A JSON pointer "/a/0" of a draft, to fill it in.
Json& at_pointer(Json& j, const std::string& pointer) { return j[Json::json_pointer(pointer)]; }

}  // namespace

TEST_CASE("imported reference letters build back to the reference text") {
    for (const Letter& letter : kLetters) {
        SECTION(letter.text) {
            ScratchDir dir;
            const fs::path data = dir.path() / "data";
            fs::create_directories(data / "documenten/import");
            fs::copy("data/gemeenten", data / "gemeenten", fs::copy_options::recursive);
            fs::copy("data/register", data / "register", fs::copy_options::recursive);
            const fs::path draft = data / "documenten/import/brief.json";

            const ProcessResult imported = raadsstuk("import --gemeente voorschoten -o " + shell_quote(draft.string()) +
                                                     " " + shell_quote(std::string("tests/import/fixtures/") + letter.text));
            INFO(imported.output);
            REQUIRE(imported.exit_code == 0);
            Json j = Json::parse(read_file(draft));

            // What the import could not know, it says; exactly that is filled in, from the model data file.
            const Json model = Json::parse(read_file(letter.data));
            for (const auto& unknown : j.at("_import").at("onbekend")) {
                const std::string pointer = unknown.at("veld").get<std::string>();
                INFO(pointer);
                REQUIRE(at_pointer(j, pointer) == "ONBEKEND");
                at_pointer(j, pointer) = model.at(Json::json_pointer(pointer));
            }
            // The damaged lines are marked uncertain, with their line numbers.
            std::vector<int> uncertain_lines;
            for (const auto& u : j.at("_import").at("onzeker"))
                if (u.contains("regel")) uncertain_lines.push_back(u.at("regel").get<int>());
            for (int line : letter.damaged_lines) {
                INFO("line " << line);
                CHECK(std::find(uncertain_lines.begin(), uncertain_lines.end(), line) != uncertain_lines.end());
            }
            j.erase("_import");
            write_file(draft, j.dump(2));

            const fs::path out = dir.path() / "out";
            const ProcessResult build = raadsstuk("build --quiet --out " + shell_quote(out.string()) + " " +
                                                  shell_quote(draft.string()));
            INFO(build.output);
            REQUIRE(build.exit_code == 0);
            const std::string text = normalize_space(markdown_as_plain_text(read_file(out / "documenten/import/brief.md")));

            const Reference ref = read_reference(fs::path("tests/cli/reference") / letter.text);
            SECTION("every sentence of the body comes back, in order; only the damaged ones differ") {
                std::size_t pos = 0, found = 0, missing = 0;
                for (const auto& paragraph : ref.paragraphs) {
                    for (const auto& sentence : split_sentences(paragraph)) {
                        const auto at = text.find(sentence, pos);
                        if (at != std::string::npos) {
                            pos = at + sentence.size();
                            ++found;
                            continue;
                        }
                        ++missing;
                        INFO("missing: " << sentence);
                        CHECK(std::find(letter.damaged.begin(), letter.damaged.end(), sentence) != letter.damaged.end());
                    }
                }
                CHECK(missing == letter.damaged.size());
                CHECK(found > 10);
            }
            SECTION("salutation and closing") {
                CHECK(text.rfind("Geachte Raad,", text.find("Met vriendelijke groet")) != std::string::npos);
                CHECK(text.find("Met vriendelijke groet, het college van burgemeester en wethouders,") != std::string::npos);
            }
            SECTION("the signatories, name and function, as in the reference") {
                const auto& signed_by = j.at("ondertekening");
                REQUIRE(signed_by.size() == ref.signatories.size());
                for (std::size_t i = 0; i < ref.signatories.size(); ++i) {
                    CHECK(signed_by[i].at("naam") == ref.signatories[i].first);
                    CHECK(signed_by[i].at("functie") == ref.signatories[i].second);
                    CHECK(text.find(ref.signatories[i].first, text.find("Met vriendelijke groet")) != std::string::npos);
                }
            }
        }
    }
}

TEST_CASE("the 2021 letter's paragraphs come back one for one") {
    const ProcessResult r =
        run("(" + shell_quote(RAADSSTUK_BINARY) +
            " import tests/import/fixtures/2021-05-21_raadsinformatiebrief_werk-en-inkomen-leiden.txt 2>/dev/null)");
    REQUIRE(r.exit_code == 0);
    const Json j = Json::parse(r.output);
    const Reference ref = read_reference("tests/cli/reference/2021-05-21_raadsinformatiebrief_werk-en-inkomen-leiden.txt");
    // the clean reference: salutation, five paragraphs, the closing (two lines), the digital line, "Verzonden"
    std::vector<std::string> body(ref.paragraphs.begin() + 1, ref.paragraphs.begin() + 6);
    CHECK(j.at("aanhef") == ref.paragraphs.front());
    CHECK(j.at("tekst").get<std::vector<std::string>>() == body);
    CHECK(j.at("verzonden") == "2021-05-21");
}

TEST_CASE("the 2022 letter's question headings and its list come back as blocks") {
    const ProcessResult r =
        run("(" + shell_quote(RAADSSTUK_BINARY) +
            " import tests/import/fixtures/2022_raadsinformatiebrief_omklappen-sociaal-domein.txt 2>/dev/null)");
    REQUIRE(r.exit_code == 0);
    const Json draft = Json::parse(r.output);
    const Json model = Json::parse(read_file("data/documenten/2022/2022-09-13-omklappen-sociaal-domein.json"));
    const auto blocks_starting = [](const Json& j, const std::string& prefix) {
        std::vector<std::string> out;
        for (const auto& b : j.at("tekst"))
            if (b.get<std::string>().rfind(prefix, 0) == 0) out.push_back(b.get<std::string>());
        return out;
    };
    CHECK(blocks_starting(draft, "## ") == blocks_starting(model, "## "));
    CHECK(blocks_starting(draft, "- ") == blocks_starting(model, "- "));
    CHECK(draft.at("aanhef") == "Geachte Raad,");
}

TEST_CASE("a letter the engine made comes back from its PDF text: the metadata form, without page furniture") {
    ScratchDir out;
    const ProcessResult build =
        raadsstuk("build --quiet --out " + shell_quote(out.path().string()) + " data/documenten/2021");
    INFO(build.output);
    REQUIRE(build.exit_code == 0);
    const fs::path text = out.path() / "brief.txt";
    write_file(text, pdftotext(out.path() / "documenten/2021/2021-05-21-werk-en-inkomen-leiden.pdf"));
    const ProcessResult r =
        run("(" + shell_quote(RAADSSTUK_BINARY) + " import --gemeente voorschoten " + shell_quote(text.string()) + " 2>/dev/null)");
    REQUIRE(r.exit_code == 0);
    const Json draft = Json::parse(r.output);
    const Json model = Json::parse(read_file("data/documenten/2021/2021-05-21-werk-en-inkomen-leiden.json"));
    for (const char* field : {"zaaknummer", "documentnummer", "datum", "verzonden", "onderwerp"}) {
        INFO(field);
        CHECK(draft.at(field) == model.at(field));
    }
    CHECK(draft.at("_import").at("onbekend").empty());
    std::string body;
    for (const auto& block : draft.at("tekst")) body += block.get<std::string>() + " ";
    CHECK(body.find("pagina") == std::string::npos);
    CHECK(body.find("Raadsinformatiebrief") == std::string::npos);  // the running header of page 2
    std::string model_body;
    for (const auto& block : model.at("tekst")) model_body += block.get<std::string>() + " ";
    CHECK(normalize_space(body) == normalize_space(model_body));  // every word, in order
    CHECK(draft.at("ondertekening").size() == 2);
    CHECK(draft.at("ondertekening").at(1).at("naam") == "drs. N. Stemerdink");
}
