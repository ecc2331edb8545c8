#include "diff/git_show.hpp"

#include <array>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace raadsstuk::diff {
namespace {

// A pipe whose ends close themselves.
class Pipe {
public:
    Pipe() {
        if (::pipe2(fds_.data(), O_CLOEXEC) != 0) fds_ = {-1, -1};
    }
    ~Pipe() {
        close_read();
        close_write();
    }
    Pipe(const Pipe&) = delete;
    Pipe& operator=(const Pipe&) = delete;
    bool ok() const { return fds_[0] >= 0; }
    int read_end() const { return fds_[0]; }
    int write_end() const { return fds_[1]; }
    void close_read() {
        if (fds_[0] >= 0) ::close(fds_[0]);
        fds_[0] = -1;
    }
    void close_write() {
        if (fds_[1] >= 0) ::close(fds_[1]);
        fds_[1] = -1;
    }

private:
    std::array<int, 2> fds_{-1, -1};
};

// Reads both pipes to their end, whichever has data.
void drain(Pipe& out, Pipe& err, std::string& out_text, std::string& err_text) {
    std::array<char, 8192> buf{};
    bool out_open = true, err_open = true;
    while (out_open || err_open) {
        std::array<pollfd, 2> fds{pollfd{out_open ? out.read_end() : -1, POLLIN, 0},
                                  pollfd{err_open ? err.read_end() : -1, POLLIN, 0}};
        if (::poll(fds.data(), fds.size(), -1) < 0) {
            if (errno == EINTR) continue;
            return;
        }
        for (int k = 0; k < 2; ++k) {
            if (fds[static_cast<std::size_t>(k)].revents == 0) continue;
            const int fd = k == 0 ? out.read_end() : err.read_end();
            const ssize_t n = ::read(fd, buf.data(), buf.size());
            if (n > 0) (k == 0 ? out_text : err_text).append(buf.data(), static_cast<std::size_t>(n));
            else if (n == 0 || errno != EINTR) (k == 0 ? out_open : err_open) = false;
        }
    }
}

std::string first_line(const std::string& s) {
    std::string line = s.substr(0, s.find('\n'));
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    return line;
}

}  // namespace

std::optional<std::string> git_show(const std::string& revision, const std::string& path, diag::Diagnostics& ds) {
    const std::string spec = revision + ":" + path;
    auto fail = [&](const std::string& why) {
        ds.push_back(diag::make("RS702", {spec, "", 0, 0}, "git kan '" + spec + "' niet tonen: " + why,
                                "controleer de revisie (git log) en het pad vanaf de top van de repository"));
        return std::nullopt;
    };
    Pipe out, err;
    if (!out.ok() || !err.ok()) return fail(std::strerror(errno));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out.write_end(), STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err.write_end(), STDERR_FILENO);
    std::string arg0 = "git", arg1 = "show", arg2 = spec;
    char* argv[] = {arg0.data(), arg1.data(), arg2.data(), nullptr};
    pid_t pid = 0;
    const int rc = ::posix_spawnp(&pid, "git", &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    out.close_write();
    err.close_write();
    if (rc != 0) return fail(std::string("git is niet te starten (") + std::strerror(rc) + ")");
    std::string text, message;
    drain(out, err, text, message);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return fail(message.empty() ? "git stopte met een fout" : first_line(message));
    return text;
}

}  // namespace raadsstuk::diff
