// BatchList: the documents of a batch as the build holds them. Each one comes back with the same paths,
// spelled the same (the build reads the file by it and names it so in its diagnostics), and the list knows
// whether its keys are in the manifest's order.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "build/batch_list.hpp"

using raadsstuk::build::BatchList;
using raadsstuk::build::DocumentSource;

namespace {

void check_same(const DocumentSource& got, const DocumentSource& want) {
    CHECK(got.file.native() == want.file.native());
    CHECK(got.data_root.native() == want.data_root.native());
    CHECK(got.relative.native() == want.relative.native());
}

}  // namespace

TEST_CASE("batch list: every document comes back with its paths spelled as discovery found them", "[batch-list]") {
    const std::vector<DocumentSource> sources = {
        {"data/documenten/2021/a.json", "data", "documenten/2021/a.json"},
        {"data/documenten/2021/b.json", "data", "documenten/2021/b.json"},
        // Named by the user otherwise than its data root joined with its relative path.
        {"data/../data/documenten/2021/c.json", "data", "documenten/2021/c.json"},
        {"./data/documenten/2021/d.json", "data", "documenten/2021/d.json"},
        {"data//documenten/2021/e.json", "data", "documenten/2021/e.json"},
        // Another data root, and one that is the working directory.
        {"/srv/leiden/documenten/f.json", "/srv/leiden", "documenten/f.json"},
        {"documenten/g.json", "", "documenten/g.json"},
        {"data/documenten/2022/h.json", "data", "documenten/2022/h.json"},
    };
    const BatchList list(sources);
    REQUIRE(list.size() == sources.size());
    for (std::size_t i = 0; i < sources.size(); ++i) {
        INFO(sources[i].file.native());
        check_same(list.at(i), sources[i]);
    }
    REQUIRE(list.roots().size() == 3);
    CHECK(list.roots()[0] == "data");
    CHECK(list.roots()[1] == "/srv/leiden");
    CHECK(list.roots()[2] == "");
    // The keys increase up to g's ("documenten/g.json"); h's ("documenten/2022/h.json") sorts before it.
    CHECK_FALSE(list.in_key_order());
}

TEST_CASE("batch list: keys in increasing order let the manifest be walked with the batch", "[batch-list]") {
    const BatchList ordered({{"data/documenten/2021/a.json", "data", "documenten/2021/a.json"},
                             {"data/documenten/2021/b.json", "data", "documenten/2021/b.json"},
                             {"data/documenten/2022/a.json", "data", "documenten/2022/a.json"}});
    CHECK(ordered.in_key_order());
    // The key is the relative path made lexically normal: a key met twice is not increasing.
    const BatchList twice({{"data/documenten/a.json", "data", "documenten/a.json"},
                           {"data/documenten/./a.json", "data", "documenten/./a.json"}});
    CHECK_FALSE(twice.in_key_order());
    CHECK(raadsstuk::build::key_of(twice.at(1)) == "documenten/a.json");
    check_same(twice.at(1), {"data/documenten/./a.json", "data", "documenten/./a.json"});
    const BatchList empty(std::vector<DocumentSource>{});
    CHECK(empty.size() == 0);
    CHECK(empty.in_key_order());
}
