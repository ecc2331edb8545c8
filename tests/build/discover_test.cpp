// discover_documents: which files of the paths given are documents, where their data root is, in which
// order (std::filesystem::path's, component by component, whatever the names: the order in which a batch
// builds and reports them), and each file once however it is named (a directory and the file in it, a path
// with "..", a symbolic link to a document).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "build/discover.hpp"
#include "scratch_dir.hpp"

namespace fs = std::filesystem;
using raadsstuk::build::discover_documents;
using raadsstuk::build::DocumentSource;
using raadsstuk::build::test::ScratchDir;

namespace {

void touch(const fs::path& p) {
    fs::create_directories(p.parent_path());
    std::ofstream(p) << "{}";
}

std::vector<std::string> relatives(const std::vector<DocumentSource>& found) {
    std::vector<std::string> out;
    for (const auto& d : found) out.push_back(d.relative.generic_string());
    return out;
}

std::vector<std::string> codes(const raadsstuk::diag::Diagnostics& ds) {
    std::vector<std::string> out;
    for (const auto& d : ds) out.push_back(d.code);
    return out;
}

}  // namespace

TEST_CASE("discover: the documents of a data directory, sorted, without gemeente, register and schema files", "[discover]") {
    const ScratchDir t("raadsstuk-discover");
    const fs::path data = t.path() / "data";
    touch(data / "gemeenten/leiden.json");
    touch(data / "register/oud.json");
    touch(data / "documenten/schema/brief.schema.json");
    touch(data / "documenten/2022/b.json");
    touch(data / "documenten/2021/z.json");
    touch(data / "documenten/2021/a.json");
    touch(data / "documenten/2021/notities.txt");
    raadsstuk::diag::Diagnostics ds;
    const auto found = discover_documents({data.string()}, ds);
    CHECK(ds.empty());
    CHECK(relatives(found) ==
          std::vector<std::string>{"documenten/2021/a.json", "documenten/2021/z.json", "documenten/2022/b.json"});
    for (const auto& d : found) CHECK(d.data_root == data);
}

TEST_CASE("discover: a file named twice, or by a path through '..', is one document", "[discover]") {
    const ScratchDir t("raadsstuk-discover");
    const fs::path data = t.path() / "data";
    touch(data / "gemeenten/leiden.json");
    touch(data / "documenten/2021/a.json");
    touch(data / "documenten/2021/b.json");
    touch(data / "documenten/2022/c.json");
    raadsstuk::diag::Diagnostics ds;
    const auto found = discover_documents({(data / "documenten/2021/b.json").string(), data.string(),
                                           (data / "documenten/2022/../2021/a.json").string()},
                                          ds);
    CHECK(ds.empty());
    // The explicit file first, then what the directory adds.
    CHECK(relatives(found) ==
          std::vector<std::string>{"documenten/2021/b.json", "documenten/2021/a.json", "documenten/2022/c.json"});
}

TEST_CASE("discover: a symbolic link to a document in the same directory is that document, found once", "[discover]") {
    const ScratchDir t("raadsstuk-discover");
    const fs::path data = t.path() / "data";
    touch(data / "gemeenten/leiden.json");
    touch(data / "documenten/2021/b-brief.json");
    fs::create_symlink("b-brief.json", data / "documenten/2021/a-link.json");
    raadsstuk::diag::Diagnostics ds;
    const auto found = discover_documents({data.string()}, ds);
    CHECK(ds.empty());
    // Sorted, the link comes first and stands for the file; the file itself is then a duplicate.
    CHECK(relatives(found) == std::vector<std::string>{"documenten/2021/a-link.json"});
}

TEST_CASE("discover: a file outside any data directory is RS602, a path that does not exist RS601", "[discover]") {
    const ScratchDir t("raadsstuk-discover");
    touch(t.path() / "los/brief.json");
    raadsstuk::diag::Diagnostics ds;
    const auto found = discover_documents({(t.path() / "los").string(), (t.path() / "weg").string()}, ds);
    CHECK(found.empty());
    CHECK(codes(ds) == std::vector<std::string>{"RS602", "RS601"});
}

TEST_CASE("discover: a directory's documents come in path order, a name that is a prefix of another first", "[discover]") {
    const ScratchDir scratch("raadsstuk-discover");
    const fs::path& dir = scratch.path();
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
}
