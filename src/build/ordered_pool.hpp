#pragma once
// Work on N threads, results in order: run_ordered calls work(i) for every i in [0, count) on `jobs` worker
// threads (std::jthread) and hands each result to emit(i, result) on the calling thread, in index order,
// as soon as it and every one before it are done. So what a batch prints does not depend on the number of
// threads. tick(done) is called on the calling thread whenever the number of finished items changes, and at
// least every `tick_every` (for a progress display). When stop() becomes true no new item is started; the
// items already started finish, and every finished item is emitted (in order, gaps skipped). An exception
// thrown by work stops the others from starting new items and is rethrown here once all have returned.
// Only the results that are done but not yet emitted are held (those after a slow item), never one slot per
// item, and no item is started more than `window` items ahead of the last one emitted: a batch of 10,000
// documents holds at most that many results at a time, however slow one of them or the emitting thread is.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace raadsstuk::build {

template <class Result>
void run_ordered(std::size_t count, unsigned jobs, const std::function<Result(std::size_t)>& work,
                 const std::function<void(std::size_t, Result&)>& emit, const std::function<bool()>& stop,
                 const std::function<void(std::size_t)>& tick,
                 std::chrono::milliseconds tick_every = std::chrono::milliseconds(250), std::size_t window = 0) {
    std::map<std::size_t, Result> results;  // done, not yet emitted
    std::mutex mutex;
    std::condition_variable changed;
    std::condition_variable room;  // the emitting thread caught up: a worker may start another item
    std::size_t emitted = 0;       // items emitted, under `mutex`
    std::size_t finished = 0;
    unsigned running = 0;
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::exception_ptr failure;
    jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(std::max<std::size_t>(count, 1))));
    if (window == 0) window = std::max<std::size_t>(64, 8 * std::size_t{jobs});
    {
        std::vector<std::jthread> workers;
        running = jobs;
        for (unsigned w = 0; w < jobs; ++w) {
            workers.emplace_back([&] {
                for (;;) {
                    if (failed || stop()) break;
                    {
                        // Not too far ahead of what is emitted (stop() is looked at again now and then).
                        std::unique_lock lock(mutex);
                        while (!failed && next.load() < count && next.load() >= emitted + window)
                            if (room.wait_for(lock, std::chrono::milliseconds(50)) == std::cv_status::timeout && stop())
                                break;
                    }
                    if (failed || stop()) break;
                    const std::size_t i = next.fetch_add(1);
                    if (i >= count) break;
                    std::optional<Result> r;
                    try {
                        r.emplace(work(i));
                    } catch (...) {
                        const std::lock_guard lock(mutex);
                        if (!failure) failure = std::current_exception();
                        failed = true;
                        room.notify_all();
                        break;
                    }
                    const std::lock_guard lock(mutex);
                    results.emplace(i, std::move(*r));
                    ++finished;
                    changed.notify_all();
                }
                const std::lock_guard lock(mutex);
                --running;
                changed.notify_all();
            });
        }
        std::size_t ticked = 0;
        std::unique_lock lock(mutex);
        for (;;) {
            while (!results.empty() && results.begin()->first == emitted) {
                Result r = std::move(results.begin()->second);
                results.erase(results.begin());
                lock.unlock();
                emit(emitted, r);
                lock.lock();
                ++emitted;
                room.notify_all();
            }
            if (running == 0) break;
            if (finished != ticked) {
                ticked = finished;
                lock.unlock();
                tick(ticked);
                lock.lock();
                continue;
            }
            if (changed.wait_for(lock, tick_every) == std::cv_status::timeout) {
                lock.unlock();
                tick(finished);
                lock.lock();
            }
        }
        lock.unlock();
        // Stopped: whatever finished after a gap is still emitted, in order.
        for (auto& [i, r] : results) emit(i, r);
        tick(finished);
    }  // the workers have all returned; joining is immediate
    if (failure) std::rethrow_exception(failure);
}

}  // namespace raadsstuk::build
