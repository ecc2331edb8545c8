#pragma once
// The progress line a batch shows on a terminal: "[ 412/10000]   4 %  83 doc/s  nog 1:55". The caller
// measures the time (only for this display; nothing in an output depends on the clock).
#include <cstddef>
#include <string>

namespace raadsstuk::build {

// `done` of `total` documents after `elapsed_seconds`. The count is padded to the width of the total; the
// rate and the time left show "-" until a document is done.
std::string progress_line(std::size_t done, std::size_t total, double elapsed_seconds);

// Seconds as "m:ss", or "h:mm:ss" from an hour on.
std::string clock_duration(long seconds);

}  // namespace raadsstuk::build
