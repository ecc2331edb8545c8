#include "build/progress_line.hpp"

#include <cmath>
#include <cstdio>

namespace raadsstuk::build {

std::string clock_duration(long seconds) {
    if (seconds < 0) seconds = 0;
    char buf[32];
    if (seconds >= 3600)
        std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", seconds / 3600, seconds / 60 % 60, seconds % 60);
    else
        std::snprintf(buf, sizeof buf, "%ld:%02ld", seconds / 60, seconds % 60);
    return buf;
}

std::string progress_line(std::size_t done, std::size_t total, double elapsed_seconds) {
    const std::string total_text = std::to_string(total);
    std::string done_text = std::to_string(done);
    if (done_text.size() < total_text.size()) done_text.insert(0, total_text.size() - done_text.size(), ' ');
    const long percent = total == 0 ? 100 : static_cast<long>(done * 100 / total);
    char pct[16];
    std::snprintf(pct, sizeof pct, "%3ld %%", percent);
    std::string line = "[" + done_text + "/" + total_text + "] " + pct;
    if (done == 0 || elapsed_seconds <= 0) return line + "  - doc/s  nog -:--";
    const double rate = static_cast<double>(done) / elapsed_seconds;
    char rate_text[32];
    if (rate >= 10) std::snprintf(rate_text, sizeof rate_text, "%.0f", rate);
    else std::snprintf(rate_text, sizeof rate_text, "%.1f", rate);
    const long left = static_cast<long>(std::lround(static_cast<double>(total - done) / rate));
    return line + "  " + rate_text + " doc/s  nog " + clock_duration(left);
}

}  // namespace raadsstuk::build
