#include "load/json_positions.hpp"

#include <algorithm>

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

void append_utf8(std::string& out, long cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// The escape that starts with the backslash at text[i]: how many bytes it takes in the file, and what it
// stands for (appended to `decoded` when given). Zero when it is not a valid escape.
std::size_t escape(std::string_view text, std::size_t i, std::string* decoded) {
    if (i + 1 >= text.size()) return 0;
    const char c = text[i + 1];
    static constexpr std::string_view kFrom = "\"\\/bfnrt", kTo = "\"\\/\b\f\n\r\t";
    if (const auto k = kFrom.find(c); k != std::string_view::npos) {
        if (decoded) *decoded += kTo[k];
        return 2;
    }
    if (c != 'u') return 0;
    long cp = hex4(text, i + 2);
    if (cp < 0) return 0;
    std::size_t length = 6;
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 7 < text.size() && text[i + 6] == '\\' && text[i + 7] == 'u') {
        const long low = hex4(text, i + 8);
        if (low >= 0xDC00 && low <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            length = 12;
        }
    }
    if (decoded) append_utf8(*decoded, cp);
    return length;
}

// How many bytes the escape at text[i] stands for once decoded.
std::size_t decoded_length(std::string_view text, std::size_t i) {
    std::string out;
    escape(text, i, &out);
    return out.size();
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
        ++i_;
        while (i_ < text_.size() && text_[i_] != '"') {
            if (text_[i_] == '\\') {
                const std::size_t n = escape(text_, i_, out);
                if (n == 0) return false;
                i_ += n;
            } else {
                if (out) *out += text_[i_];
                ++i_;
            }
        }
        if (!at('"')) return false;
        ++i_;
        return true;
    }

    bool value(std::string& pointer, int depth) {
        if (depth > 512) return false;
        skip_space();
        if (i_ >= text_.size()) return false;
        starts_.emplace(pointer, i_);
        const std::size_t length = pointer.size();
        if (at('{')) {
            ++i_;
            skip_space();
            if (at('}')) return ++i_, true;
            for (;;) {
                skip_space();
                std::string key;
                if (!string(&key)) return false;
                skip_space();
                if (!at(':')) return false;
                ++i_;
                pointer += '/';
                pointer += diag::pointer_escape(key);
                if (!value(pointer, depth + 1)) return false;
                pointer.resize(length);
                skip_space();
                if (at(',')) { ++i_; continue; }
                if (at('}')) return ++i_, true;
                return false;
            }
        }
        if (at('[')) {
            ++i_;
            skip_space();
            if (at(']')) return ++i_, true;
            for (std::size_t index = 0;; ++index) {
                pointer += '/';
                pointer += std::to_string(index);
                if (!value(pointer, depth + 1)) return false;
                pointer.resize(length);
                skip_space();
                if (at(',')) { ++i_; continue; }
                if (at(']')) return ++i_, true;
                return false;
            }
        }
        if (at('"')) return string(nullptr);
        const std::size_t begin = i_;
        while (i_ < text_.size() && std::string_view(",]} \t\r\n").find(text_[i_]) == std::string_view::npos) ++i_;
        return i_ > begin;
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
            const std::size_t n = escape(text_, raw, nullptr);
            if (n == 0) break;
            const std::size_t d = decoded_length(text_, raw);
            if (decoded + d > offset) break;  // the offset falls inside what this escape stands for
            decoded += d;
            raw += n;
        } else {
            ++decoded;
            ++raw;
        }
    }
    return at(raw);
}

}  // namespace raadsstuk::load
