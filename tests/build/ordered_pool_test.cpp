// run_ordered: results come out in index order however the workers finish, a stop starts nothing new, and
// a worker's exception reaches the caller.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include "build/ordered_pool.hpp"

using raadsstuk::build::run_ordered;

TEST_CASE("results are emitted in index order although later items finish first") {
    // Item 0 waits until item 3 is done, so with several workers the items finish out of order.
    std::atomic<bool> third_done{false};
    std::vector<std::size_t> finished_order;
    std::mutex order_mutex;
    std::vector<std::size_t> emitted;
    std::size_t last_tick = 0;
    run_ordered<std::size_t>(
        20, 4,
        [&](std::size_t i) {
            if (i == 0)
                while (!third_done) std::this_thread::yield();
            if (i == 3) third_done = true;
            const std::lock_guard lock(order_mutex);
            finished_order.push_back(i);
            return i * 10;
        },
        [&](std::size_t i, std::size_t& r) {
            CHECK(r == i * 10);
            emitted.push_back(i);
        },
        [] { return false; }, [&](std::size_t done) { last_tick = done; });
    std::vector<std::size_t> expected(20);
    for (std::size_t i = 0; i < 20; ++i) expected[i] = i;
    CHECK(emitted == expected);
    CHECK(finished_order.front() != 0);  // it really finished out of order
    CHECK(last_tick == 20);
}

TEST_CASE("a stop starts no new item and what finished is still emitted") {
    std::atomic<int> started{0};
    std::atomic<bool> stop{false};
    std::vector<std::size_t> emitted;
    run_ordered<int>(
        1000, 2,
        [&](std::size_t i) {
            ++started;
            if (i == 5) stop = true;
            return 0;
        },
        [&](std::size_t i, int&) { emitted.push_back(i); }, [&] { return stop.load(); }, [](std::size_t) {});
    // Item 5 set the stop; at most one more item per worker had already been taken.
    CHECK(started.load() <= 5 + 1 + 2);
    CHECK(static_cast<int>(emitted.size()) == started.load());
    CHECK(std::is_sorted(emitted.begin(), emitted.end()));
}

TEST_CASE("an exception in a worker reaches the caller") {
    CHECK_THROWS_AS(run_ordered<int>(
                        50, 3,
                        [](std::size_t i) {
                            if (i == 7) throw std::runtime_error("kapot");
                            return 0;
                        },
                        [](std::size_t, int&) {}, [] { return false; }, [](std::size_t) {}),
                    std::runtime_error);
}

TEST_CASE("one worker and no items work too") {
    std::vector<std::size_t> emitted;
    run_ordered<int>(
        3, 1, [](std::size_t) { return 1; }, [&](std::size_t i, int&) { emitted.push_back(i); }, [] { return false; },
        [](std::size_t) {});
    CHECK(emitted == std::vector<std::size_t>{0, 1, 2});
    run_ordered<int>(
        0, 4, [](std::size_t) { return 1; }, [&](std::size_t, int&) { FAIL("nothing to emit"); }, [] { return false; },
        [](std::size_t) {});
}

TEST_CASE("no item starts more than the window ahead of the last one emitted, however slow the first is") {
    // Item 0 is slow: the others could all finish (and be held) before it. With a window of 8 only about 8
    // of them may start before item 0 is emitted, so a batch of any size holds a bounded number of results.
    constexpr std::size_t kWindow = 8;
    constexpr unsigned kJobs = 3;
    std::atomic<std::size_t> emitted_count{0};
    std::atomic<std::size_t> started_before_first{0};
    std::atomic<bool> release{false};
    std::vector<std::size_t> emitted;
    run_ordered<std::size_t>(
        100, kJobs,
        [&](std::size_t i) {
            if (i == 0) {
                // Wait until the others have run as far ahead as they are let (or a little longer).
                for (int spin = 0; spin < 200 && !release; ++spin) std::this_thread::sleep_for(std::chrono::milliseconds(1));
            } else if (emitted_count == 0) {
                if (++started_before_first >= kWindow + kJobs) release = true;
            }
            return i;
        },
        [&](std::size_t i, std::size_t&) {
            emitted.push_back(i);
            ++emitted_count;
        },
        [] { return false; }, [](std::size_t) {}, std::chrono::milliseconds(250), kWindow);
    CHECK(emitted.size() == 100);
    CHECK(emitted.front() == 0);
    // Items 1 .. window-1, and at most one more per other worker that passed the check at the same moment.
    CHECK(started_before_first.load() < kWindow + kJobs);
}
