// The generated Markdown is made for `git diff`: one sentence per line, never hard-wrapped at a width, so a
// change of one word in the data changes exactly one line of the Markdown.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <vector>

#include <nlohmann/json.hpp>

#include "../cli/process.hpp"

namespace fs = std::filesystem;
using namespace rs_test;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

}  // namespace

TEST_CASE("a one-word change in the data changes exactly one line of the Markdown") {
    ScratchDir dir;
    fs::copy("tests/diff/fixtures/data", dir.path() / "data", fs::copy_options::recursive);
    const fs::path docs = dir.path() / "data/documenten/2024";
    const fs::path original = docs / "2024-03-12-speeltuin-concept-1.json";
    const fs::path changed = docs / "2024-03-12-speeltuin-concept-1b.json";
    fs::remove(docs / "2024-03-12-speeltuin-concept-2.json");

    auto data = nlohmann::json::parse(read_file(original));
    const std::string paragraph = data.at("tekst").at(2).get<std::string>();
    std::string edited = paragraph;
    edited.replace(edited.find("klimrek"), 7, "glijbaan");
    data["tekst"][2] = edited;
    write_file(changed, data.dump(2));

    const fs::path out = dir.path() / "out";
    const ProcessResult build = raadsstuk("build --quiet --out " + shell_quote(out.string()) + " " +
                                          shell_quote((dir.path() / "data").string()));
    INFO(build.output);
    REQUIRE(build.exit_code == 0);
    const auto a = lines_of(read_file(out / "documenten/2024/2024-03-12-speeltuin-concept-1.md"));
    const auto b = lines_of(read_file(out / "documenten/2024/2024-03-12-speeltuin-concept-1b.md"));
    REQUIRE(a.size() == b.size());
    std::vector<std::size_t> differing;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i] != b[i]) differing.push_back(i);
    REQUIRE(differing.size() == 1);
    CHECK(a[differing[0]] == "Daarna worden een klimrek, twee schommels en een zandbak geplaatst.");
    CHECK(b[differing[0]] == "Daarna worden een glijbaan, twee schommels en een zandbak geplaatst.");
}

TEST_CASE("the reference letters' Markdown breaks lines only at sentence ends, each paragraph whole") {
    ScratchDir out;
    const ProcessResult build = raadsstuk("build --quiet --out " + shell_quote(out.path().string()) +
                                          " data/documenten/2021 data/documenten/2022");
    INFO(build.output);
    REQUIRE(build.exit_code == 0);
    for (const char* stem : {"2021/2021-05-21-werk-en-inkomen-leiden", "2022/2022-09-13-omklappen-sociaal-domein"}) {
        INFO(stem);
        const auto data = nlohmann::json::parse(read_file(std::string("data/documenten/") + stem + ".json"));
        const auto lines = lines_of(read_file(out.path() / (std::string("documenten/") + stem + ".md")));
        // the paragraphs of the Markdown: consecutive non-blank lines joined with a space
        std::vector<std::string> paragraphs;
        bool open = false;
        for (const auto& line : lines) {
            if (line.empty()) {
                open = false;
                continue;
            }
            if (open) paragraphs.back() += " " + line;
            else paragraphs.push_back(line);
            open = true;
            // a line inside a paragraph of body text ends a sentence: no wrapping at a width
            const bool body_line = line.rfind("- ", 0) != 0 && line.rfind("|", 0) != 0 && line.rfind("#", 0) != 0 &&
                                   line.rfind("<!--", 0) != 0 && line.rfind(" ", 0) != 0;
            if (body_line && line.size() > 90) {
                INFO(line);
                CHECK(std::string(".?!:;").find(line.back()) != std::string::npos);
            }
        }
        std::size_t checked = 0;
        for (const auto& block : data.at("tekst")) {
            const std::string text = block.get<std::string>();
            if (text.find('\n') != std::string::npos || text.rfind("[[", 0) == 0 || text.rfind("#", 0) == 0) continue;
            INFO(text.substr(0, 60));
            CHECK(std::find(paragraphs.begin(), paragraphs.end(), text) != paragraphs.end());
            ++checked;
        }
        CHECK(checked >= 5);
    }
}
