#include "build/stale_temporaries.hpp"

#include <cerrno>
#include <charconv>
#include <set>
#include <string_view>
#include <system_error>
#include <utility>

#include "build/output_file.hpp"

#include <signal.h>
#include <sys/types.h>
#include <unistd.h>

namespace raadsstuk::build {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kSuffix = ".raadsstuk-tmp";

bool strip_suffix(std::string& s, std::string_view suffix) {
    if (s.size() <= suffix.size() || s.compare(s.size() - suffix.size(), suffix.size(), suffix) != 0) return false;
    s.resize(s.size() - suffix.size());
    return true;
}

}  // namespace

std::size_t remove_stale_temporaries(const fs::path& out_dir, const std::vector<DocumentSource>& documents,
                                     const std::string& manifest_name) {
    std::size_t removed = 0;
    std::error_code ec;
    if (fs::remove(temporary_path_for(out_dir / manifest_name), ec)) ++removed;
    if (!fs::is_directory(out_dir, ec)) return removed;
    std::set<std::pair<std::string, std::string>> stems;  // (directory under out_dir, document stem)
    for (const auto& d : documents) {
        const fs::path relative = d.relative.lexically_normal();
        stems.emplace(relative.parent_path().generic_string(), relative.stem().string());
    }
    std::vector<fs::path> stale;
    for (auto it = fs::recursive_directory_iterator(out_dir, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::string name = it->path().filename().string();
        std::error_code type_ec;
        if (name.size() < 2 || name[0] != '.' || !strip_suffix(name, kSuffix) || !it->is_regular_file(type_ec)) continue;
        const std::string target = name.substr(1);                      // x-voorstel.pdf
        std::string stem = fs::path(target).stem().string();             // x-voorstel
        const std::string dir = it->path().parent_path().lexically_relative(out_dir).lexically_normal().generic_string();
        const std::string in_dir = dir == "." ? "" : dir;
        bool ours = stems.count({in_dir, stem}) > 0;
        for (std::string_view part : {"-voorstel", "-besluit"}) {
            std::string whole = stem;
            if (!ours && strip_suffix(whole, part)) ours = stems.count({in_dir, whole}) > 0;
        }
        if (ours) stale.push_back(it->path());
    }
    for (const auto& p : stale)
        if (fs::remove(p, ec)) ++removed;
    return removed;
}

fs::path process_temporary_path_for(const fs::path& target) {
    return target.parent_path() /
           ("." + target.filename().string() + "." + std::to_string(::getpid()) + std::string(kSuffix));
}

std::size_t remove_dead_process_temporaries(const fs::path& target) {
    const std::string prefix = "." + target.filename().string() + ".";
    std::error_code ec;
    std::vector<fs::path> dead;
    for (auto it = fs::directory_iterator(target.parent_path(), ec); !ec && it != fs::directory_iterator();
         it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (!name.starts_with(prefix) || !strip_suffix(name, kSuffix)) continue;
        const std::string_view digits = std::string_view(name).substr(prefix.size());
        pid_t pid = 0;
        const auto [end, parse_ec] = std::from_chars(digits.data(), digits.data() + digits.size(), pid);
        if (parse_ec != std::errc() || end != digits.data() + digits.size() || pid <= 0) continue;
        if (::kill(pid, 0) != 0 && errno == ESRCH) dead.push_back(it->path());
    }
    std::size_t removed = 0;
    for (const auto& p : dead)
        if (fs::remove(p, ec)) ++removed;
    return removed;
}

}  // namespace raadsstuk::build
