// The file side of loading: reading a data file, finding the data root and a document's gemeente file.
#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

#include "load/json_text.hpp"
#include "load/load.hpp"
#include "load/suggest.hpp"

namespace raadsstuk::load {
namespace fs = std::filesystem;

std::optional<std::string> read_file(const fs::path& path, diag::Diagnostics& out, std::uintmax_t max_bytes) {
    const diag::Location where{path.generic_string(), "", 0, 0};
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (!fs::exists(status)) {
        out.push_back(diag::make("RS001", where, "bestand bestaat niet", "controleer de naam en de map"));
        return std::nullopt;
    }
    if (fs::is_directory(status)) {
        out.push_back(diag::make("RS001", where, "dit is een map, geen bestand"));
        return std::nullopt;
    }
    if (const auto size = fs::file_size(path, ec); !ec && size > max_bytes) {
        const auto tenths = [](std::uintmax_t bytes) {
            const std::uintmax_t t = (bytes * 10 + 512 * 1024) / (1024 * 1024);
            return std::to_string(t / 10) + "," + std::to_string(t % 10) + " MB";
        };
        out.push_back(diag::make("RS018", where, "bestand is te groot: " + tenths(size) + ", hooguit " +
                                                     tenths(max_bytes) + " is toegestaan",
                                 "is het bestand het juiste? een document of register is hooguit enkele honderden "
                                 "kilobytes; splits een groot register over meer bestanden"));
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    const auto cannot_read = [&] {
        out.push_back(diag::make("RS001", where, "bestand kan niet worden gelezen", "heeft u leesrechten?"));
        return std::nullopt;
    };
    if (!in) return cannot_read();
    // Read at once into a string of the file's size; a file that grew since is read to its end.
    std::string text(ec ? 0 : static_cast<std::size_t>(fs::file_size(path, ec)), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) return cannot_read();
    if (in && in.peek() != std::ifstream::traits_type::eof()) {
        std::ostringstream rest;
        rest << in.rdbuf();
        if (in.bad()) return cannot_read();
        text += std::move(rest).str();
    }
    return text;
}

std::optional<fs::path> find_data_root(const fs::path& document_file) {
    std::error_code ec;
    const auto holds_gemeenten = [&](const fs::path& dir) { return fs::is_directory(dir / "gemeenten", ec); };
    // The lexical parents first, so that a relative path stays relative: data/documenten/2021 ->
    // data/documenten -> data -> "." ...
    for (fs::path dir = document_file.parent_path();; dir = dir.parent_path()) {
        const fs::path probe = dir.empty() ? fs::path(".") : dir;
        if (holds_gemeenten(probe)) return probe;
        if (dir.empty() || dir.parent_path() == dir) break;
    }
    if (document_file.is_absolute()) return std::nullopt;
    // ... then above the working directory: "..", "../..", up to the root.
    const fs::path cwd = fs::current_path(ec);
    const auto depth = std::distance(cwd.begin(), cwd.end());
    fs::path up = "..";
    for (long i = 0; i < depth; ++i, up /= "..") {
        if (holds_gemeenten(up)) return up;
    }
    return std::nullopt;
}

fs::path gemeente_file(const fs::path& data_root, std::string_view gemeente_id) {
    return data_root / "gemeenten" / (std::string(gemeente_id) + ".json");
}

std::optional<fs::path> locate_gemeente(const fs::path& data_root, std::string_view gemeente_id,
                                        const std::string& document_file, diag::Diagnostics& out) {
    const fs::path file = gemeente_file(data_root, gemeente_id);
    std::error_code ec;
    if (fs::is_regular_file(file, ec)) return file;

    std::vector<std::string> ids;
    for (const auto& entry : fs::directory_iterator(data_root / "gemeenten", ec)) {
        if (entry.path().extension() == ".json") ids.push_back(entry.path().stem().string());
    }
    std::sort(ids.begin(), ids.end());
    const std::vector<std::string_view> views(ids.begin(), ids.end());
    const std::string near = detail::closest(gemeente_id, views);
    std::string hint = near.empty() ? std::string() : "bedoelt u \"" + near + "\"? ";
    hint += views.empty() ? "er staan geen gemeenten in " + (data_root / "gemeenten").generic_string()
                          : "bekende gemeenten: " + detail::enumerate(views, true);
    out.push_back(diag::make("RS008", {document_file, "/gemeente", 0, 0},
                             "geen gemeentebestand " + file.generic_string() + " voor gemeente \"" +
                                 std::string(gemeente_id) + "\"",
                             std::move(hint)));
    return std::nullopt;
}

std::optional<fs::path> locate_gemeente(const fs::path& data_root, const model::Raadsinformatiebrief& brief,
                                        diag::Diagnostics& out) {
    return locate_gemeente(data_root, brief.gemeente, brief.source_file, out);
}

std::optional<fs::path> logo_file(const model::Gemeente& gemeente) {
    if (!gemeente.style.logo) return std::nullopt;
    return fs::path(gemeente.source_file).parent_path() / *gemeente.style.logo;
}

void check_referenced_files(const model::Gemeente& gemeente, diag::Diagnostics& out) {
    const auto check = [&](const model::HouseStyle& style, const std::string& pointer) {
        if (!style.logo) return;
        const fs::path logo = fs::path(gemeente.source_file).parent_path() / *style.logo;
        std::error_code ec;
        if (!fs::is_regular_file(logo, ec)) {
            out.push_back(diag::make("RS011", {gemeente.source_file, pointer, 0, 0},
                                     "logo " + logo.generic_string() + " bestaat niet",
                                     "het pad van het logo is relatief aan het gemeentebestand"));
        }
    };
    check(gemeente.style, "/huisstijl/logo");
    // Earlier house styles keep their logos: an older document is laid out with the logo it had.
    for (std::size_t i = 0; i < gemeente.earlier_styles.size(); ++i)
        check(gemeente.earlier_styles[i], "/eerdere_huisstijlen/" + std::to_string(i) + "/logo");
}

}  // namespace raadsstuk::load
