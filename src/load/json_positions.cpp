#include "load/json_positions.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "diag/diagnostic.hpp"

namespace raadsstuk::load {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The four hex digits at text[i..i+4), or -1.
long hex4(std::string_view text, std::size_t i) {
    if (i + 4 > text.size()) return -1;
    long v = 0;
    for (std::size_t k = i; k < i + 4; ++k) {
        const int h = hex_value(text[k]);
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

// The escape that starts with the backslash at text[i]: how many bytes it takes in the file and how many
// bytes of UTF-8 it stands for; {0, 0} when it is not a valid escape.
struct Escape {
    std::size_t written = 0;
    std::size_t decoded = 0;
};

Escape escape(std::string_view text, std::size_t i) {
    if (i + 1 >= text.size()) return {};
    const char c = text[i + 1];
    if (std::string_view("\"\\/bfnrt").find(c) != std::string_view::npos) return {2, 1};
    if (c != 'u') return {};
    const long cp = hex4(text, i + 2);
    if (cp < 0) return {};
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 7 < text.size() && text[i + 6] == '\\' && text[i + 7] == 'u') {
        const long low = hex4(text, i + 8);
        if (low >= 0xDC00 && low <= 0xDFFF) return {12, 4};  // a surrogate pair: one character of 4 bytes
    }
    return {6, cp < 0x80 ? 1u : cp < 0x800 ? 2u : 3u};
}

class Indexer {
public:
    Indexer(std::string_view text, std::unordered_map<std::string, std::size_t>& starts)
        : text_(text), starts_(starts) {}

    void run() {
        std::string pointer;
        value(pointer, 0);
    }

private:
    void skip_space() {
        while (i_ < text_.size() && (text_[i_] == ' ' || text_[i_] == '\t' || text_[i_] == '\n' || text_[i_] == '\r'))
            ++i_;
    }
    bool at(char c) const { return i_ < text_.size() && text_[i_] == c; }

    // Reads the string at i_ (decoded into `out` when given); false when it is not a complete string.
    bool string(std::string* out) {
        if (!at('"')) return false;
        const std::size_t begin = i_++;
        bool escaped = false;
        while (i_ < text_.size() && text_[i_] != '"') {
            if (text_[i_] == '\\') {
                const std::size_t n = escape(text_, i_).written;
                if (n == 0) return false;
                i_ += n;
                escaped = true;
            } else {
                ++i_;
            }
        }
        if (!at('"')) return false;
        ++i_;
        if (!out) return true;
        const std::string_view raw = text_.substr(begin, i_ - begin);
        if (!escaped) {
            *out = std::string(raw.substr(1, raw.size() - 2));
            return true;
        }
        // Keys with escapes are rare; the JSON library decodes them as the loader saw them.
        const auto decoded = nlohmann::json::parse(raw, nullptr, /*allow_exceptions=*/false);
        if (!decoded.is_string()) return false;
        *out = decoded.get<std::string>();
        return true;
    }

    bool value(std::string& pointer, int depth) {
        if (depth > 512) return false;
        skip_space();
        if (i_ >= text_.size()) return false;
        starts_.emplace(pointer, i_);
        if (at('{')) return container(pointer, depth, '}');
        if (at('[')) return container(pointer, depth, ']');
        if (at('"')) return string(nullptr);
        const std::size_t begin = i_;
        while (i_ < text_.size() && std::string_view(",]} \t\r\n").find(text_[i_]) == std::string_view::npos) ++i_;
        return i_ > begin;
    }

    // The members of an object or the elements of an array, from its opening bracket at i_ to `close`.
    bool container(std::string& pointer, int depth, char close) {
        ++i_;
        skip_space();
        if (at(close)) return ++i_, true;
        const std::size_t length = pointer.size();
        for (std::size_t index = 0;; ++index) {
            skip_space();
            pointer += '/';
            if (close == '}') {
                std::string key;
                if (!string(&key)) return false;
                skip_space();
                if (!at(':')) return false;
                ++i_;
                pointer += diag::pointer_escape(key);
            } else {
                pointer += std::to_string(index);
            }
            if (!value(pointer, depth + 1)) return false;
            pointer.resize(length);
            skip_space();
            if (at(',')) {
                ++i_;
            } else {
                if (!at(close)) return false;
                ++i_;
                return true;
            }
        }
    }

    std::string_view text_;
    std::unordered_map<std::string, std::size_t>& starts_;
    std::size_t i_ = 0;
};

}  // namespace

JsonPositions::JsonPositions(std::string_view json_text) : text_(json_text) {
    if (text_.starts_with(kBom)) text_.remove_prefix(kBom.size());
}

void JsonPositions::index() const {
    if (indexed_) return;
    indexed_ = true;
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i)
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
    Indexer(text_, starts_).run();
}

TextPosition JsonPositions::at(std::size_t byte) const {
    index();
    byte = std::min(byte, text_.size());
    const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte);
    const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());  // >= 1
    TextPosition p;
    p.line = static_cast<int>(line);
    for (std::size_t i = line_starts_[line - 1]; i < byte; ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++p.column;
    return p;
}

TextPosition JsonPositions::value(std::string_view pointer) const {
    index();
    std::string p(pointer);
    for (;;) {
        if (const auto it = starts_.find(p); it != starts_.end()) return at(it->second);
        const std::size_t slash = p.rfind('/');
        if (slash == std::string::npos) return TextPosition{};
        p.resize(slash);
    }
}

std::optional<TextPosition> JsonPositions::in_string(std::string_view pointer, std::size_t offset) const {
    index();
    const auto it = starts_.find(std::string(pointer));
    if (it == starts_.end() || text_[it->second] != '"') return std::nullopt;
    std::size_t raw = it->second + 1, decoded = 0;
    while (raw < text_.size() && text_[raw] != '"' && decoded < offset) {
        if (text_[raw] == '\\') {
            const Escape e = escape(text_, raw);
            if (e.written == 0 || decoded + e.decoded > offset) break;  // offset inside what it stands for
            decoded += e.decoded;
            raw += e.written;
        } else {
            ++decoded;
            ++raw;
        }
    }
    return at(raw);
}

}  // namespace raadsstuk::load
