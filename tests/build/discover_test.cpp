// The documents of a directory come in std::filesystem::path order (component by component), whatever
// the names: the order in which a batch builds and reports them.
#include <catch2/catch.hpp>

#include <stdlib.h>

#include <algorithm>
#include <fstream>

#include "build/discover.hpp"

using namespace raadsstuk::build;
namespace fs = std::filesystem;

TEST_CASE("a directory's documents come in path order, a name that is a prefix of another first") {
    std::string templ = (fs::temp_directory_path() / "raadsstuk-discover-XXXXXX").string();
    const fs::path dir = ::mkdtemp(templ.data());
    fs::create_directories(dir / "data/gemeenten");
    std::vector<fs::path> files = {"documenten/a-b.json", "documenten/a/b.json", "documenten/a.json",
                                   "documenten/B.json",   "documenten/a/c/d.json", "documenten/a b.json",
                                   "documenten/ab.json",  "documenten/é.json",     "documenten/a/b-c.json"};
    for (const auto& f : files) {
        fs::create_directories((dir / "data" / f).parent_path());
        std::ofstream(dir / "data" / f) << "{}";
    }
    raadsstuk::diag::Diagnostics ds;
    const auto found = discover_documents({(dir / "data").string()}, ds);
    CHECK(ds.empty());
    std::vector<fs::path> order;
    for (const auto& s : found) order.push_back(s.relative);
    std::sort(files.begin(), files.end());  // std::filesystem::path's order
    CHECK(order == files);
    CHECK(order.front() == fs::path("documenten/B.json"));
    std::error_code ec;
    fs::remove_all(dir, ec);
}
