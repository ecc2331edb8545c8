// ctest runs each Catch2 test case by its name (catch_discover_tests). A ';' in a name splits it in CMake's
// list handling, and the test then runs nothing and passes. No test case may have one. A name that starts
// with '-' is read by the test binary as an option ("Unrecognised token") and the test fails without running.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "process.hpp"

namespace fs = std::filesystem;

TEST_CASE("no test case name holds a semicolon or starts with a dash, which would keep ctest from running it") {
    const std::regex test_case(R"(TEST_CASE\("([^"]*)\")");
    int files = 0;
    for (const auto& entry : fs::recursive_directory_iterator("tests")) {
        if (entry.path().extension() != ".cpp") continue;
        ++files;
        const std::string text = rs_test::read_file(entry.path());
        for (std::sregex_iterator m(text.begin(), text.end(), test_case), end; m != end; ++m) {
            INFO(entry.path().string() << ": " << (*m)[1]);
            CHECK((*m)[1].str().find(';') == std::string::npos);
            CHECK((*m)[1].str().rfind('-', 0) != 0);
        }
    }
    CHECK(files > 20);
}
