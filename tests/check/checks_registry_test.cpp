// The checks and the code registry agree: every RS2xx code is one check (RS224 comes from the check run
// itself), each check lives in its own file, named in its header comment, and has its test, its cases, its
// reviewed golden output and its section in docs/checks.md.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

#include "../cli/process.hpp"
#include "check/checks.hpp"
#include "diag/codes.hpp"

namespace fs = std::filesystem;
using namespace raadsstuk;

TEST_CASE("every RS2xx code is exactly one check, in code order") {
    std::set<std::string_view> codes, names;
    std::string_view previous;
    for (const auto& c : check::all_checks()) {
        INFO(c.code);
        CHECK(diag::find_code(c.code) != nullptr);
        CHECK(codes.insert(c.code).second);
        CHECK(names.insert(c.name).second);
        CHECK(previous < c.code);
        previous = c.code;
    }
    for (const auto& info : diag::all_codes()) {
        if (!info.code.starts_with("RS2") || info.code == "RS224") continue;
        INFO(info.code);
        CHECK(codes.count(info.code) == 1);
    }
}

TEST_CASE("every check has its source file, test, cases, golden output and documentation") {
    const fs::path root = RAADSSTUK_SOURCE_DIR;
    const std::string docs = rs_test::read_file(root / "docs/checks.md");
    for (const auto& c : check::all_checks()) {
        const std::string name(c.name), code(c.code);
        INFO(code << " " << name);
        const fs::path source = root / "src/check" / (name + ".cpp");
        REQUIRE(fs::is_regular_file(source));
        const std::string text = rs_test::read_file(source);
        CHECK(text.rfind("// " + code, 0) == 0);  // the header comment starts with the code
        CHECK(fs::is_regular_file(root / "tests/check" / (name + "_test.cpp")));
        CHECK(fs::is_directory(root / "tests/check/fixtures" / name / "documenten"));
        CHECK(fs::is_regular_file(root / "tests/check/expected" / (name + ".txt")));
        CHECK(docs.find("\n## " + code + " ") != std::string::npos);
    }
}
