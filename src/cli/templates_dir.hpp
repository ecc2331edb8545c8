#pragma once
// Where the templates are: `--sjablonen MAP` (any command that renders takes it), else templates/ in the
// working directory, else the templates that belong to the executable: ../templates beside it (the build
// tree of a checkout: build/raadsstuk) or ../share/raadsstuk/templates (an installed raadsstuk). So
// `raadsstuk build` works from any directory, and an archive can name the template tree it keeps.
#include <filesystem>
#include <optional>
#include <string>

#include "cli/commands.hpp"
#include "model/environment.hpp"

namespace raadsstuk::cli {

// Takes "--sjablonen MAP" or "--sjablonen=MAP" out of `args` (not after a "--"). Nothing when it is not
// there; *error is set when it is there without a directory.
std::optional<std::filesystem::path> take_templates_option(Arguments& args, std::string* error);

// The templates directory when no --sjablonen is given, as above; "templates" when none of them exists
// (then RS301 names it).
std::filesystem::path default_templates_dir();

// The environment of a command run: the templates directory chosen as above, the rest the defaults.
model::Environment run_environment(const std::optional<std::filesystem::path>& templates_option);

}  // namespace raadsstuk::cli
