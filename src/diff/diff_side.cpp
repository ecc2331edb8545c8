#include "diff/diff_side.hpp"

#include <system_error>

#include "diff/git_show.hpp"
#include "diff/render_markdown.hpp"
#include "load/load.hpp"

namespace raadsstuk::diff {
namespace fs = std::filesystem;

std::optional<Side> read_side(const std::string& spec, build::BuildContext& context, diag::Diagnostics& ds) {
    std::error_code ec;
    fs::path path = spec;
    std::optional<std::string> text;
    if (fs::is_regular_file(path, ec)) {
        text = load::read_file(path, ds);
    } else if (const auto colon = spec.find(':'); colon != std::string::npos && colon > 0 && colon + 1 < spec.size()) {
        path = spec.substr(colon + 1);
        text = git_show(spec.substr(0, colon), path.generic_string(), ds);
    } else {
        ds.push_back(diag::make("RS701", {spec, "", 0, 0}, "bestand bestaat niet en is geen REVISIE:PAD",
                                "geef een .json- of .md-bestand, of een bestand in git zoals HEAD~1:data/documenten/..."));
        return std::nullopt;
    }
    if (!text) return std::nullopt;

    const std::string extension = path.extension().string();
    if (extension == ".md") return Side{std::move(*text), std::nullopt, std::nullopt};
    if (extension != ".json") {
        ds.push_back(diag::make("RS703", {spec, "", 0, 0},
                                "onbekend soort bestand '" + extension + "': geen gegevensbestand (.json) en geen Markdown (.md)"));
        return std::nullopt;
    }
    // The working tree's data root of the path (also for a file read from git).
    const fs::path relative = path.lexically_normal();
    const auto root = load::find_data_root(relative);
    if (!root) {
        ds.push_back(diag::make("RS704", {spec, "", 0, 0},
                                "gegevensbestand ligt niet in een gegevensmap: geen map 'gemeenten/' gevonden boven '" +
                                    relative.generic_string() + "'",
                                "vergelijk documenten onder een map die ook 'gemeenten/' bevat, zoals data/"));
        return std::nullopt;
    }
    Side side;
    auto markdown = render_markdown(*text, spec, *root, context, ds, &side.gemeente, &side.date);
    if (!markdown) return std::nullopt;
    side.markdown = std::move(*markdown);
    return side;
}

}  // namespace raadsstuk::diff
