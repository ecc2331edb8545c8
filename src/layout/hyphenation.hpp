#pragma once
// Dutch hyphenation with libhyphen and Debian's hyphen-nl patterns. A dictionary is read once per process
// (Hyphenation::shared) and then used by every document; hyphenating does not change it.
//
// points(word) gives the byte offsets inside `word` (UTF-8, as it stands in the text, punctuation and
// capitals included) where a hyphen may go, with the limits the layout wants:
//   - only the letters of the word count: leading and trailing punctuation ("(samenwerking),") is skipped;
//   - a compound written with '/' or '-' is hyphenated part by part ("toegang/dienst-verlening");
//   - words with digits, '@', '.' or an apostrophe inside, parts in capitals (acronyms) and parts of fewer
//     than six letters are not hyphenated;
//   - at least two letters before a hyphen and three after it;
//   - only standard hyphenation: where Dutch changes the spelling at a break, no break is offered.
#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace raadsstuk::layout {

class Hyphenation {
public:
    // The dictionary in `file`, or nothing when it cannot be read.
    static std::optional<Hyphenation> load(const std::filesystem::path& file);
    // The Dutch dictionary, loaded on first use from `file` (Environment::hyphenation_dictionary); nullptr
    // when it cannot be read. Later calls with the same file get the same object.
    static const Hyphenation* shared(const std::filesystem::path& file);

    std::vector<std::size_t> points(std::string_view word) const;
    // The same points into `out` (replaced), which a caller reuses: no allocation once it has grown.
    void points_into(std::string_view word, std::vector<std::size_t>& out) const;

private:
    std::vector<std::size_t> uncached_points(std::string_view word) const;
    // The points of the letters chars[first, last) of a word whose characters start at `start` (bytes).
    std::vector<std::size_t> part_points(const std::vector<char32_t>& chars, std::size_t first, std::size_t last,
                                         const std::vector<std::size_t>& start) const;
    struct Dictionary;
    explicit Hyphenation(std::shared_ptr<Dictionary> dict) : dict_(std::move(dict)) {}
    std::shared_ptr<Dictionary> dict_;
};

}  // namespace raadsstuk::layout
