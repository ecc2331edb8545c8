#include "cli/templates_dir.hpp"

#include <system_error>

namespace raadsstuk::cli {
namespace fs = std::filesystem;

std::optional<fs::path> take_templates_option(Arguments& args, std::string* error) {
    std::optional<fs::path> dir;
    for (std::size_t i = 0; i < args.size() && args[i] != "--";) {
        if (args[i] == "--sjablonen") {
            if (i + 1 >= args.size() || args[i + 1].empty()) {
                *error = "--sjablonen verwacht een map";
                args.erase(args.begin() + static_cast<long>(i));
                return std::nullopt;
            }
            dir = args[i + 1];
            args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(i) + 2);
        } else if (args[i].rfind("--sjablonen=", 0) == 0) {
            const std::string value = args[i].substr(12);
            if (value.empty()) {
                *error = "--sjablonen verwacht een map";
                return std::nullopt;
            }
            dir = value;
            args.erase(args.begin() + static_cast<long>(i));
        } else {
            ++i;
        }
    }
    return dir;
}

fs::path default_templates_dir() {
    std::error_code ec;
    if (fs::is_directory("templates", ec)) return "templates";
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path bin = exe.parent_path();
        for (const fs::path& candidate : {bin.parent_path() / "templates", bin.parent_path() / "share/raadsstuk/templates"})
            if (fs::is_directory(candidate, ec)) return candidate;
    }
    return "templates";
}

model::Environment run_environment(const std::optional<fs::path>& templates_option) {
    model::Environment env;
    env.templates_dir = templates_option ? *templates_option : default_templates_dir();
    return env;
}

}  // namespace raadsstuk::cli
