#pragma once
// The template variables of a raadsinformatiebrief. Every variable documented in docs/templates.md is always
// present: an optional one that the letter lacks is `false` (or an empty list), so that a template can test
// it with {{#x}} / {{^x}} and a misspelt name is still an error.
#include <string_view>

#include "model/resolved_brief.hpp"
#include "render/value.hpp"

namespace raadsstuk::render {

// The view for `brief`. `status_markdown` is the rendered status partial: it replaces every body block that is
// exactly "[[status]]" (render_brief renders it; without it such blocks are left out). Body blocks pass
// through prepare_body_block and are joined by blank lines into "tekst".
Value make_brief_view(const model::ResolvedBrief& brief, std::string_view status_markdown = {});

// True if a body block is the placeholder "[[status]]" (surrounding white space allowed).
bool is_status_placeholder(std::string_view block);

}  // namespace raadsstuk::render
