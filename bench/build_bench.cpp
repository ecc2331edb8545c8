// build_bench: how fast raadsstuk builds a batch, end to end, and what it costs.
//
//   cmake --build build --target build_bench && build/bench/build_bench [--sizes 100,1000,10000] [--seed 1]
//                                        [--jobs N] [--two-page N] [--work DIR] [--no-serial] [--binary PATH]
//                                        [--settle SECONDS] [--repeat R]
//
// Run it from the repository root (the binary finds templates/ there). For each size N it writes a synthetic
// corpus of N documents (bench/synthetic_corpus.hpp) and times the real `raadsstuk` binary:
//   check        `raadsstuk check` alone
//   build 1      a full build (checks, Markdown, PDF and the other outputs) with --jobs 1
//   build N      the same with --jobs N (default: all cores), into a fresh output directory
//   no-op        the same build again: every document is up to date
//   one changed  one document edited, built again
// and after the sizes, the measure of issue #7's target (`--two-page N`, default 1000, 0 to skip):
//   2-page 1     a full build with --jobs 1 of N raadsinformatiebrieven of about two pages each (with
//                --repeat R, the least CPU time of R cold builds)
// and prints one table: seconds and documents per second of wall time, CPU seconds and documents per CPU
// second (the cost per core, which a busy machine does not distort), peak memory (the largest resident set
// of the process), and bytes per PDF and per page. Figures vary with the machine; docs/performance.md has a
// run.
//
// The previous run's directories are deleted first, all at once, and the first timed run waits until that
// deletion is --settle seconds old (default 40; 0 not to wait). On an ext4 file system without a journal
// the kernel does not reuse an inode deleted less than 30 seconds ago (35 while its block is dirty): each
// new file then costs a search past the recently deleted ones, reading their inode tables, up to about a
// millisecond of kernel time per letter after the tens of thousands of files of a previous run. A user's
// build does not follow such a deletion; the benchmark should not measure it either.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "synthetic_corpus.hpp"

extern char** environ;

namespace {

namespace fs = std::filesystem;

struct Measured {
    double seconds = 0;
    double cpu_seconds = 0;  // user + system time of the process: per-core cost, whatever else the machine does
    long peak_kib = 0;
    int exit_code = -1;
};

// Runs argv with stdout and stderr to `log`, and measures wall time and the child's peak resident set.
Measured run(const std::vector<std::string>& argv, const fs::path& log) {
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    Measured m;
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) return m;
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    m.peak_kib = usage.ru_maxrss;
    const auto secs = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    m.cpu_seconds = secs(usage.ru_utime) + secs(usage.ru_stime);
    m.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    posix_spawn_file_actions_destroy(&actions);
    return m;
}

struct PdfBytes {
    std::size_t files = 0, pages = 0, bytes = 0;
};

// Every PDF under dir: how many, their pages (page objects; libharu writes them uncompressed) and bytes.
PdfBytes pdf_bytes(const fs::path& dir) {
    PdfBytes b;
    if (!fs::is_directory(dir)) return b;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        if (e.path().extension() != ".pdf") continue;
        std::ifstream in(e.path(), std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        const std::string pdf = s.str();
        ++b.files;
        b.bytes += pdf.size();
        for (std::size_t at = pdf.find("/Type /Page"); at != std::string::npos; at = pdf.find("/Type /Page", at + 1))
            if (pdf.compare(at, 12, "/Type /Pages") != 0) ++b.pages;
    }
    return b;
}

// Deletes the directories of a previous run and remembers when, so that timed runs can wait until the
// deletion is old enough not to slow down the creation of files (above).
class Settling {
public:
    explicit Settling(double seconds) : seconds_(seconds) {}
    void remove(const std::vector<fs::path>& dirs) {
        bool removed = false;
        for (const auto& d : dirs) removed = fs::remove_all(d) > 0 || removed;
        if (removed) deleted_ = std::chrono::steady_clock::now();
    }
    void wait() {
        if (!deleted_) return;
        const auto until = *deleted_ + std::chrono::duration<double>(seconds_);
        const auto now = std::chrono::steady_clock::now();
        if (now < until) {
            std::fprintf(stderr, "build_bench: waiting %.0f s for the deletion of the previous run to settle\n",
                         std::chrono::duration<double>(until - now).count());
            std::this_thread::sleep_until(until);
        }
        deleted_.reset();
    }

private:
    double seconds_;
    std::optional<std::chrono::steady_clock::time_point> deleted_;
};

std::vector<std::size_t> parse_sizes(const std::string& s) {
    std::vector<std::size_t> out;
    std::stringstream in(s);
    std::string part;
    while (std::getline(in, part, ',')) out.push_back(std::stoul(part));
    return out;
}

void row(const std::string& what, std::size_t n, const Measured& m) {
    const auto per = [n](double s) { return s > 0 ? static_cast<double>(n) / s : 0.0; };
    std::printf("| %-12s | %6zu | %8.2f | %9.1f | %8.2f | %12.1f | %8.1f |%s\n", what.c_str(), n, m.seconds,
                per(m.seconds), m.cpu_seconds, per(m.cpu_seconds), static_cast<double>(m.peak_kib) / 1024.0,
                m.exit_code == 0 ? "" : ("  (exit " + std::to_string(m.exit_code) + ")").c_str());
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::size_t> sizes = {100, 1000, 10000};
    std::uint32_t seed = 1;
    unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
    std::size_t two_page = 1000;
    fs::path work = fs::temp_directory_path() / "raadsstuk-build-bench";
    std::string binary = RAADSSTUK_BINARY;  // --binary: another build of raadsstuk, to compare two builds
    bool serial_build = true;  // --no-serial: skip the --jobs 1 build (it takes longest and is not incremental)
    double settle = 40;        // --settle: seconds between deleting a previous run and the first timed run
    unsigned repeat = 1;       // --repeat: cold builds of the two-page letters, the least CPU time reported
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool has_value = i + 1 < argc;
        if (a == "--sizes" && has_value) sizes = parse_sizes(argv[++i]);
        else if (a == "--seed" && has_value) seed = static_cast<std::uint32_t>(std::stoul(argv[++i]));
        else if (a == "--jobs" && has_value) jobs = static_cast<unsigned>(std::stoul(argv[++i]));
        else if (a == "--work" && has_value) work = argv[++i];
        else if (a == "--two-page" && has_value) two_page = std::stoul(argv[++i]);
        else if (a == "--no-serial") serial_build = false;
        else if (a == "--binary" && has_value) binary = argv[++i];
        else if (a == "--settle" && has_value) settle = std::stod(argv[++i]);
        else if (a == "--repeat" && has_value) repeat = std::max(1u, static_cast<unsigned>(std::stoul(argv[++i])));
        else {
            std::cerr << "usage: build_bench [--sizes 100,1000,10000] [--seed 1] [--jobs N] [--two-page N] [--work DIR] "
                         "[--no-serial] [--binary PATH] [--settle SECONDS] [--repeat R]\n";
            return 2;
        }
    }
    const fs::path repository = fs::current_path();
    if (!fs::is_directory(repository / "templates")) {
        std::cerr << "build_bench: run it from the repository root (templates/ not found)\n";
        return 2;
    }
    std::printf("raadsstuk build_bench: seed %u, %u jobs for the parallel build, %u cores\n\n", seed, jobs,
                std::thread::hardware_concurrency());
    std::printf("| %-12s | %6s | %8s | %9s | %8s | %12s | %8s |\n", "run", "docs", "seconds", "docs/s", "cpu s",
                "docs/cpu-s", "peak MiB");
    std::printf("|--------------|--------|----------|-----------|----------|--------------|----------|\n");
    std::vector<std::string> notes;
    Settling settling(settle);
    {
        std::vector<fs::path> previous;
        for (const std::size_t n : sizes) previous.push_back(work / std::to_string(n));
        if (two_page > 0) previous.push_back(work / ("two-page-" + std::to_string(two_page)));
        settling.remove(previous);
    }
    for (const std::size_t n : sizes) {
        const fs::path dir = work / std::to_string(n);
        // A build cache of its own (docs/batch.md), so that the first build is cold, as a new user's is.
        ::setenv("RAADSSTUK_CACHE_DIR", (dir / "cache").c_str(), 1);
        const raadsstuk::bench::CorpusStats stats =
            raadsstuk::bench::write_synthetic_corpus(dir / "data", repository, n, seed);
        const fs::path log = dir / "log.txt";
        const std::string data = (dir / "data").string();
        const std::string serial = (dir / "out-1").string(), parallel = (dir / "out-n").string();

        settling.wait();
        row("check", n, run({binary, "check", "--format", "json", data}, log));
        if (serial_build) row("build 1", n, run({binary, "build", "--quiet", "--jobs", "1", "--out", serial, data}, log));
        row("build " + std::to_string(jobs), n,
            run({binary, "build", "--quiet", "--jobs", std::to_string(jobs), "--out", parallel, data}, log));
        row("no-op", n, run({binary, "build", "--quiet", "--jobs", std::to_string(jobs), "--out", parallel, data}, log));
        // One document changed: its onderwerp.
        fs::path first;
        for (const auto& e : fs::recursive_directory_iterator(dir / "data/documenten"))
            if (e.is_regular_file() && (first.empty() || e.path() < first)) first = e.path();
        std::ifstream in(first, std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        in.close();
        const std::size_t at = text.find("\"onderwerp\": \"");
        if (at != std::string::npos) text.insert(at + 14, "Gewijzigd: ");
        std::ofstream(first, std::ios::binary) << text;
        row("one changed", n, run({binary, "build", "--quiet", "--jobs", std::to_string(jobs), "--out", parallel, data}, log));

        const PdfBytes pdfs = pdf_bytes(parallel);
        char note[256];
        std::snprintf(note, sizeof note,
                      "N=%zu: %zu letters, %zu proposals, %zu gemeenten; %zu PDFs, %zu pages, %.1f KB per PDF, "
                      "%.1f KB per page",
                      n, stats.letters, stats.proposals, stats.gemeenten, pdfs.files, pdfs.pages,
                      pdfs.files ? static_cast<double>(pdfs.bytes) / 1024.0 / static_cast<double>(pdfs.files) : 0.0,
                      pdfs.pages ? static_cast<double>(pdfs.bytes) / 1024.0 / static_cast<double>(pdfs.pages) : 0.0);
        notes.push_back(note);
    }
    if (two_page > 0) {
        const fs::path dir = work / ("two-page-" + std::to_string(two_page));
        ::setenv("RAADSSTUK_CACHE_DIR", (dir / "cache").c_str(), 1);
        raadsstuk::bench::write_synthetic_corpus(dir / "data", repository, two_page, seed,
                                                 raadsstuk::bench::CorpusMix::two_page_letters);
        const std::string out = (dir / "out-1").string();
        settling.wait();
        // --repeat R: R cold builds, each into an output directory and build cache of its own; the row is the
        // one with the least CPU time (a shared machine only adds to it), the note gives them all.
        Measured best;
        std::string all;
        for (unsigned r = 0; r < repeat; ++r) {
            const std::string suffix = r == 0 ? "" : "-" + std::to_string(r + 1);
            ::setenv("RAADSSTUK_CACHE_DIR", (dir / ("cache" + suffix)).c_str(), 1);
            const Measured m = run({binary, "build", "--quiet", "--jobs", "1", "--out", out + suffix,
                                    (dir / "data").string()},
                                   dir / "log.txt");
            if (r == 0 || (m.exit_code == 0 && m.cpu_seconds < best.cpu_seconds)) best = m;
            char one[32];
            std::snprintf(one, sizeof one, "%s%.2f", r == 0 ? "" : ", ", m.cpu_seconds);
            all += one;
        }
        row("2-page 1", two_page, best);
        if (repeat > 1) notes.push_back("2-page 1: the least CPU time of " + std::to_string(repeat) + " runs (" + all + " s)");
        const PdfBytes pdfs = pdf_bytes(out);
        char note[256];
        std::snprintf(note, sizeof note, "2-page letters: %zu PDFs, %.2f pages per PDF, %.1f KB per PDF", pdfs.files,
                      pdfs.files ? static_cast<double>(pdfs.pages) / static_cast<double>(pdfs.files) : 0.0,
                      pdfs.files ? static_cast<double>(pdfs.bytes) / 1024.0 / static_cast<double>(pdfs.files) : 0.0);
        notes.push_back(note);
    }
    std::printf("\n");
    for (const auto& n : notes) std::printf("%s\n", n.c_str());
    std::printf("\nlogs of the runs: %s/<N>/log.txt\n", work.string().c_str());
    return 0;
}
