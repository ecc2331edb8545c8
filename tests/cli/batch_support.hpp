#pragma once
// Test support for batch builds: scratch data trees with many letters, listing and comparing output trees,
// and running the binary in the background to interrupt it.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "process.hpp"

extern char** environ;

namespace rs_test {

// A letter of Voorschoten dated `datum`, with a documentnummer and zaaknummer that rise with the date (the
// checks hold numbers to be unique and rising).
inline std::string batch_letter(const std::string& datum, const std::string& onderwerp) {
    std::string nummer;
    for (char c : datum)
        if (c != '-') nummer += c;
    return R"({
  "soort": "raadsinformatiebrief",
  "gemeente": "voorschoten",
  "zaaknummer": "Z/21/012345/)" + nummer + R"(",
  "documentnummer": ")" + nummer + R"(",
  "datum": ")" + datum + R"(",
  "onderwerp": ")" + onderwerp + R"(",
  "bijlagen": [],
  "tekst": ["Wij informeren u over de stand van zaken van )" + onderwerp + R"(."],
  "ondertekening": [{"functie": "gemeentesecretaris"}, {"functie": "burgemeester"}]
})";
}

// The n-th day from 4 January 2021 as "2021-01-04".
inline std::string nth_date(int n) {
    static const int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int year = 2021, month = 0, day = 4 + n;
    for (;;) {
        const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        const int in_month = month_days[month] + (month == 1 && leap ? 1 : 0);
        if (day <= in_month) break;
        day -= in_month;
        if (++month == 12) month = 0, ++year;
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month + 1, day);
    return buf;
}

// A data tree in dir/data: the repository's gemeenten and `letters` letters under documenten/<year>/.
inline std::filesystem::path make_batch_tree(const std::filesystem::path& dir, int letters) {
    namespace fs = std::filesystem;
    const fs::path data = dir / "data";
    fs::create_directories(data / "gemeenten");
    for (const auto& e : fs::directory_iterator("data/gemeenten"))
        fs::copy(e.path(), data / "gemeenten" / e.path().filename(), fs::copy_options::recursive);
    for (int i = 0; i < letters; ++i) {
        const std::string date = nth_date(i);
        write_file(data / "documenten" / date.substr(0, 4) / ("brief-" + date + ".json"),
                   batch_letter(date, "onderwerp nummer " + std::to_string(i + 1)));
    }
    return data;
}

// Every regular file under dir (relative, sorted).
inline std::vector<std::filesystem::path> tree_files(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> files;
    if (!std::filesystem::exists(dir)) return files;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
        if (e.is_regular_file()) files.push_back(std::filesystem::relative(e.path(), dir));
    std::sort(files.begin(), files.end());
    return files;
}

inline int count_with_extension(const std::filesystem::path& dir, const std::string& ext) {
    int n = 0;
    for (const auto& f : tree_files(dir)) n += f.extension() == ext ? 1 : 0;
    return n;
}

inline int count_temporaries(const std::filesystem::path& dir) {
    int n = 0;
    for (const auto& f : tree_files(dir)) n += f.filename().string().ends_with(".raadsstuk-tmp") ? 1 : 0;
    return n;
}

// Inode and modification time of a file: what a rewrite would change.
struct FileIdentity {
    ino_t inode = 0;
    long long mtime_ns = 0;
    bool operator==(const FileIdentity&) const = default;
};

inline std::map<std::filesystem::path, FileIdentity> identities(const std::filesystem::path& dir) {
    std::map<std::filesystem::path, FileIdentity> out;
    for (const auto& f : tree_files(dir)) {
        struct stat st {};
        if (::stat((dir / f).c_str(), &st) != 0) continue;
        out[f] = {st.st_ino, static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec};
    }
    return out;
}

// The binary started in the background with `args`, its output to `log`; its process id.
inline pid_t start_raadsstuk(const std::vector<std::string>& args, const std::filesystem::path& log) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    std::vector<std::string> all{RAADSSTUK_BINARY};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = -1;
    if (posix_spawn(&pid, RAADSSTUK_BINARY, &actions, nullptr, argv.data(), environ) != 0) pid = -1;
    posix_spawn_file_actions_destroy(&actions);
    return pid;
}

// Waits (up to `limit`) until `ready()` holds while the process still runs; false when it ended first.
template <class Ready>
bool wait_while_running(pid_t pid, Ready ready, std::chrono::seconds limit = std::chrono::seconds(120)) {
    const auto end = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < end) {
        if (ready()) return ::waitpid(pid, nullptr, WNOHANG) == 0;
        if (::waitpid(pid, nullptr, WNOHANG) != 0) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

// The exit status of a finished process: the exit code, or 128 + the signal that ended it.
inline int wait_exit(pid_t pid) {
    int status = 0;
    if (::waitpid(pid, &status, 0) != pid) return -1;
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return -1;
}

// A copy of the repository's data/ and templates/ in a scratch directory, built into its output/, as an
// archive keeps them. Commands run with the scratch directory as working directory (templates/ is found
// there).
struct ScratchArchive {
    ScratchDir dir;
    ScratchArchive() {
        std::filesystem::copy("data", dir.path() / "data", std::filesystem::copy_options::recursive);
        std::filesystem::copy("templates", dir.path() / "templates", std::filesystem::copy_options::recursive);
    }
    ProcessResult in_dir(const std::string& args) const {
        return run("cd " + shell_quote(dir.path().string()) + " && " + shell_quote(RAADSSTUK_BINARY) + " " + args);
    }
    void replace(const std::string& file, const std::string& from, const std::string& to) const {
        std::string text = read_file(dir.path() / file);
        const auto at = text.find(from);
        if (at == std::string::npos) throw std::runtime_error("not in " + file + ": " + from);
        text.replace(at, from.size(), to);
        write_file(dir.path() / file, text);
    }
};

}  // namespace rs_test
