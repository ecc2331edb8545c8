#pragma once
// Test support: Debian's chromium, headless, as a reader's browser. Each run gets a fresh profile, no
// network services, and a time limit after which its whole process group is killed.
#include <chrono>
#include <csignal>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../cli/process.hpp"

namespace rs_test {

struct ChromiumResult {
    bool ran = false;        // it exited by itself with status 0
    bool timed_out = false;  // it was killed after the time limit
    std::string log;         // what it printed
};

inline ChromiumResult run_chromium(const std::vector<std::string>& action, const std::filesystem::path& html,
                                   const std::filesystem::path& scratch,
                                   std::chrono::seconds limit = std::chrono::seconds(120)) {
    const std::filesystem::path profile = scratch / "chromium-profile";
    const std::filesystem::path log = scratch / "chromium.log";
    std::filesystem::create_directories(profile);
    std::vector<std::string> args = {"chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                                     "--no-first-run", "--disable-background-networking",
                                     "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.string()};
    args.insert(args.end(), action.begin(), action.end());
    args.push_back("file://" + std::filesystem::absolute(html).string());
    ChromiumResult result;
    const pid_t pid = ::fork();
    if (pid < 0) return result;
    if (pid == 0) {
        ::setpgid(0, 0);  // its own process group, so that a hang can be ended as a whole
        const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) {
            ::dup2(fd, 1);
            ::dup2(fd, 2);
        }
        std::vector<char*> argv;
        for (auto& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        ::execvp(argv[0], argv.data());
        ::_exit(127);
    }
    ::setpgid(pid, pid);
    const auto deadline = std::chrono::steady_clock::now() + limit;
    int status = 0;
    while (true) {
        const pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid) break;
        if (std::chrono::steady_clock::now() > deadline) {
            ::killpg(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            result.timed_out = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    ::killpg(pid, SIGKILL);  // helpers it left behind (none normally)
    result.ran = !result.timed_out && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    result.log = read_file(log);
    return result;
}

}  // namespace rs_test
