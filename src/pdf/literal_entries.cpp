#include "pdf/literal_entries.hpp"

#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <new>

namespace raadsstuk::pdf::detail {
namespace {

struct Literal {
    std::shared_ptr<const void> owner;
    std::string_view text;
};

HPDF_STATUS write_literal(HPDF_Dict dict, HPDF_Stream stream) {
    const auto* literal = static_cast<const Literal*>(dict->attr);
    return HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(literal->text.data()),
                             static_cast<HPDF_UINT>(literal->text.size()));
}

void free_literal(HPDF_Dict dict) {
    delete static_cast<Literal*>(dict->attr);
    dict->attr = nullptr;
}

}  // namespace

bool add_literal_entries(HPDF_Dict dict, std::shared_ptr<const void> owner, std::string_view text) {
    if (!dict || dict->write_fn || dict->free_fn || dict->attr || dict->stream) return false;
    auto* literal = new (std::nothrow) Literal{std::move(owner), text};
    if (!literal) return false;
    dict->attr = literal;
    dict->write_fn = &write_literal;
    dict->free_fn = &free_literal;
    return true;
}

}  // namespace raadsstuk::pdf::detail
