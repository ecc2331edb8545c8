// tools/typeset-report on the sample documents (the reference letters and proposals of data/): every one is
// within the typesetting bounds of docs/layout.md, and the tool says so in figures a reviewer can read.
#include <catch2/catch.hpp>

#include <regex>

#include "process.hpp"

using namespace rs_test;
namespace fs = std::filesystem;

namespace {

ProcessResult typeset_report(const std::string& args) {
    return run(shell_quote(RAADSSTUK_TYPESET_REPORT) + " " + args);
}

}  // namespace

TEST_CASE("typeset-report: the sample documents have no widows, orphans or loose pages and stay within the bounds",
          "[typesetting]") {
    ScratchDir out;
    const ProcessResult built = raadsstuk("build --quiet --out " + shell_quote(out.path().string()) + " data");
    REQUIRE(built.exit_code == 0);
    const std::vector<std::pair<std::string, std::vector<std::string>>> by_gemeente = {
        {"data/gemeenten/voorschoten.json",
         {"documenten/2020/2020-09-22-omklappen-werk-en-inkomen-voorstel.md",
          "documenten/2020/2020-09-22-omklappen-werk-en-inkomen-besluit.md",
          "documenten/2021/2021-05-21-werk-en-inkomen-leiden.md",
          "documenten/2022/2022-09-13-omklappen-sociaal-domein.md"}},
        {"data/gemeenten/wassenaar.json",
         {"documenten/2023/2023-03-14-ledverlichting-wassenaar.md",
          "documenten/2023/2023-09-12-krediet-openbare-verlichting-wassenaar-voorstel.md"}}};
    for (const auto& [gemeente, documents] : by_gemeente) {
        std::string args = "--quiet --gemeente " + gemeente;
        for (const auto& d : documents) args += " " + shell_quote((out.path() / d).string());
        const ProcessResult r = typeset_report(args);
        INFO(r.output);
        CHECK(r.exit_code == 0);
        // One line per document, each with its figures and no widows, orphans or headings at the foot.
        const std::regex line(R"((\S+\.md): (\d+) pages, (\d+) justified lines, word space mean ([+-]\d+\.\d) % .*, )"
                              R"(0 widows, 0 orphans, 0 headings at foot, closing whole)");
        std::size_t lines = 0;
        for (auto it = std::sregex_iterator(r.output.begin(), r.output.end(), line); it != std::sregex_iterator(); ++it) {
            ++lines;
            CHECK(std::stod((*it)[4]) <= 20.0);
        }
        CHECK(lines == documents.size());
        CHECK(r.output.find("OUT OF BOUNDS") == std::string::npos);
    }
}

TEST_CASE("typeset-report: a wrong invocation and an unreadable file give exit code 2", "[typesetting]") {
    CHECK(typeset_report("").exit_code == 2);
    CHECK(typeset_report("--gemeente data/gemeenten/voorschoten.json /nonexistent.md").exit_code == 2);
    const ProcessResult help = typeset_report("--help");
    CHECK(help.exit_code == 0);
    CHECK(help.output.find("usage: typeset-report") != std::string::npos);
}
