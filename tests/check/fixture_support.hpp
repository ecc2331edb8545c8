#pragma once
// The checks as a user meets them: a data directory made of the test gemeente
// (tests/check/fixtures/gemeenten/) and one case (tests/check/fixtures/<case>/documenten/ and register/),
// checked by the raadsstuk binary in a scratch directory so that paths read "data/...". Documents named
// fout-* are deliberately broken; goed-* are their clean counterparts. The whole output is held against a
// reviewed golden file, tests/check/expected/<case>.txt; RAADSSTUK_UPDATE_GOLDEN=1 rewrites the goldens.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "../cli/process.hpp"

namespace check_test {

namespace fs = std::filesystem;

struct CheckRun {
    int exit_code = -1;
    std::string output;
};

inline fs::path fixtures() { return fs::path(RAADSSTUK_SOURCE_DIR) / "tests/check/fixtures"; }

// A data directory for `name` under `scratch`: gemeenten/ plus the case's documenten/ and register/.
inline fs::path make_data(const rs_test::ScratchDir& scratch, const std::string& name) {
    const fs::path data = scratch.path() / "data";
    fs::create_directories(data / "gemeenten");
    fs::copy(fixtures() / "gemeenten", data / "gemeenten", fs::copy_options::recursive);
    for (const char* part : {"documenten", "register"})
        if (fs::exists(fixtures() / name / part))
            fs::copy(fixtures() / name / part, data / part, fs::copy_options::recursive);
    return data;
}

// `raadsstuk check OPTIONS data` in the scratch directory, on the case `name`.
inline CheckRun check_fixture(const std::string& name, const std::string& options = "") {
    rs_test::ScratchDir scratch;
    make_data(scratch, name);
    const auto r = rs_test::run("cd " + rs_test::shell_quote(scratch.path().string()) + " && " +
                                rs_test::shell_quote(RAADSSTUK_BINARY) + " check " + options + " data");
    return {r.exit_code, r.output};
}

inline void compare_with_golden(const std::string& name, const std::string& output) {
    const fs::path golden = fs::path(RAADSSTUK_SOURCE_DIR) / "tests/check/expected" / (name + ".txt");
    if (const char* update = std::getenv("RAADSSTUK_UPDATE_GOLDEN"); update && std::string(update) == "1")
        rs_test::write_file(golden, output);
    INFO("golden file " << golden.string() << " (RAADSSTUK_UPDATE_GOLDEN=1 rewrites it; review the difference)");
    REQUIRE(fs::exists(golden));
    CHECK(output == rs_test::read_file(golden));
}

// Per file, the codes reported for it ("data/documenten/fout-x.json" -> {"RS202"}).
inline std::map<std::string, std::multiset<std::string>> codes_by_file(const std::string& output) {
    static const std::regex line(R"(^(data/[^:]+):[^ ]*: (fout|waarschuwing) (RS[0-9]{3}): )");
    std::map<std::string, std::multiset<std::string>> out;
    std::istringstream in(output);
    for (std::string l; std::getline(in, l);) {
        std::smatch m;
        if (std::regex_search(l, m, line)) out[m[1].str()].insert(m[3].str());
    }
    return out;
}

// Every fout-* file of the case is reported with `code`; no goed-* file is reported at all; `code` is
// reported for nothing but fout-* files.
inline void require_caught(const std::string& name, const std::string& code, const std::string& output) {
    INFO(output);
    const auto found = codes_by_file(output);
    int broken = 0;
    for (const char* part : {"documenten", "register"}) {
        if (!fs::exists(fixtures() / name / part)) continue;
        for (const auto& e : fs::directory_iterator(fixtures() / name / part)) {
            const std::string file = "data/" + std::string(part) + "/" + e.path().filename().string();
            INFO(file);
            const auto it = found.find(file);
            if (e.path().filename().string().rfind("fout-", 0) == 0) {
                ++broken;
                REQUIRE(it != found.end());
                CHECK(it->second.count(code) >= 1);
            } else {
                CHECK(it == found.end());
            }
        }
    }
    CHECK(broken >= 1);
    for (const auto& [file, codes] : found)
        if (codes.count(code)) CHECK(file.find("/fout-") != std::string::npos);
}

// The check of a case as its test runs it: exit code, corpus caught by the code meant for it, golden.
inline std::string run_case(const std::string& name, const std::string& code, int exit_code) {
    const CheckRun run = check_fixture(name);
    INFO(run.output);
    CHECK(run.exit_code == exit_code);
    require_caught(name, code, run.output);
    compare_with_golden(name, run.output);
    return run.output;
}

inline bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace check_test
