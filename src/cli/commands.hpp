#pragma once
// The commands of the command line, one file each. A command parses its own arguments, calls the library,
// prints, and returns the exit code (main takes --sjablonen out first and hands the commands that render the
// environment with it: templates_dir.hpp):
//   0  everything asked for was done
//   1  a document failed (its diagnostics were printed)
//   2  the command line itself was wrong
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "model/environment.hpp"

#ifndef RAADSSTUK_VERSION
#define RAADSSTUK_VERSION "0.0.0"
#endif

namespace raadsstuk::cli {

using Arguments = std::vector<std::string>;

extern const std::string_view kBuildHelp;
extern const std::string_view kCheckHelp;
extern const std::string_view kVerifyHelp;

int run_build_command(const Arguments& args, const model::Environment& env);
int run_check_command(const Arguments& args);
int run_verify_command(const Arguments& args, const model::Environment& env);

// The SHA-256 of the running executable (/proc/self/exe), which tells two builds of one version apart;
// empty when it cannot be read.
std::string engine_build();

// A --jobs value: a whole number from 1 to 1024; nothing otherwise.
std::optional<unsigned> parse_jobs(const std::string& text);

// diff (diff_command.cpp) and import (import_command.cpp)
extern const std::string_view kDiffHelp;
extern const std::string_view kImportHelp;
int run_diff_command(const Arguments& args, const model::Environment& env);
int run_import_command(const Arguments& args, const model::Environment& env);

// Prints "raadsstuk: <message>", a blank line and `help` on standard error; returns 2.
int usage_error(const std::string& message, std::string_view help);
// Each diagnostic as diag::format prints it, one per line, on standard error.
void print_diagnostics(const diag::Diagnostics& ds);

}  // namespace raadsstuk::cli
