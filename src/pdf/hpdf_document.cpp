#include "pdf/hpdf_document.hpp"

#include <cstdio>
#include <utility>

namespace raadsstuk::pdf::detail {

void HpdfDocument::on_error(HPDF_STATUS error, HPDF_STATUS detail, void* user_data) {
    auto* errors = static_cast<Errors*>(user_data);
    if (errors->error == HPDF_OK) {  // keep the first: later ones are consequences
        errors->error = error;
        errors->detail = detail;
    }
}

HpdfDocument::HpdfDocument() : errors_(std::make_unique<Errors>()) {
    doc_ = HPDF_New(&HpdfDocument::on_error, errors_.get());
}

HpdfDocument::~HpdfDocument() {
    if (doc_) HPDF_Free(doc_);
}

HpdfDocument::HpdfDocument(HpdfDocument&& other) noexcept
    : errors_(std::move(other.errors_)), doc_(std::exchange(other.doc_, nullptr)) {}

HpdfDocument& HpdfDocument::operator=(HpdfDocument&& other) noexcept {
    if (this != &other) {
        if (doc_) HPDF_Free(doc_);
        errors_ = std::move(other.errors_);
        doc_ = std::exchange(other.doc_, nullptr);
    }
    return *this;
}

std::string HpdfDocument::error_text() const {
    if (!doc_) return "document kan niet worden aangemaakt";
    char buf[64];
    std::snprintf(buf, sizeof buf, "fout 0x%04X (detail %u)", static_cast<unsigned>(errors_->error),
                  static_cast<unsigned>(errors_->detail));
    return buf;
}

}  // namespace raadsstuk::pdf::detail
