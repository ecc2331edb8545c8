#include "model/zaaknummer.hpp"

#include <functional>

namespace raadsstuk::model {
namespace {

using Node = ZaaknummerPattern::Node;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

struct Captures {
    std::string_view year;
    std::string_view zaak;
    std::string_view document;
};

// Calls done(end, captures) for every way in which seq[i..] matches s from pos, until done returns true.
using Done = std::function<bool(std::size_t, const Captures&)>;

bool match_seq(const std::vector<Node>& seq, std::size_t i, std::string_view s, std::size_t pos, const Captures& c,
               const Done& done) {
    if (i == seq.size()) return done(pos, c);
    const Node& n = seq[i];
    switch (n.kind) {
        case Node::Kind::literal:
            if (s.substr(pos).starts_with(n.literal)) return match_seq(seq, i + 1, s, pos + n.literal.size(), c, done);
            return false;
        case Node::Kind::year2:
        case Node::Kind::year4: {
            const std::size_t width = n.kind == Node::Kind::year2 ? 2 : 4;
            if (pos + width > s.size()) return false;
            for (std::size_t k = pos; k < pos + width; ++k)
                if (!is_digit(s[k])) return false;
            Captures next = c;
            next.year = s.substr(pos, width);
            return match_seq(seq, i + 1, s, pos + width, next, done);
        }
        case Node::Kind::zaak:
        case Node::Kind::document: {
            std::size_t run = 0;
            while (pos + run < s.size() && is_digit(s[pos + run])) ++run;
            for (std::size_t len = run; len >= 1; --len) {  // longest first
                Captures next = c;
                (n.kind == Node::Kind::zaak ? next.zaak : next.document) = s.substr(pos, len);
                if (match_seq(seq, i + 1, s, pos + len, next, done)) return true;
            }
            return false;
        }
        case Node::Kind::optional: {
            const Done rest = [&](std::size_t end, const Captures& inner) {
                return match_seq(seq, i + 1, s, end, inner, done);
            };
            if (match_seq(n.children, 0, s, pos, c, rest)) return true;
            return match_seq(seq, i + 1, s, pos, c, done);
        }
    }
    return false;
}

Zaaknummer parts(const Captures& c) {
    Zaaknummer z;
    if (!c.year.empty()) {
        int v = 0;
        for (char ch : c.year) v = v * 10 + (ch - '0');
        if (c.year.size() == 2) v += v < 70 ? 2000 : 1900;
        z.year = v;
    }
    const std::size_t first = c.zaak.find_first_not_of('0');
    z.number = first == std::string_view::npos ? "0" : std::string(c.zaak.substr(first));
    z.documentnummer = std::string(c.document);
    return z;
}

struct Counts {
    int year = 0, zaak = 0, document = 0;
};

void count(const std::vector<Node>& seq, Counts& k) {
    for (const Node& n : seq) {
        if (n.kind == Node::Kind::year2 || n.kind == Node::Kind::year4) ++k.year;
        if (n.kind == Node::Kind::zaak) ++k.zaak;
        if (n.kind == Node::Kind::document) ++k.document;
        if (n.kind == Node::Kind::optional) count(n.children, k);
    }
}

}  // namespace

std::optional<ZaaknummerPattern> ZaaknummerPattern::compile(std::string_view text, std::string& error) {
    ZaaknummerPattern p;
    p.text_ = std::string(text);
    // stack.back() is the sequence being filled; an open '[' pushes the optional's children.
    std::vector<std::vector<Node>*> stack{&p.nodes_};
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '{') {
            const std::size_t close = text.find('}', i);
            if (close == std::string_view::npos) {
                error = "'{' zonder '}'";
                return std::nullopt;
            }
            const std::string_view name = text.substr(i + 1, close - i - 1);
            Node n;
            if (name == "jj") n.kind = Node::Kind::year2;
            else if (name == "jjjj") n.kind = Node::Kind::year4;
            else if (name == "zaak") n.kind = Node::Kind::zaak;
            else if (name == "document") n.kind = Node::Kind::document;
            else {
                error = "onbekend deel {" + std::string(name) + "}; bekend zijn {jj}, {jjjj}, {zaak} en {document}";
                return std::nullopt;
            }
            stack.back()->push_back(std::move(n));
            i = close + 1;
        } else if (c == '[') {
            stack.back()->push_back(Node{Node::Kind::optional, {}, {}});
            stack.push_back(&stack.back()->back().children);
            ++i;
        } else if (c == ']') {
            if (stack.size() == 1) {
                error = "']' zonder '['";
                return std::nullopt;
            }
            if (stack.back()->empty()) {
                error = "leeg optioneel deel '[]'";
                return std::nullopt;
            }
            stack.pop_back();
            ++i;
        } else if (c == '}') {
            error = "'}' zonder '{'";
            return std::nullopt;
        } else {
            auto& seq = *stack.back();
            if (seq.empty() || seq.back().kind != Node::Kind::literal) seq.push_back(Node{Node::Kind::literal, {}, {}});
            seq.back().literal += c;
            ++i;
        }
    }
    if (stack.size() != 1) {
        error = "'[' zonder ']'";
        return std::nullopt;
    }
    Counts k;
    count(p.nodes_, k);
    if (k.zaak != 1) {
        error = k.zaak == 0 ? "het patroon heeft geen {zaak}" : "het patroon heeft meer dan één {zaak}";
        return std::nullopt;
    }
    if (k.year > 1 || k.document > 1) {
        error = k.year > 1 ? "het patroon heeft meer dan één jaartal" : "het patroon heeft meer dan één {document}";
        return std::nullopt;
    }
    if (p.nodes_.empty() || p.nodes_.front().kind != Node::Kind::literal) {
        error = "het patroon begint niet met vaste tekst (zoals \"Z\")";
        return std::nullopt;
    }
    p.lead_ = p.nodes_.front().literal;
    return p;
}

std::optional<Zaaknummer> ZaaknummerPattern::match(std::string_view s) const {
    std::optional<Zaaknummer> found;
    match_seq(nodes_, 0, s, 0, Captures{}, [&](std::size_t end, const Captures& c) {
        if (end != s.size()) return false;
        found = parts(c);
        return true;
    });
    return found;
}

std::optional<std::pair<std::size_t, Zaaknummer>> ZaaknummerPattern::match_at(std::string_view s,
                                                                             std::size_t pos) const {
    std::optional<std::pair<std::size_t, Zaaknummer>> best;
    if (pos > s.size()) return best;
    match_seq(nodes_, 0, s, pos, Captures{}, [&](std::size_t end, const Captures& c) {
        if (!best || end - pos > best->first) best = std::make_pair(end - pos, parts(c));
        return false;  // look at every way, keep the longest
    });
    return best;
}

std::optional<Zaaknummer> parse_zaaknummer(std::string_view s, std::span<const ZaaknummerPattern> patterns) {
    for (const auto& p : patterns)
        if (auto z = p.match(s)) return z;
    return std::nullopt;
}

}  // namespace raadsstuk::model
