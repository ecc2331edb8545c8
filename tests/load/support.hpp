#pragma once
// Shared by the load tests: reading fixtures and looking at diagnostics as the user sees them.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"

namespace load_test {

inline std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    INFO(path);
    REQUIRE(in);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// Every diagnostic as diag::format prints it.
inline std::vector<std::string> formatted(const raadsstuk::diag::Diagnostics& ds) {
    std::vector<std::string> out;
    for (const auto& d : ds) out.push_back(raadsstuk::diag::format(d));
    return out;
}

inline const std::string kGemeenteFixture = "tests/load/fixtures/data/gemeenten/teststad.json";
inline const std::string kBriefFixture = "tests/load/fixtures/data/documenten/2021/brief.json";
inline const std::string kVoorstelFixture = "tests/load/fixtures/data/documenten/2020/voorstel.json";

}  // namespace load_test
