#pragma once
// Test support for the hostile-input corpus: a scratch data tree (the repository's gemeenten plus the
// documents a test puts in), the real binary run on it under a timeout, and what it left on disk.
#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include <unistd.h>

#include "../cli/process.hpp"

namespace rs_hostile {

namespace fs = std::filesystem;

// A run that takes longer than this counts as a hang (exit code 124 from timeout(1)); generous for the
// sanitizer build, where the 10 MB case is slowest.
inline constexpr int kTimeoutSeconds = 240;

inline std::string case_text(const std::string& name) {
    return rs_test::read_file(fs::path("tests/hostile/cases") / name);
}

// Every regular file under dir, relative to it, sorted.
inline std::vector<fs::path> files_under(const fs::path& dir) {
    std::vector<fs::path> files;
    std::error_code ec;
    if (!fs::exists(dir, ec)) return files;
    for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        if (it->is_regular_file(ec)) files.push_back(fs::relative(it->path(), dir));
    }
    std::sort(files.begin(), files.end());
    return files;
}

class DataTree {
public:
    DataTree() : data_(scratch_.path() / "data"), out_(scratch_.path() / "uit") {
        fs::create_directories(data_ / "gemeenten");
        for (const auto& e : fs::directory_iterator("data/gemeenten"))
            fs::copy(e.path(), data_ / "gemeenten" / e.path().filename());
    }

    const fs::path& root() const { return scratch_.path(); }
    const fs::path& data() const { return data_; }
    const fs::path& out() const { return out_; }

    // Writes a document (relative to data/) and returns its path.
    fs::path put(const fs::path& relative, const std::string& text) const {
        rs_test::write_file(data_ / relative, text);
        return data_ / relative;
    }

    // raadsstuk build --quiet --out uit <args>, under a timeout.
    rs_test::ProcessResult build(const std::string& args, const std::string& prefix = {}) const {
        return rs_test::run(prefix + "timeout " + std::to_string(kTimeoutSeconds) + " " +
                            rs_test::shell_quote(RAADSSTUK_BINARY) + " build --quiet --out " +
                            rs_test::shell_quote(out_.string()) + " " + args);
    }
    rs_test::ProcessResult build_file(const fs::path& file) const { return build(rs_test::shell_quote(file.string())); }

    std::vector<fs::path> outputs() const { return files_under(out_); }

    // Files the run left outside data/ and uit/ (there must be none), and temporaries anywhere.
    std::vector<fs::path> strays() const {
        std::vector<fs::path> found;
        for (const auto& f : files_under(scratch_.path())) {
            const std::string top = f.begin()->string();
            const bool temporary = f.filename().string().ends_with(".raadsstuk-tmp");
            if (temporary || (top != "data" && top != "uit" && !keep_.count(f))) found.push_back(f);
        }
        return found;
    }
    // A file the test itself put outside data/ (not a stray).
    void keep(const fs::path& relative) { keep_.insert(relative); }

private:
    rs_test::ScratchDir scratch_;
    fs::path data_;
    fs::path out_;
    std::set<fs::path> keep_;
};

// The letter of tests/hostile/cases/brief.json with one field's JSON value replaced ("\"onderwerp\"" -> text).
inline std::string brief_with(const std::string& key, const std::string& json_value) {
    std::string text = case_text("brief.json");
    const std::string field = "\"" + key + "\": ";
    const auto at = text.find(field);
    if (at == std::string::npos) return text;
    const auto begin = at + field.size();
    const auto end = text.find(",\n", begin);
    return text.replace(begin, end - begin, json_value);
}

}  // namespace rs_hostile
