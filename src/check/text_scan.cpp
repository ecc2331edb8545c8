#include "check/text_scan.hpp"

#include <algorithm>
#include <array>

#include "model/raadsvoorstel.hpp"

namespace raadsstuk::check {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                                      "juli",    "augustus", "september", "oktober", "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays = {"maandag", "dinsdag",  "woensdag", "donderdag",
                                                       "vrijdag", "zaterdag", "zondag"};
// Words before a period that do not end a sentence (lower case, inner periods kept).
constexpr std::array<std::string_view, 26> kAbbreviations = {
    "drs", "mr",  "ir",   "dr",    "ing", "prof",  "dhr", "mevr",  "nr",  "no",  "o.a", "bijv", "ca",
    "e.d", "etc", "i.v.m", "m.b.t", "t.a.v", "z.s.m", "blz", "art", "resp", "incl", "excl", "d.d", "vgl"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// Letters for word boundaries: ASCII letters and every byte of a multi-byte UTF-8 character (ë, é, ...).
bool is_word_byte(char c) { return is_ascii_letter(c) || static_cast<unsigned char>(c) >= 0x80; }
bool is_alnum(char c) { return is_digit(c) || is_word_byte(c); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equals_lower(std::string_view a, std::string_view lower_b) {
    return a.size() == lower_b.size() &&
           std::equal(a.begin(), a.end(), lower_b.begin(), [](char x, char y) { return lower(x) == y; });
}

int to_int(std::string_view digits) {
    int v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    return v;
}

// ---- Tokens: words, numbers and single punctuation characters; white space separates them. -----------

struct Token {
    enum class Kind { word, number, punct } kind;
    std::size_t begin, end;
};

std::vector<Token> tokenize(std::string_view t) {
    std::vector<Token> out;
    for (std::size_t i = 0; i < t.size();) {
        const char c = t[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            ++i;
        } else if (is_digit(c)) {
            std::size_t j = i;
            while (j < t.size() && is_digit(t[j])) ++j;
            out.push_back({Token::Kind::number, i, j});
            i = j;
        } else if (is_word_byte(c)) {
            std::size_t j = i;
            while (j < t.size() && is_word_byte(t[j])) ++j;
            out.push_back({Token::Kind::word, i, j});
            i = j;
        } else {
            out.push_back({Token::Kind::punct, i, i + 1});
            ++i;
        }
    }
    return out;
}

class Tokens {
public:
    Tokens(std::string_view text) : text_(text), tokens_(tokenize(text)) {}
    std::size_t size() const { return tokens_.size(); }
    const Token& operator[](std::size_t i) const { return tokens_[i]; }
    std::string_view str(std::size_t i) const { return text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin); }
    bool word(std::size_t i, std::string_view lower_word) const {
        return i < size() && tokens_[i].kind == Token::Kind::word && equals_lower(str(i), lower_word);
    }
    bool punct(std::size_t i, char c) const {
        return i < size() && tokens_[i].kind == Token::Kind::punct && text_[tokens_[i].begin] == c;
    }
    bool number(std::size_t i, std::size_t max_digits) const {
        return i < size() && tokens_[i].kind == Token::Kind::number && str(i).size() <= max_digits;
    }
    // Index of the month or weekday named by token i, or -1.
    template <std::size_t N>
    int name(std::size_t i, const std::array<std::string_view, N>& names) const {
        if (i >= size() || tokens_[i].kind != Token::Kind::word) return -1;
        for (std::size_t k = 0; k < N; ++k)
            if (equals_lower(str(i), names[k])) return static_cast<int>(k);
        return -1;
    }

private:
    std::string_view text_;
    std::vector<Token> tokens_;
};

// "jl.", "j.l.", "jongstleden", "a.s.", "aanstaande" at token j: the marker and the tokens it takes.
std::pair<Relative, std::size_t> relative_marker(const Tokens& t, std::size_t j) {
    if (t.word(j, "jl") && t.punct(j + 1, '.')) return {Relative::past, 2};
    if (t.word(j, "j") && t.punct(j + 1, '.') && t.word(j + 2, "l") && t.punct(j + 3, '.')) return {Relative::past, 4};
    if (t.word(j, "jongstleden")) return {Relative::past, 1};
    if (t.word(j, "a") && t.punct(j + 1, '.') && t.word(j + 2, "s")) return {Relative::coming, t.punct(j + 3, '.') ? 4u : 3u};
    if (t.word(j, "aanstaande")) return {Relative::coming, 1};
    return {Relative::none, 0};
}

// A date mention starting at token i, and the index after it.
std::optional<std::pair<DateMention, std::size_t>> date_at(const Tokens& t, std::size_t i) {
    DateMention m;
    std::size_t j = i;
    if (const int wd = t.name(j, kWeekdays); wd >= 0) {
        m.weekday = wd;
        ++j;
        if (t.punct(j, ',')) ++j;
    } else if (t.word(j, "begin")) {
        m.part = MonthPart::begin, ++j;
    } else if (t.word(j, "medio") || t.word(j, "half") || t.word(j, "midden")) {
        m.part = MonthPart::middle, ++j;
    } else if (t.word(j, "eind") || t.word(j, "einde")) {
        m.part = MonthPart::end, ++j;
    }
    if (t.number(j, 2)) {
        const int day = to_int(t.str(j));
        if (day < 1 || day > 31 || m.part != MonthPart::whole) return std::nullopt;
        m.day = day;
        ++j;
    } else if (m.weekday) {
        return std::nullopt;  // "donderdag" alone
    }
    const int month = t.name(j, kMonths);
    if (month < 0) return std::nullopt;
    m.month = month + 1;
    ++j;
    if (t.number(j, 4) && t.str(j).size() == 4) {
        m.year = to_int(t.str(j));
        ++j;
    }
    const auto [relative, taken] = relative_marker(t, j);
    m.relative = relative;
    j += taken;
    // A month alone is a date only with a year, a marker or a word such as "medio" before it.
    if (m.day == 0 && !m.year && m.relative == Relative::none && m.part == MonthPart::whole) return std::nullopt;
    m.span = {t[i].begin, t[j - 1].end};
    return std::make_pair(m, j);
}

// Whether a word of `size` bytes starting with `first` (lower case) can be a month's name: most words are
// passed over by this alone, before they are compared with the twelve names.
constexpr bool may_be_month(std::size_t size, char first) {
    if (size < 3 || size > 9) return false;
    switch (first) {
        case 'j': case 'f': case 'm': case 'a': case 's': case 'o': case 'n': case 'd': return true;
        default: return false;
    }
}
constexpr bool admits_every_month() {
    for (std::string_view m : kMonths)
        if (!may_be_month(m.size(), m.front())) return false;
    return true;
}
static_assert(admits_every_month(), "may_be_month must let every month's name through");

bool may_be_month(const Tokens& t, std::size_t i) {
    return t[i].kind == Token::Kind::word && may_be_month(t[i].end - t[i].begin, lower(t.str(i).front()));
}

std::vector<DateMention> find_dates(const Tokens& t) {
    std::vector<DateMention> out;
    // Every date names its month, at most three tokens after its start ("maandag , 8 maart"): the months
    // are found once, and a date is looked for only where one follows.
    std::vector<std::size_t> months;
    for (std::size_t i = 0; i < t.size(); ++i)
        if (may_be_month(t, i) && t.name(i, kMonths) >= 0) months.push_back(i);
    auto next_month = months.begin();
    for (std::size_t i = 0; i < t.size();) {
        while (next_month != months.end() && *next_month < i) ++next_month;
        if (next_month == months.end()) break;
        if (*next_month > i + 3) {
            i = *next_month - 3;
            continue;
        }
        if (auto found = date_at(t, i)) {
            out.push_back(found->first);
            i = found->second;
        } else {
            ++i;
        }
    }
    return out;
}

// "bijlage 2", "bijlagen 1, 2 en 4", "bijlagen 1 t/m 3", "bijlagen 1 tot en met 3".
std::vector<AttachmentMention> find_attachments(const Tokens& t) {
    std::vector<AttachmentMention> out;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!t.word(i, "bijlage") && !t.word(i, "bijlagen")) continue;
        std::size_t j = i + 1;
        int previous = 0;
        bool range = false;
        while (t.number(j, 3)) {
            const int n = to_int(t.str(j));
            if (range && n > previous) {
                for (int k = previous + 1; k <= n && k <= previous + 100; ++k)
                    out.push_back({{t[i].begin, t[j].end}, k});
            } else {
                out.push_back({{t[i].begin, t[j].end}, n});
            }
            previous = n;
            ++j;
            range = false;
            if (t.punct(j, ',') || t.word(j, "en")) {
                ++j;
            } else if (t.word(j, "t") && t.punct(j + 1, '/') && t.word(j + 2, "m")) {
                j += 3;
                range = true;
            } else if (t.word(j, "tot") && t.word(j + 1, "en") && t.word(j + 2, "met")) {
                j += 3;
                range = true;
            } else {
                break;
            }
        }
        if (j > i + 1) i = j - 1;
    }
    return out;
}

// ---- Character scanners ------------------------------------------------------------------------------

bool boundary_before(std::string_view t, std::size_t pos) { return pos == 0 || !is_alnum(t[pos - 1]); }
bool boundary_after(std::string_view t, std::size_t pos) { return pos >= t.size() || !is_alnum(t[pos]); }

std::vector<NumberMention> find_numbers(std::string_view t, std::span<const model::ZaaknummerPattern> patterns) {
    std::vector<NumberMention> out;
    // Zaaknummers: the longest match of any pattern at each place, left to right, not overlapping. A
    // match starts with its pattern's lead; only a pattern without one can start anywhere.
    std::array<bool, 256> can_start{};
    bool starts_anywhere = false;
    for (const auto& p : patterns) {
        if (p.lead().empty()) starts_anywhere = true;
        else can_start[static_cast<unsigned char>(p.lead().front())] = true;
    }
    for (std::size_t pos = 0; pos < t.size();) {
        if (!starts_anywhere && !can_start[static_cast<unsigned char>(t[pos])]) {
            ++pos;
            continue;
        }
        std::optional<std::pair<std::size_t, model::Zaaknummer>> best;
        if (boundary_before(t, pos)) {
            for (const auto& p : patterns) {
                if (!t.substr(pos).starts_with(p.lead())) continue;
                auto m = p.match_at(t, pos);
                if (m && boundary_after(t, pos + m->first) && (!best || m->first > best->first)) best = std::move(m);
            }
        }
        if (!best) {
            ++pos;
            continue;
        }
        NumberMention n;
        n.span = {pos, pos + best->first};
        n.written = std::string(t.substr(pos, best->first));
        n.documentnummer = best->second.documentnummer;
        n.zaak = std::move(best->second);
        out.push_back(std::move(n));
        pos += best->first;
    }
    // Documentnummers named as such.
    static constexpr std::array<std::string_view, 5> kCues = {"documentnummer", "documentnr.", "docnr.", "doc.nr.",
                                                               "doc. nr."};
    // Every cue starts with "d" or "D": from one to the next, the next of each kept.
    std::size_t next_lower = t.find('d'), next_upper = t.find('D');
    while (std::min(next_lower, next_upper) != std::string_view::npos) {
        const std::size_t pos = std::min(next_lower, next_upper);
        if (pos == next_lower) next_lower = t.find('d', pos + 1);
        else next_upper = t.find('D', pos + 1);
        if (!boundary_before(t, pos) || !equals_lower(t.substr(pos + 1, 2), "oc")) continue;  // each is "doc..."
        for (std::string_view cue : kCues) {
            if (pos + cue.size() > t.size() || !equals_lower(t.substr(pos, cue.size()), cue)) continue;
            std::size_t j = pos + cue.size();
            if (cue.back() != '.' && !boundary_after(t, j)) continue;
            while (j < t.size() && (t[j] == ' ' || t[j] == ':')) ++j;
            std::size_t k = j;
            while (k < t.size() && is_digit(t[k])) ++k;
            if (k == j || !boundary_after(t, k)) continue;
            NumberMention n;
            n.span = {j, k};
            n.written = std::string(t.substr(j, k - j));
            n.documentnummer = n.written;
            out.push_back(std::move(n));
            break;
        }
    }
    std::sort(out.begin(), out.end(), [](const NumberMention& a, const NumberMention& b) { return a.span.begin < b.span.begin; });
    return out;
}

// Spaces between "€" and the number: normal, no-break (U+00A0) and narrow no-break (U+202F).
std::size_t skip_spaces(std::string_view t, std::size_t i) {
    for (;;) {
        if (i < t.size() && t[i] == ' ') ++i;
        else if (t.substr(i).starts_with("\xC2\xA0")) i += 2;
        else if (t.substr(i).starts_with("\xE2\x80\xAF")) i += 3;
        else return i;
    }
}

// A Dutch amount at t[i]: "64.000", "1.234,56", "64.000,-", "0,5" followed by "miljoen". Its value in cents
// and the end; nothing when no digits start at i.
std::optional<std::pair<long long, std::size_t>> amount_at(std::string_view t, std::size_t i) {
    if (i >= t.size() || !is_digit(t[i])) return std::nullopt;
    long long whole = 0;
    std::size_t j = i;
    while (j < t.size() && is_digit(t[j]) && whole < 1'000'000'000'000LL) whole = whole * 10 + (t[j++] - '0');
    // '.' groups thousands only when three digits follow it.
    while (j + 3 < t.size() && t[j] == '.' && is_digit(t[j + 1]) && is_digit(t[j + 2]) && is_digit(t[j + 3]) &&
           (j + 4 >= t.size() || !is_digit(t[j + 4])) && whole < 1'000'000'000'000LL) {
        whole = whole * 1000 + to_int(t.substr(j + 1, 3));
        j += 4;
    }
    std::string_view fraction;
    if (j + 1 < t.size() && t[j] == ',' && t[j + 1] == '-') {
        j += 2;
    } else if (j + 1 < t.size() && t[j] == ',' && is_digit(t[j + 1])) {
        std::size_t k = j + 1;
        while (k < t.size() && is_digit(t[k]) && k - j <= 6) ++k;
        fraction = t.substr(j + 1, k - j - 1);
        j = k;
    }
    long long multiplier = 1;
    const std::size_t w = skip_spaces(t, j);
    static constexpr std::array<std::pair<std::string_view, long long>, 6> kWords = {
        {{"miljard", 1'000'000'000LL}, {"mld", 1'000'000'000LL}, {"miljoen", 1'000'000LL}, {"mln", 1'000'000LL},
         {"duizend", 1'000LL}, {"dzd", 1'000LL}}};
    for (const auto& [word, factor] : kWords) {
        if (w + word.size() <= t.size() && equals_lower(t.substr(w, word.size()), word) &&
            boundary_after(t, w + word.size())) {
            multiplier = factor;
            j = w + word.size();
            if (j < t.size() && t[j] == '.' && (word == "mln" || word == "mld" || word == "dzd")) ++j;
            break;
        }
    }
    // Beyond a thousand billion euros it is not an amount a council document writes; never overflow.
    if (whole > 1'000'000'000'000LL / multiplier) return std::nullopt;
    long long cents = whole * 100 * multiplier;
    if (!fraction.empty()) {
        long long denominator = 1;
        for (std::size_t k = 0; k < fraction.size(); ++k) denominator *= 10;
        const long long numerator = to_int(fraction) * 100LL * multiplier;
        cents += (numerator + denominator / 2) / denominator;
    }
    return std::make_pair(cents, j);
}

std::vector<AmountMention> find_amounts(std::string_view t) {
    std::vector<AmountMention> out;
    static constexpr std::string_view kEuro = "\xE2\x82\xAC";
    static constexpr std::string_view kPlaceholder = model::kAmountMarkerPrefix;
    // An amount or placeholder starts with a digit, "€", "EUR" or the placeholder's first byte.
    static constexpr auto kStarts = [] {
        std::array<bool, 256> starts{};
        for (char c = '0'; c <= '9'; ++c) starts[static_cast<unsigned char>(c)] = true;
        for (char c : {kEuro.front(), 'E', kPlaceholder.front()}) starts[static_cast<unsigned char>(c)] = true;
        return starts;
    }();
    for (std::size_t i = 0; i < t.size();) {
        if (!kStarts[static_cast<unsigned char>(t[i])]) {
            ++i;
            continue;
        }
        if (t.substr(i).starts_with(kPlaceholder)) {
            const std::size_t close = t.find("]]", i);
            if (close != std::string_view::npos) {
                AmountMention a;
                a.span = {i, close + 2};
                a.placeholder = std::string(t.substr(i + kPlaceholder.size(), close - i - kPlaceholder.size()));
                out.push_back(std::move(a));
                i = close + 2;
                continue;
            }
        }
        std::size_t number_at = std::string_view::npos;
        if (t.substr(i).starts_with(kEuro)) number_at = skip_spaces(t, i + kEuro.size());
        else if (boundary_before(t, i) && t.substr(i).starts_with("EUR") && boundary_after(t, i + 3))
            number_at = skip_spaces(t, i + 3);
        if (number_at != std::string_view::npos) {
            if (auto a = amount_at(t, number_at)) {
                out.push_back({{i, a->second}, a->first, {}});
                i = a->second;
                continue;
            }
        }
        // "64.000 euro"
        if (is_digit(t[i]) && boundary_before(t, i) && (i == 0 || (t[i - 1] != '.' && t[i - 1] != ','))) {
            if (auto a = amount_at(t, i)) {
                const std::size_t w = skip_spaces(t, a->second);
                if (w > a->second && w + 4 <= t.size() && equals_lower(t.substr(w, 4), "euro") && boundary_after(t, w + 4)) {
                    out.push_back({{i, w + 4}, a->first, {}});
                    i = w + 4;
                    continue;
                }
                i = a->second;
                continue;
            }
        }
        ++i;
    }
    return out;
}

// The word that ends just before the period at t[dot], lower case ("jl", "o.a", "A" -> "a").
std::string word_before(std::string_view t, std::size_t dot) {
    std::size_t b = dot;
    while (b > 0 && (is_alnum(t[b - 1]) || t[b - 1] == '.')) --b;
    std::string w;
    for (std::size_t k = b; k < dot; ++k) w += lower(t[k]);
    return w;
}

// A capital (ASCII, or À..Þ such as "É") or an opening quote. Not "(": "8 maart jl. (Z-21-52738)" is one
// sentence.
bool starts_sentence(std::string_view t, std::size_t i) {
    if (i >= t.size()) return false;
    const auto b = [&](std::size_t k) { return k < t.size() ? static_cast<unsigned char>(t[k]) : 0u; };
    return (t[i] >= 'A' && t[i] <= 'Z') || t[i] == '"' || (b(i) == 0xC3 && b(i + 1) >= 0x80 && b(i + 1) <= 0x9E) ||
           t.substr(i).starts_with("\xE2\x80\x9C") || t.substr(i).starts_with("\xE2\x80\x98");
}

std::vector<Span> find_sentences(std::string_view t) {
    std::vector<Span> out;
    std::size_t begin = 0;
    // A sentence ends only at a line end or a period, "!" or "?".
    static constexpr auto kEnds = [] {
        std::array<bool, 256> ends{};
        for (char c : {'\n', '.', '!', '?'}) ends[static_cast<unsigned char>(c)] = true;
        return ends;
    }();
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!kEnds[static_cast<unsigned char>(t[i])]) continue;
        bool end = false;
        std::size_t next = i + 1;
        if (t[i] == '\n') {
            end = true;
        } else if (t[i] == '.' || t[i] == '!' || t[i] == '?') {
            std::size_t k = i + 1;
            while (k < t.size() && t[k] == ' ') ++k;
            if (k > i + 1 && starts_sentence(t, k)) {
                const std::string w = t[i] == '.' ? word_before(t, i) : std::string();
                const bool abbreviation =
                    std::find(kAbbreviations.begin(), kAbbreviations.end(), w) != kAbbreviations.end() ||
                    (w.size() == 1 && is_ascii_letter(w[0]));
                if (!abbreviation) {
                    end = true;
                    next = k;
                }
            }
        }
        if (end) {
            out.push_back({begin, i + 1});
            begin = next;
            i = next - 1;
        }
    }
    if (begin < t.size()) out.push_back({begin, t.size()});
    return out;
}

}  // namespace

Span ScannedText::sentence_of(std::size_t offset) const {
    for (const Span& s : sentences)
        if (offset >= s.begin && offset < s.end) return s;
    return {0, text.size()};
}

ScannedText scan_text(std::string pointer, std::string_view text, std::span<const model::ZaaknummerPattern> patterns) {
    ScannedText s;
    s.pointer = std::move(pointer);
    s.text = text;
    const Tokens tokens(text);
    s.dates = find_dates(tokens);
    s.attachments = find_attachments(tokens);
    s.numbers = find_numbers(text, patterns);
    s.amounts = find_amounts(text);
    s.sentences = find_sentences(text);
    return s;
}

}  // namespace raadsstuk::check
