// RS221: attachments are numbered without gaps and in order. The engine numbers them by their place in
// "bijlagen", so a number typed into a title ("Bijlage 3: Kaart" as the second attachment) contradicts the
// printed one; in a raadsvoorstel the numbered list of the section "bijlagen" must count 1, 2, 3, ...
#include <algorithm>

#include "check/checks.hpp"

namespace raadsstuk::check {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The number a title starts with ("Bijlage 3: ...", "3. ...", "3 - ..."), or 0.
int title_number(const std::string& title) {
    std::size_t i = 0;
    const std::string_view lead = "bijlage ";
    if (title.size() > lead.size()) {
        bool match = true;
        for (std::size_t k = 0; k < lead.size(); ++k)
            match = match && (title[k] | 0x20) == lead[k];
        if (match) i = lead.size();
    }
    const std::size_t digits = i;
    int n = 0;
    while (i < title.size() && is_digit(title[i]) && n < 1000) n = n * 10 + (title[i++] - '0');
    if (i == digits) return 0;
    const bool labelled = digits > 0;  // "Bijlage 3" needs nothing after the number
    if (!labelled && !(i < title.size() && (title[i] == '.' || title[i] == ')' || title[i] == ':' || title[i] == ' ')))
        return 0;
    if (!labelled && i + 1 < title.size() && title[i] == '.' && is_digit(title[i + 1])) return 0;  // "1.5 miljoen"
    return n;
}

}  // namespace

void check_attachment_numbering(const Subject& s, const Context&, diag::Diagnostics& out) {
    const std::vector<std::string>* titles = s.brief() ? &s.brief()->attachments
                                             : s.voorstel() ? &s.voorstel()->attachments
                                                            : nullptr;
    if (!titles) return;
    for (std::size_t i = 0; i < titles->size(); ++i) {
        const int n = title_number((*titles)[i]);
        if (n == 0 || n == static_cast<int>(i) + 1) continue;
        out.push_back(diag::make("RS221", s.at("/bijlagen/" + std::to_string(i)),
                                 "bijlage " + std::to_string(i + 1) + " heeft nummer " + std::to_string(n) +
                                     " in de titel (\"" + (*titles)[i] + "\")",
                                 "bijlagen worden genummerd in de volgorde van \"bijlagen\"; laat het nummer uit de titel "
                                 "weg, of zet de bijlagen in de goede volgorde"));
    }
    if (!s.voorstel()) return;
    for (const ScannedText& t : s.texts()) {
        if (!t.pointer.starts_with("/secties/bijlagen/")) continue;
        // Lines of a numbered list: "1. ...", one per line of the block.
        int expected = 1;
        for (std::size_t line = 0; line < t.text.size();) {
            const std::size_t end = std::min(t.text.find('\n', line), t.text.size());
            std::size_t k = line;
            int n = 0;
            while (k < end && is_digit(t.text[k]) && n < 1000) n = n * 10 + (t.text[k++] - '0');
            if (k > line && k + 1 < end && t.text[k] == '.' && t.text[k + 1] == ' ') {
                if (n != expected) {
                    out.push_back(diag::make("RS221", s.in_text(t, line),
                                             "de opsomming van bijlagen springt van " + std::to_string(expected - 1) +
                                                 " naar " + std::to_string(n),
                                             "nummer de bijlagen 1, 2, 3, ... zonder gaten"));
                    break;
                }
                ++expected;
            }
            line = end + 1;
        }
    }
}

}  // namespace raadsstuk::check
