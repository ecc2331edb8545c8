#pragma once
// RAII ownership of a libharu document, with an error handler installed. libharu's errors are sticky and
// otherwise silent: after the first error every later call fails too, so callers check failed() after
// each step and report the first error (RS502).
#include <hpdf.h>

#include <memory>
#include <string>

namespace raadsstuk::pdf::detail {

class HpdfDocument {
public:
    HpdfDocument();
    ~HpdfDocument();
    HpdfDocument(const HpdfDocument&) = delete;
    HpdfDocument& operator=(const HpdfDocument&) = delete;
    HpdfDocument(HpdfDocument&& other) noexcept;
    HpdfDocument& operator=(HpdfDocument&& other) noexcept;

    HPDF_Doc get() const { return doc_; }
    bool failed() const { return !doc_ || errors_->error != HPDF_OK; }
    // "fout 0x1017 (detail 2)" for the first error.
    std::string error_text() const;

private:
    struct Errors {
        HPDF_STATUS error = HPDF_OK;
        HPDF_STATUS detail = 0;
    };
    static void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* user_data);

    std::unique_ptr<Errors> errors_;  // on the heap: libharu keeps its address
    HPDF_Doc doc_ = nullptr;
};

}  // namespace raadsstuk::pdf::detail
