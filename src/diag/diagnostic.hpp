#pragma once
// Diagnostics are values: every stage returns all it found beside its result, never only the first, and
// never throws for bad user data. The caller that knows the file attaches the location.
#include <string>
#include <vector>

namespace raadsstuk::diag {

enum class Severity { error, warning };

struct Location {
    std::string file;          // path as the user gave it (never made absolute)
    std::string json_pointer;  // RFC 6901, e.g. "/ondertekening/1/functie"; empty when not in JSON
    int line = 0;              // 1-based, 0 = unknown (templates, text inside a JSON string)
    int column = 0;            // 1-based, in characters (code points)
};

struct Diagnostic {
    std::string code;  // stable, e.g. "RS012"; see diag/codes.hpp and docs/diagnostics.md
    Severity severity = Severity::error;
    Location location;
    std::string message;  // Dutch
    std::string hint;     // Dutch, optional
};

using Diagnostics = std::vector<Diagnostic>;

// "file:/pointer: fout RS012: message" (+ "\n  hint: ..." when there is a hint), or with line:column.
std::string format(const Diagnostic& d);
bool has_errors(const Diagnostics& ds);

// Convenience constructors; the severity comes from the code registry.
Diagnostic make(std::string code, Location where, std::string message, std::string hint = {});

// Escapes a key for use in a JSON pointer ("~" -> "~0", "/" -> "~1").
std::string pointer_escape(const std::string& key);

}  // namespace raadsstuk::diag
