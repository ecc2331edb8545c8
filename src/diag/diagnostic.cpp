#include "diag/diagnostic.hpp"

#include "diag/codes.hpp"

namespace raadsstuk::diag {

std::string format(const Diagnostic& d) {
    std::string out = d.location.file;
    if (d.location.line > 0) {
        out += ':' + std::to_string(d.location.line);
        if (d.location.column > 0) out += ':' + std::to_string(d.location.column);
    } else if (!d.location.json_pointer.empty()) {
        out += ':' + d.location.json_pointer;
    }
    if (!out.empty()) out += ": ";
    out += d.severity == Severity::error ? "fout " : "waarschuwing ";
    out += d.code + ": " + d.message;
    if (!d.hint.empty()) out += "\n  hint: " + d.hint;
    return out;
}

bool has_errors(const Diagnostics& ds) {
    for (const auto& d : ds)
        if (d.severity == Severity::error) return true;
    return false;
}

Diagnostic make(std::string code, Location where, std::string message, std::string hint) {
    const CodeInfo* info = find_code(code);
    Diagnostic d;
    d.severity = info ? info->severity : Severity::error;
    d.code = std::move(code);
    d.location = std::move(where);
    d.message = std::move(message);
    d.hint = std::move(hint);
    return d;
}

std::string pointer_escape(const std::string& key) {
    std::string out;
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

}  // namespace raadsstuk::diag
