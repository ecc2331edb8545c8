#include "build/check_report.hpp"

#include <nlohmann/json.hpp>

#include "diag/codes.hpp"

namespace raadsstuk::build {
namespace {

using ordered_json = nlohmann::ordered_json;

std::string counted(int n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string dump(const ordered_json& j) {
    // Messages quote user data; never let a stray byte stop the report.
    return j.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

ordered_json or_null(const std::string& s) { return s.empty() ? ordered_json(nullptr) : ordered_json(s); }
ordered_json or_null(int n) { return n > 0 ? ordered_json(n) : ordered_json(nullptr); }

std::string_view level(diag::Severity s) { return s == diag::Severity::error ? "error" : "warning"; }

// A relative path as a URI reference: unreserved characters and '/' as they are, the rest percent-encoded.
std::string uri(const std::string& path) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : path) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                           c == '.' || c == '_' || c == '~' || c == '/';
        if (plain) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

}  // namespace

std::string text_report(const CheckSummary& summary) {
    std::string out;
    for (const Finding& f : summary.findings) out += diag::format(f.diagnostic) + "\n";
    out += "raadsstuk: " + counted(static_cast<int>(summary.files), "bestand", "bestanden") + " gecontroleerd, " +
           counted(summary.errors(), "fout", "fouten") + ", " +
           counted(summary.warnings(), "waarschuwing", "waarschuwingen") + "\n";
    return out;
}

std::string json_report(const CheckSummary& summary, std::string_view version) {
    ordered_json diagnostics = ordered_json::array();
    for (const Finding& f : summary.findings) {
        const diag::Diagnostic& d = f.diagnostic;
        diagnostics.push_back({{"code", d.code},
                               {"severity", level(d.severity)},
                               {"file", or_null(d.location.file)},
                               {"pointer", or_null(d.location.json_pointer)},
                               {"line", or_null(f.line)},
                               {"column", or_null(f.column)},
                               {"message", d.message},
                               {"hint", or_null(d.hint)}});
    }
    const ordered_json report = {{"tool", "raadsstuk"},
                                 {"version", version},
                                 {"files", summary.files},
                                 {"errors", summary.errors()},
                                 {"warnings", summary.warnings()},
                                 {"diagnostics", std::move(diagnostics)}};
    return dump(report);
}

std::string sarif_report(const CheckSummary& summary, std::string_view version) {
    ordered_json rules = ordered_json::array();
    const auto codes = diag::all_codes();
    for (const auto& c : codes) {
        rules.push_back({{"id", c.code},
                         {"shortDescription", {{"text", c.summary}}},
                         {"defaultConfiguration", {{"level", level(c.severity)}}},
                         {"help", {{"text", "docs/diagnostics.md, " + std::string(c.code)}}}});
    }
    ordered_json results = ordered_json::array();
    for (const Finding& f : summary.findings) {
        const diag::Diagnostic& d = f.diagnostic;
        ordered_json result = {{"ruleId", d.code}};
        for (std::size_t i = 0; i < codes.size(); ++i)
            if (codes[i].code == d.code) result["ruleIndex"] = i;
        result["level"] = level(d.severity);
        result["message"] = {{"text", d.hint.empty() ? d.message : d.message + "\nhint: " + d.hint}};
        ordered_json locations = ordered_json::array();
        if (!d.location.file.empty()) {
            ordered_json physical = {{"artifactLocation", {{"uri", uri(d.location.file)}}}};
            if (f.line > 0) {
                physical["region"] = {{"startLine", f.line}};
                if (f.column > 0) physical["region"]["startColumn"] = f.column;
            }
            ordered_json location = {{"physicalLocation", std::move(physical)}};
            if (!d.location.json_pointer.empty())
                location["logicalLocations"] = {{{"fullyQualifiedName", d.location.json_pointer}, {"kind", "member"}}};
            locations.push_back(std::move(location));
        }
        result["locations"] = std::move(locations);
        results.push_back(std::move(result));
    }
    const ordered_json log = {
        {"$schema", kSarifSchema},
        {"version", "2.1.0"},
        {"runs",
         {{{"tool",
            {{"driver",
              {{"name", "raadsstuk"},
               {"version", version},
               {"informationUri", "https://raadsstuk.example/docs/checks.md"},
               {"rules", std::move(rules)}}}}},
           {"columnKind", "unicodeCodePoints"},
           {"results", std::move(results)}}}}};
    return dump(log);
}

}  // namespace raadsstuk::build
