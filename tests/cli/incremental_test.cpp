// Incremental builds as a secretariat of thousands of letters meets them (issue #6): a build after nothing
// changed writes and checks nothing; after one letter's text changed only that letter is built and no other
// is checked again; a change that other letters' checks read (a documentnummer) checks them again and they
// get what a fresh build gives them; an output that was edited, truncated or deleted is built again; and
// verify, which trusts no file time, still finds an edit whose modification time was put back.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>
#include <regex>

#include "batch_support.hpp"

namespace fs = std::filesystem;
using namespace rs_test;

namespace {

// The build cache goes to a scratch directory of the test (RAADSSTUK_CACHE_DIR), not the user's.
class ScratchCache {
public:
    explicit ScratchCache(const fs::path& dir) : dir_(dir / "cache") {
        if (const char* before = std::getenv("RAADSSTUK_CACHE_DIR")) before_ = before;
        ::setenv("RAADSSTUK_CACHE_DIR", dir_.c_str(), 1);
    }
    ~ScratchCache() {
        if (before_) ::setenv("RAADSSTUK_CACHE_DIR", before_->c_str(), 1);
        else ::unsetenv("RAADSSTUK_CACHE_DIR");
    }
    const fs::path& path() const { return dir_; }

private:
    fs::path dir_;
    std::optional<std::string> before_;
};

std::string build_into(const fs::path& out, const fs::path& data, const std::string& extra = "") {
    return "build " + extra + " --out " + shell_quote(out.string()) + " " + shell_quote(data.string());
}

fs::path letter_file(const fs::path& data, int i) {
    const std::string date = nth_date(i);
    return data / "documenten" / date.substr(0, 4) / ("brief-" + date + ".json");
}

std::string letter_stem(int i) {
    const std::string date = nth_date(i);
    return "documenten/" + date.substr(0, 4) + "/brief-" + date;
}

// The diagnostics of a build's log (lines with an RS code), with the output directory's name taken out.
std::vector<std::string> diagnostic_lines(const std::string& log) {
    static const std::regex code(R"(RS[0-9]{3})");
    std::vector<std::string> out;
    std::istringstream in(log);
    for (std::string line; std::getline(in, line);)
        if (std::regex_search(line, code)) out.push_back(line);
    std::sort(out.begin(), out.end());
    return out;
}

// Every output file's bytes (the manifest apart: its data_root differs between two output directories).
std::map<fs::path, std::string> output_bytes(const fs::path& out) {
    std::map<fs::path, std::string> files;
    for (const auto& f : tree_files(out))
        if (f != "raadsstuk-manifest.json") files[f] = read_file(out / f);
    return files;
}

void set_mtime(const fs::path& file, const timespec& when) {
    const timespec times[2] = {when, when};
    REQUIRE(::utimensat(AT_FDCWD, file.c_str(), times, 0) == 0);
}

timespec mtime_of(const fs::path& file) {
    struct stat st {};
    REQUIRE(::stat(file.c_str(), &st) == 0);
    return st.st_mtim;
}

}  // namespace

TEST_CASE("a build after nothing changed writes nothing and checks nothing again") {
    ScratchDir dir;
    const ScratchCache cache(dir.path());
    const fs::path data = make_batch_tree(dir.path(), 4);
    const fs::path out = dir.path() / "uit";
    REQUIRE(raadsstuk(build_into(out, data)).exit_code == 0);
    // The build cache is outside the output directory: the outputs' stats and the data files'.
    REQUIRE(tree_files(cache.path()).size() == 2);
    const auto outputs = identities(out);
    const auto cached = identities(cache.path());
    const auto again = raadsstuk(build_into(out, data));
    INFO(again.output);
    CHECK(again.exit_code == 0);
    CHECK(again.output.find("raadsstuk: 0 gebouwd, 0 mislukt, 4 ongewijzigd\n") != std::string::npos);
    CHECK(again.output.find("opnieuw gecontroleerd") == std::string::npos);
    CHECK(identities(out) == outputs);
    CHECK(identities(cache.path()) == cached);
}

TEST_CASE("after one letter's text changed only it is built, no other is checked again, as a fresh build") {
    ScratchDir dir;
    const ScratchCache cache(dir.path());
    const fs::path data = make_batch_tree(dir.path(), 5);
    const fs::path out = dir.path() / "uit";
    REQUIRE(raadsstuk(build_into(out, data)).exit_code == 0);
    const auto before = identities(out);

    const fs::path changed = letter_file(data, 2);
    std::string text = read_file(changed);
    const std::string was = "Wij informeren u over";
    REQUIRE(text.find(was) != std::string::npos);
    text.replace(text.find(was), was.size(), "Graag berichten wij u over");
    write_file(changed, text);
    const auto r = raadsstuk(build_into(out, data));
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK(r.output.find("raadsstuk: 1 gebouwd, 0 mislukt, 4 ongewijzigd\n") != std::string::npos);
    CHECK(r.output.find("opnieuw gecontroleerd") == std::string::npos);
    const auto after = identities(out);
    for (const auto& [file, id] : before) {
        INFO(file);
        const bool rebuilt = file.generic_string().starts_with(letter_stem(2)) || file == "raadsstuk-manifest.json";
        CHECK((after.at(file) == id) == !rebuilt);
    }
    CHECK(read_file(out / (letter_stem(2) + ".md")).find("Graag berichten wij u over") != std::string::npos);

    // The same bytes as a build from scratch of the same data.
    const fs::path fresh = dir.path() / "vers";
    REQUIRE(raadsstuk(build_into(fresh, data)).exit_code == 0);
    CHECK(output_bytes(out) == output_bytes(fresh));
}

TEST_CASE("a documentnummer changed to another letter's checks that letter again and it gets RS214") {
    ScratchDir dir;
    const ScratchCache cache(dir.path());
    const fs::path data = make_batch_tree(dir.path(), 4);
    const fs::path out = dir.path() / "uit";
    REQUIRE(raadsstuk(build_into(out, data)).exit_code == 0);

    // Letter 3 takes letter 1's documentnummer: letter 1 did not change, but its check RS214 reads letter 3.
    const std::string mine = nth_date(3), theirs = nth_date(1);
    const auto digits = [](std::string d) {
        d.erase(std::remove(d.begin(), d.end(), '-'), d.end());
        return d;
    };
    std::string text = read_file(letter_file(data, 3));
    const std::string was = "\"documentnummer\": \"" + digits(mine) + "\"";
    REQUIRE(text.find(was) != std::string::npos);
    text.replace(text.find(was), was.size(), "\"documentnummer\": \"" + digits(theirs) + "\"");
    write_file(letter_file(data, 3), text);

    const auto r = raadsstuk(build_into(out, data));
    INFO(r.output);
    CHECK(r.exit_code == 1);
    const std::string other = letter_file(data, 1).generic_string();
    bool at_other = false;
    for (const auto& line : diagnostic_lines(r.output))
        at_other = at_other || (line.find(other) != std::string::npos && line.find("RS214") != std::string::npos);
    CHECK(at_other);
    // The two letters are held back; the other two were checked again and found fine.
    CHECK(r.output.find("raadsstuk: 0 gebouwd, 2 mislukt, 2 ongewijzigd (waarvan 2 opnieuw gecontroleerd)\n") !=
          std::string::npos);

    // What a fresh build of the same data reports, word for word.
    const fs::path fresh = dir.path() / "vers";
    const auto f = raadsstuk(build_into(fresh, data));
    CHECK(f.exit_code == 1);
    CHECK(diagnostic_lines(r.output) == diagnostic_lines(f.output));
}

TEST_CASE("an output edited, truncated or deleted after the build is built again") {
    ScratchDir dir;
    const ScratchCache cache(dir.path());
    const fs::path data = make_batch_tree(dir.path(), 4);
    const fs::path out = dir.path() / "uit";
    REQUIRE(raadsstuk(build_into(out, data)).exit_code == 0);
    const fs::path md = out / (letter_stem(0) + ".md");
    const fs::path pdf = out / (letter_stem(1) + ".pdf");
    const fs::path html = out / (letter_stem(2) + ".html");
    const fs::path same_size = out / (letter_stem(3) + ".md");
    const std::string md_text = read_file(md), pdf_bytes = read_file(pdf), html_text = read_file(html);
    const std::string same_size_text = read_file(same_size);

    write_file(md, md_text + "\nerbij geschreven\n");
    write_file(pdf, pdf_bytes.substr(0, pdf_bytes.size() / 2));
    fs::remove(html);
    // One byte changed, same size, and its modification time put back: its change time still tells.
    const timespec when = mtime_of(same_size);
    std::string edited = same_size_text;
    edited[0] = edited[0] == 'X' ? 'Y' : 'X';
    write_file(same_size, edited);
    set_mtime(same_size, when);

    const auto r = raadsstuk(build_into(out, data));
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK(r.output.find("raadsstuk: 4 gebouwd, 0 mislukt\n") != std::string::npos);
    CHECK(read_file(md) == md_text);
    CHECK(read_file(pdf) == pdf_bytes);
    CHECK(read_file(html) == html_text);
    CHECK(read_file(same_size) == same_size_text);
}

TEST_CASE("verify finds an output edited with its modification time put back") {
    ScratchDir dir;
    const ScratchCache cache(dir.path());
    const fs::path data = make_batch_tree(dir.path(), 2);
    const fs::path out = dir.path() / "uit";
    REQUIRE(raadsstuk(build_into(out, data)).exit_code == 0);
    const fs::path md = out / (letter_stem(1) + ".md");
    const timespec when = mtime_of(md);
    std::string text = read_file(md);
    text[text.size() / 2] = text[text.size() / 2] == 'X' ? 'Y' : 'X';
    write_file(md, text);
    set_mtime(md, when);

    const auto v = raadsstuk("verify " + shell_quote((out / "raadsstuk-manifest.json").string()));
    INFO(v.output);
    CHECK(v.exit_code == 1);
    CHECK(v.output.find("RS610") != std::string::npos);
    CHECK(v.output.find(letter_stem(1) + ".md") != std::string::npos);
}

TEST_CASE("without a build cache a build is still incremental, by the outputs' hashes") {
    ScratchDir dir;
    const ScratchCache cache(dir.path());
    const fs::path data = make_batch_tree(dir.path(), 3);
    const fs::path out = dir.path() / "uit";
    REQUIRE(raadsstuk(build_into(out, data)).exit_code == 0);
    const auto outputs = identities(out);
    fs::remove_all(cache.path());
    const auto again = raadsstuk(build_into(out, data));
    INFO(again.output);
    CHECK(again.output.find("raadsstuk: 0 gebouwd, 0 mislukt, 3 ongewijzigd\n") != std::string::npos);
    CHECK(identities(out) == outputs);
    // And written anew: the outputs' stats and the data files' (build-*.cache, data-*.cache).
    REQUIRE(tree_files(cache.path()).size() == 2);

    // A damaged cache is no cache either.
    write_file(cache.path() / tree_files(cache.path()).front(), "{\"format\": \"raadsstuk-cache/2\"}\n[\"uitvoer\", 3]\n");
    write_file(cache.path() / tree_files(cache.path()).back(), "{\"format\": \"raadsstuk-gegevenscache/1\"}\n[3]\n");
    const auto damaged = raadsstuk(build_into(out, data));
    CHECK(damaged.exit_code == 0);
    CHECK(damaged.output.find("raadsstuk: 0 gebouwd, 0 mislukt, 3 ongewijzigd\n") != std::string::npos);
    CHECK(identities(out) == outputs);
}

TEST_CASE("a data files' cache temporary that a killed build left is removed, one of a running build kept") {
    ScratchDir dir;
    const ScratchCache cache(dir.path());
    const fs::path data = make_batch_tree(dir.path(), 2);
    const fs::path out = dir.path() / "uit";
    REQUIRE(raadsstuk(build_into(out, data)).exit_code == 0);
    std::string data_cache;
    for (const auto& f : tree_files(cache.path()))
        if (f.filename().string().starts_with("data-")) data_cache = f.filename().string();
    REQUIRE_FALSE(data_cache.empty());

    // The pid of a process that has ended: a child that exits at once, waited for.
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) ::_exit(0);
    REQUIRE(::waitpid(child, nullptr, 0) == child);
    const fs::path dead = cache.path() / ("." + data_cache + "." + std::to_string(child) + ".raadsstuk-tmp");
    const fs::path running = cache.path() / ("." + data_cache + "." + std::to_string(::getpid()) + ".raadsstuk-tmp");
    write_file(dead, "half a cache");
    write_file(running, "a cache being written");

    const auto again = raadsstuk(build_into(out, data));
    INFO(again.output);
    CHECK(again.exit_code == 0);
    CHECK_FALSE(fs::exists(dead));
    CHECK(fs::exists(running));
    CHECK(read_file(running) == "a cache being written");
}
