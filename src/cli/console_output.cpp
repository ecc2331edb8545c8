// What every command shares: the usage error and printing diagnostics.
#include <iostream>

#include "cli/commands.hpp"

namespace raadsstuk::cli {

int usage_error(const std::string& message, std::string_view help) {
    std::cerr << "raadsstuk: " << message << "\n\n" << help;
    return 2;
}

void print_diagnostics(const diag::Diagnostics& ds) {
    for (const auto& d : ds) std::cerr << diag::format(d) << '\n';
}

}  // namespace raadsstuk::cli
