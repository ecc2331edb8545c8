#pragma once
// Strict Mustache templates. A template is compiled once from its text and rendered many times. Unlike plain
// Mustache, a tag whose name the view lacks is an error (RS303), never empty text; a missing partial is RS304;
// a syntax error is RS302. All are reported at file:line:column of the tag (column in characters).
// The language is documented in docs/templates.md and, example by example, in tests/render/spec/templates.spec.
#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "diag/diagnostic.hpp"
#include "render/value.hpp"

namespace raadsstuk::render {

namespace detail {
struct CompiledTemplate;
}

class TemplateSet;

class Template {
public:
    // Compiles `text`; `file_name` is only used in diagnostics (as given, e.g. "templates/x.md").
    // Syntax errors go to `out` as RS302 and give nullopt.
    static std::optional<Template> compile(std::string_view text, std::string file_name, diag::Diagnostics& out);

    const std::string& file_name() const;

    // Renders against `view`, taking partials ({{>name}}) from `partials`. Every missing variable, section
    // or partial is reported (each tag once); on any error the result is nullopt. `{{x}}` inserts
    // format::escape_markdown_text(x), `{{{x}}}` and `{{&x}}` insert x as it is. Values are never read as
    // template text. The output is exactly what the template says (standalone tag lines removed as in the
    // Mustache spec); it is not otherwise normalised.
    std::optional<std::string> render(const Value& view, const TemplateSet& partials, diag::Diagnostics& out) const;
    std::optional<std::string> render(const Value& view, diag::Diagnostics& out) const;

    const detail::CompiledTemplate& compiled() const { return *impl_; }

private:
    explicit Template(std::shared_ptr<const detail::CompiledTemplate> impl) : impl_(std::move(impl)) {}
    std::shared_ptr<const detail::CompiledTemplate> impl_;
};

// The templates of one templates directory: main templates (one per document kind or variant, chosen by
// the document's "sjabloon") and partials.
class TemplateSet {
public:
    void add_template(std::string name, Template t);
    void add_partial(std::string name, Template t);
    const Template* find_template(std::string_view name) const;
    const Template* find_partial(std::string_view name) const;
    const std::map<std::string, Template, std::less<>>& templates() const { return templates_; }
    const std::map<std::string, Template, std::less<>>& partials() const { return partials_; }

private:
    std::map<std::string, Template, std::less<>> templates_;
    std::map<std::string, Template, std::less<>> partials_;
};

// Reads one version of the templates once (see template_library.hpp): every "NAME.md" in `dir` is the
// template NAME, every "partials/NAME.md" the partial NAME. Diagnostics name files as dir / file (as given,
// never made absolute). RS301 when the directory or a file cannot be read, RS302 for syntax errors;
// templates with errors are left out of the set, the others are usable.
TemplateSet load_template_set(const std::filesystem::path& dir, diag::Diagnostics& out);

// 1-based line and column (in code points) of byte `offset` in `text`; an offset past the end gives the
// position just after the last character.
std::pair<int, int> line_column(std::string_view text, std::size_t offset);

// Turns one of kainjow mustache's parse errors ("Unclosed tag at 17") into an RS302 diagnostic at
// file:line:column, in Dutch. Exposed for tests; Template::compile uses it as a cross-check.
diag::Diagnostic kainjow_parse_error(std::string_view text, const std::string& file_name,
                                     const std::string& kainjow_message);

}  // namespace raadsstuk::render
