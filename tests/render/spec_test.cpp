// Runs every example of tests/render/spec/templates.spec: the specification of the template language.
#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "render/template.hpp"

using namespace raadsstuk;
using render::Value;

namespace {

const std::string kFence(32, '`');

struct Example {
    int number = 0;
    int line = 0;  // in the spec file
    std::string template_text, view_json, expected;
};

struct Spec {
    std::vector<Example> examples;
    std::vector<std::pair<std::string, std::string>> partials;  // name, text
};

Spec read_spec(const std::string& path) {
    std::ifstream in(path);
    REQUIRE(in);
    Spec spec;
    std::string line;
    int line_no = 0;
    while (std::getline(in, line)) {
        ++line_no;
        if (line.rfind(kFence, 0) != 0 || line.size() == kFence.size()) continue;
        const std::string kind = line.substr(kFence.size() + 1);
        const int start = line_no;
        std::vector<std::string> parts(1);
        while (std::getline(in, line)) {
            ++line_no;
            if (line == kFence) break;
            if (line == "." && kind == "example") {
                parts.emplace_back();
                continue;
            }
            parts.back() += line + "\n";
        }
        if (kind == "example") {
            REQUIRE(parts.size() == 3);
            spec.examples.push_back(
                Example{static_cast<int>(spec.examples.size()) + 1, start, parts[0], parts[1], parts[2]});
        } else {
            REQUIRE(kind.rfind("partial ", 0) == 0);
            spec.partials.emplace_back(kind.substr(8), parts[0]);
        }
    }
    return spec;
}

Value to_value(const nlohmann::json& j) {
    switch (j.type()) {
        case nlohmann::json::value_t::object: {
            Value v = Value::map();
            for (const auto& [key, item] : j.items()) v.set(key, to_value(item));
            return v;
        }
        case nlohmann::json::value_t::array: {
            Value v = Value::list();
            for (const auto& item : j) v.push_back(to_value(item));
            return v;
        }
        case nlohmann::json::value_t::string: return Value(j.get<std::string>());
        case nlohmann::json::value_t::boolean: return Value(j.get<bool>());
        case nlohmann::json::value_t::null: return Value(false);
        default: return Value(j.dump());  // numbers: as written
    }
}

// "fout RS303 2:3 'naam'" lines -> the diagnostics must match in order: code, line:column, message text.
void check_errors(const std::string& expected, const diag::Diagnostics& got) {
    std::istringstream lines(expected);
    std::string line;
    std::size_t i = 0;
    while (std::getline(lines, line)) {
        INFO("expected: " << line);
        std::istringstream words(line);
        std::string fout, code, position;
        words >> fout >> code >> position;
        std::string text;
        std::getline(words, text);
        if (!text.empty() && text[0] == ' ') text.erase(0, 1);
        if (text.size() >= 2 && text.front() == '\'' && text.back() == '\'' &&
            text.find('\'', 1) == text.size() - 1)
            text = text.substr(1, text.size() - 2);
        REQUIRE(i < got.size());
        const auto& d = got[i++];
        INFO("got: " << diag::format(d));
        CHECK(d.code == code);
        CHECK(std::to_string(d.location.line) + ":" + std::to_string(d.location.column) == position);
        CHECK(d.message.find(text) != std::string::npos);
    }
    if (i < got.size()) FAIL_CHECK("unexpected diagnostic: " << diag::format(got[i]));
}

}  // namespace

TEST_CASE("every example in tests/render/spec/templates.spec") {
    const Spec spec = read_spec("tests/render/spec/templates.spec");
    REQUIRE(spec.examples.size() >= 30);

    render::TemplateSet set;
    for (const auto& [name, text] : spec.partials) {
        diag::Diagnostics ds;
        auto t = render::Template::compile(text, "partials/" + name + ".md", ds);
        REQUIRE(t);
        set.add_partial(name, std::move(*t));
    }

    for (const auto& ex : spec.examples) {
        INFO("example " << ex.number << " (templates.spec line " << ex.line << ")\n" << ex.template_text);
        diag::Diagnostics ds;
        std::optional<std::string> out;
        if (auto t = render::Template::compile(ex.template_text, "t.md", ds))
            out = t->render(to_value(nlohmann::json::parse(ex.view_json)), set, ds);
        if (ex.expected.rfind("fout ", 0) == 0) {
            CHECK_FALSE(out);
            check_errors(ex.expected, ds);
        } else {
            for (const auto& d : ds) FAIL_CHECK(diag::format(d));
            REQUIRE(out);
            CHECK(*out == ex.expected);
        }
    }
}
