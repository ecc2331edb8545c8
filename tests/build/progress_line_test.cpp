// The terminal progress line of a batch: count, percentage, rate and time left.
#include <catch2/catch.hpp>

#include "build/progress_line.hpp"

using raadsstuk::build::clock_duration;
using raadsstuk::build::progress_line;

TEST_CASE("the progress line shows count, percentage, rate and time left") {
    // 412 done in 5 s: 82.4 doc/s, 9588 left: 116 s.
    CHECK(progress_line(412, 10000, 5.0) == "[  412/10000]   4 %  82 doc/s  nog 1:56");
    CHECK(progress_line(10000, 10000, 100.0) == "[10000/10000] 100 %  100 doc/s  nog 0:00");
    CHECK(progress_line(3, 7, 2.0) == "[3/7]  42 %  1.5 doc/s  nog 0:03");
}

TEST_CASE("the progress line has no rate before the first document") {
    CHECK(progress_line(0, 20, 0.4) == "[ 0/20]   0 %  - doc/s  nog -:--");
}

TEST_CASE("durations from an hour on show hours") {
    CHECK(clock_duration(59) == "0:59");
    CHECK(clock_duration(61) == "1:01");
    CHECK(clock_duration(3600 + 62) == "1:01:02");
}
