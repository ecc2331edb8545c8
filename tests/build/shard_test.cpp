// --shard K/N: parsing, and slices that are disjoint, cover everything and do not move when documents are
// added.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "build/shard.hpp"

using raadsstuk::build::Shard;

namespace {

std::vector<std::string> document_names(int n) {
    std::vector<std::string> names;
    for (int i = 0; i < n; ++i) names.push_back("documenten/" + std::to_string(2000 + i % 25) + "/brief-" + std::to_string(i) + ".json");
    return names;
}

}  // namespace

TEST_CASE("shard K/N is parsed with 1 <= K <= N") {
    const auto s = Shard::parse("3/8");
    REQUIRE(s);
    CHECK(s->index == 3);
    CHECK(s->count == 8);
    CHECK(s->file_label() == "3-van-8");
    CHECK(Shard::parse("1/1"));
    for (const char* bad : {"0/4", "5/4", "4", "/4", "2/", "a/b", "2/4x", "-1/4", "2/0", " 2/4", ""}) {
        INFO(bad);
        CHECK_FALSE(Shard::parse(bad));
    }
}

TEST_CASE("the shards of a document set are disjoint and cover it") {
    const auto names = document_names(1000);
    for (int n : {1, 2, 3, 7}) {
        std::vector<int> owners(names.size(), 0);
        std::vector<int> sizes(n, 0);
        for (int k = 1; k <= n; ++k)
            for (std::size_t i = 0; i < names.size(); ++i)
                if (Shard{k, n}.holds(names[i])) ++owners[i], ++sizes[k - 1];
        INFO("N = " << n);
        for (int o : owners) CHECK(o == 1);
        // Spread: no shard is empty or holds more than twice its share.
        for (int size : sizes) {
            CHECK(size > 0);
            CHECK(size < 2 * 1000 / n + 1);
        }
    }
}

TEST_CASE("a document stays in its shard when others are added and however its path is spelled") {
    const auto few = document_names(50);
    for (const auto& name : few) {
        const int before = raadsstuk::build::shard_of(name, 4);
        CHECK(raadsstuk::build::shard_of("./" + name, 4) == before);
        CHECK(raadsstuk::build::shard_of(name, 4) == before);  // the same on every call and machine
    }
    // The value is fixed (the first 8 bytes of the path's SHA-256, mod N), so machines agree: pinned for one
    // path, worked out independently (Python's hashlib).
    CHECK(raadsstuk::build::shard_of("documenten/2021/x.json", 8) == 5);
    CHECK(raadsstuk::build::shard_of("documenten/2021/x.json", 1000) == 213);
}
