#include "build/html_output.hpp"

#include <fstream>
#include <iterator>

#include "html/render_html.hpp"

namespace raadsstuk::build {
namespace {

std::optional<std::string> read_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return std::nullopt;
    return bytes;
}

}  // namespace

std::string html_of(const layout::LayoutRequest& request, std::vector<regions::Region> regions, diag::Diagnostics& ds) {
    html::HtmlRequest h;
    h.regions = std::move(regions);
    h.style = request.style;
    h.gemeente_name = request.gemeente_name;
    if (request.style.logo && !request.style.logo->empty()) h.logo_png = read_bytes(request.style_dir / *request.style.logo);
    h.title = request.info.title;
    h.author = request.info.author;
    h.zaaknummer = request.info.subject;
    h.keywords = request.info.keywords;
    h.kind_label = request.info.kind_label;
    h.date = request.info.date;
    h.source_name = request.source_name;
    return html::render_html(h, ds);
}

}  // namespace raadsstuk::build
