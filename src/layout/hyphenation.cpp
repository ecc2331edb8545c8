#include "layout/hyphenation.hpp"

#include <hyphen.h>

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <map>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "layout/utf8.hpp"

namespace raadsstuk::layout {
namespace {

constexpr std::size_t kMinLetters = 6;
constexpr std::size_t kMinBefore = 2;
constexpr std::size_t kMinAfter = 3;

bool is_letter(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}
bool is_upper(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7); }
char32_t to_lower(char32_t c) { return is_upper(c) ? c + 32 : c; }  // A-Z and À-Þ: the same UTF-8 length

}  // namespace

// The same words come back in every letter of a batch ("gemeenteraad", "samenwerkingsovereenkomst"), and a
// word's points depend on nothing else: they are kept, up to kCachedWords words, for the whole process.
constexpr std::size_t kCachedWords = 100000;

namespace {

// Looks words up by string_view, without making a std::string of each.
struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view word) const { return std::hash<std::string_view>{}(word); }
};

}  // namespace

struct Hyphenation::Dictionary {
    HyphenDict* dict = nullptr;
    std::uint64_t id = 0;  // unique in the process (an address could be reused by a later dictionary)
    mutable std::shared_mutex cache_mutex;
    mutable std::unordered_map<std::string, std::vector<std::size_t>, WordHash, std::equal_to<>> cache;
    ~Dictionary() {
        if (dict) hnj_hyphen_free(dict);
    }
};

std::optional<Hyphenation> Hyphenation::load(const std::filesystem::path& file) {
    HyphenDict* dict = hnj_hyphen_load(file.string().c_str());
    if (!dict) return std::nullopt;
    static std::atomic<std::uint64_t> loaded{0};
    auto d = std::make_shared<Dictionary>();
    d->dict = dict;
    d->id = ++loaded;
    return Hyphenation(std::move(d));
}

const Hyphenation* Hyphenation::shared(const std::filesystem::path& file) {
    static std::mutex mutex;
    static std::map<std::filesystem::path, std::optional<Hyphenation>> loaded;
    const std::lock_guard<std::mutex> lock(mutex);
    auto it = loaded.find(file);
    if (it == loaded.end()) it = loaded.emplace(file, load(file)).first;
    return it->second ? &*it->second : nullptr;
}

namespace {

// In front of the shared cache, per thread and without its lock: the words seen last, one per slot of a
// table indexed by the word's hash (a word found here has the points the shared cache holds for it).
struct RecentWords {
    static constexpr std::size_t kSlots = 4096;
    struct Slot {
        std::uint64_t dictionary = 0;  // Dictionary::id
        std::string word;
        std::vector<std::size_t> points;
    };
    std::vector<Slot> slots = std::vector<Slot>(kSlots);
};

}  // namespace

std::vector<std::size_t> Hyphenation::points(std::string_view word) const {
    std::vector<std::size_t> out;
    points_into(word, out);
    return out;
}

void Hyphenation::points_into(std::string_view word, std::vector<std::size_t>& out) const {
    out.clear();
    // A word of fewer bytes than kMinLetters has fewer letters, so no part long enough: most words of a text.
    if (word.size() < kMinLetters) return;
    thread_local RecentWords recent;
    RecentWords::Slot& slot = recent.slots[WordHash{}(word) % RecentWords::kSlots];
    if (slot.dictionary == dict_->id && slot.word == word) {
        out.assign(slot.points.begin(), slot.points.end());
        return;
    }
    bool found = false;
    {
        const std::shared_lock lock(dict_->cache_mutex);
        if (auto it = dict_->cache.find(word); it != dict_->cache.end()) {
            out.assign(it->second.begin(), it->second.end());
            found = true;
        }
    }
    if (!found) {
        out = uncached_points(word);
        const std::unique_lock lock(dict_->cache_mutex);
        if (dict_->cache.size() < kCachedWords) dict_->cache.emplace(std::string(word), out);
    }
    slot.dictionary = dict_->id;
    slot.word.assign(word);
    slot.points.assign(out.begin(), out.end());
}

std::vector<std::size_t> Hyphenation::uncached_points(std::string_view word) const {
    std::vector<char32_t> chars;
    std::vector<std::size_t> start;  // byte offset of each character in `word`
    for (std::size_t byte = 0; byte < word.size();) {
        const DecodedChar d = decode_utf8_at(word, byte);
        chars.push_back(d.code_point);
        start.push_back(byte);
        byte += d.length;
    }
    // The letters: from the first letter to the last; what is around them is punctuation.
    std::size_t first = 0, last = chars.size();
    while (first < last && !is_letter(chars[first])) ++first;
    while (last > first && !is_letter(chars[last - 1])) --last;
    // A compound written with '/' or '-' ("toegang/dienstverlening", "Leidschendam-Voorburg") is hyphenated
    // part by part; anything else inside (digits, '@', '.', apostrophes) leaves the word alone.
    for (std::size_t i = first; i < last; ++i)
        if (!is_letter(chars[i]) && chars[i] != '/' && chars[i] != '-') return {};
    std::vector<std::size_t> out;
    for (std::size_t part = first; part < last;) {
        std::size_t end = part;
        while (end < last && is_letter(chars[end])) ++end;
        for (std::size_t offset : part_points(chars, part, end, start)) out.push_back(offset);
        part = end;
        while (part < last && !is_letter(chars[part])) ++part;
    }
    return out;
}

std::vector<std::size_t> Hyphenation::part_points(const std::vector<char32_t>& chars, std::size_t first,
                                                  std::size_t last, const std::vector<std::size_t>& start) const {
    if (last - first < kMinLetters) return {};
    bool lower_seen = false;
    for (std::size_t i = first; i < last; ++i) lower_seen = lower_seen || !is_upper(chars[i]);
    if (!lower_seen) return {};  // an acronym

    // The part in lower case, and where each of its characters ends in it.
    std::string core;
    std::vector<std::size_t> char_end_in_core;
    for (std::size_t i = first; i < last; ++i) {
        append_utf8(core, to_lower(chars[i]));
        char_end_in_core.push_back(core.size());
    }

    std::vector<char> hyphens(core.size() + 5, '0');
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    const int failed = hnj_hyphen_hyphenate2(dict_->dict, core.c_str(), static_cast<int>(core.size()), hyphens.data(),
                                             nullptr, &rep, &pos, &cut);
    std::vector<std::size_t> out;
    const std::size_t n = last - first;
    for (std::size_t k = 0; !failed && k + 1 < n; ++k) {
        // hyphens[b] odd: a break after byte b of the core, i.e. after the character that ends there.
        const std::size_t b = char_end_in_core[k] - 1;
        if ((hyphens[b] - '0') % 2 == 0) continue;
        if (rep && rep[b]) continue;  // non-standard hyphenation changes the spelling: not offered
        const std::size_t before = k + 1, after = n - before;
        if (before < kMinBefore || after < kMinAfter) continue;
        out.push_back(start[first + k + 1]);
    }
    if (rep) {
        for (std::size_t i = 0; i < core.size(); ++i) std::free(rep[i]);
        std::free(rep);
    }
    std::free(pos);
    std::free(cut);
    return out;
}

}  // namespace raadsstuk::layout
