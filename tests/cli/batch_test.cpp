// Batch builds as the secretariat meets them: --jobs gives the same bytes and the same log as a serial
// build, an unchanged document is not built again, a change rebuilds only what it touches, shards split the
// set, an interrupted build leaves every file complete or absent and the next one goes on from there.
#include <catch2/catch.hpp>

#include <regex>

#include <nlohmann/json.hpp>

#include "batch_support.hpp"

namespace fs = std::filesystem;
using namespace rs_test;

namespace {

std::string build_into(const fs::path& out, const std::string& extra, const fs::path& data) {
    return "build " + extra + " --out " + shell_quote(out.string()) + " " + shell_quote(data.string());
}

// The log without the lines that name the output directory (which differs between two builds compared).
std::string log_without(const std::string& log, const fs::path& out) {
    std::string s = log;
    for (std::size_t at; (at = s.find(out.string())) != std::string::npos;) s.replace(at, out.string().size(), "UIT");
    return s;
}

// "raadsstuk: 3 gebouwd, 0 mislukt, 5 ongewijzigd" -> {3, 5}
std::pair<int, int> summary_counts(const std::string& log) {
    static const std::regex line(R"(raadsstuk: ([0-9]+) gebouwd, 0 mislukt, ([0-9]+) ongewijzigd)");
    std::smatch m;
    if (!std::regex_search(log, m, line)) return {-1, -1};
    return {std::stoi(m[1]), std::stoi(m[2])};
}

nlohmann::json manifest_of(const fs::path& out, const std::string& name = "raadsstuk-manifest.json") {
    return nlohmann::json::parse(read_file(out / name));
}

}  // namespace

TEST_CASE("build help names the batch options") {
    const auto help = raadsstuk("build --help");
    CHECK(help.exit_code == 0);
    for (const char* option : {"--jobs N", "--rebuild", "--shard K/N", "--quiet", "raadsstuk-manifest.json"}) {
        INFO(option);
        CHECK(help.output.find(option) != std::string::npos);
    }
    CHECK(raadsstuk("--help").output.find("raadsstuk verify") != std::string::npos);
}

TEST_CASE("bad --jobs and --shard values are usage errors in Dutch") {
    for (const char* bad : {"--jobs 0", "--jobs x", "--jobs=-2", "-j 1.5", "--jobs"}) {
        INFO(bad);
        const auto r = raadsstuk(std::string("build ") + bad + " data");
        CHECK(r.exit_code == 2);
        CHECK(r.output.find("--jobs verwacht een aantal van 1 tot 1024") != std::string::npos);
    }
    for (const char* bad : {"--shard 0/4", "--shard 5/4", "--shard 2", "--shard=a/b"}) {
        INFO(bad);
        const auto r = raadsstuk(std::string("build ") + bad + " data");
        CHECK(r.exit_code == 2);
        CHECK(r.output.find("--shard verwacht K/N met 1 <= K <= N") != std::string::npos);
    }
}

TEST_CASE("a parallel build gives the same bytes and the same log as a serial one") {
    ScratchDir dir;
    const fs::path data = make_batch_tree(dir.path(), 12);
    const fs::path serial = dir.path() / "serieel", parallel = dir.path() / "parallel";
    // The repository's documents (letters and voorstellen, two gemeenten) and the scratch letters.
    const auto one = raadsstuk(build_into(serial, "--jobs 1 data", data));
    const auto four = raadsstuk(build_into(parallel, "--jobs 4 data", data));
    INFO(one.output);
    REQUIRE(one.exit_code == 0);
    REQUIRE(four.exit_code == 0);
    const auto files = tree_files(serial);
    REQUIRE(files == tree_files(parallel));
    CHECK(count_with_extension(serial, ".pdf") == 12 + 7);  // 12 letters + the repository's 3 letters, 2 voorstellen
    for (const auto& f : files) {
        INFO(f);
        CHECK(read_file(serial / f) == read_file(parallel / f));
    }
    // Not a progress bar (no terminal): the same lines in the same order.
    CHECK(log_without(one.output, serial) == log_without(four.output, parallel));
}

TEST_CASE("an unchanged build rewrites nothing and says so") {
    ScratchDir dir;
    const fs::path data = make_batch_tree(dir.path(), 4);
    const fs::path out = dir.path() / "uit";
    REQUIRE(raadsstuk(build_into(out, "", data)).exit_code == 0);
    const auto before = identities(out);
    REQUIRE(before.size() == 4 * 3 + 1);  // .md, .pdf and .html of each, and the manifest
    const auto again = raadsstuk(build_into(out, "", data));
    INFO(again.output);
    CHECK(again.exit_code == 0);
    CHECK(again.output.find("0 gebouwd, 0 mislukt, 4 ongewijzigd") != std::string::npos);
    CHECK(again.output.find("] ongewijzigd ") != std::string::npos);
    CHECK(identities(out) == before);  // not one file written again, the manifest included

    // --rebuild builds all again: the same bytes, new files.
    const auto manifest = read_file(out / "raadsstuk-manifest.json");
    const auto forced = raadsstuk(build_into(out, "--rebuild", data));
    CHECK(forced.output.find("raadsstuk: 4 gebouwd, 0 mislukt\n") != std::string::npos);
    CHECK(identities(out) != before);
    CHECK(read_file(out / "raadsstuk-manifest.json") == manifest);
}

TEST_CASE("a manifest larger than a data file may be is read back: a large batch stays incremental") {
    // A manifest of 10,000 documents is about 8 MB, beyond the 4 MB limit of a data file (RS018). Grow the
    // manifest of a small build past that with entries of documents built elsewhere (a build keeps those).
    ScratchDir dir;
    const fs::path data = make_batch_tree(dir.path(), 2);
    const fs::path out = dir.path() / "uit";
    REQUIRE(raadsstuk(build_into(out, "--quiet", data)).exit_code == 0);
    nlohmann::json m = manifest_of(out);
    const nlohmann::json record = m.at("documents").begin().value();
    for (int i = 0; i < 7000; ++i) m["documents"]["documenten/elders/brief-" + std::to_string(i) + ".json"] = record;
    write_file(out / "raadsstuk-manifest.json", m.dump(2));
    REQUIRE(fs::file_size(out / "raadsstuk-manifest.json") > 4u * 1024 * 1024);
    const auto again = raadsstuk(build_into(out, "", data));
    INFO(again.output);
    CHECK(again.exit_code == 0);
    CHECK(again.output.find("0 gebouwd, 0 mislukt, 2 ongewijzigd") != std::string::npos);
    CHECK(again.output.find("RS018") == std::string::npos);
    CHECK(again.output.find("RS606") == std::string::npos);
}

TEST_CASE("changing one document rebuilds only that one") {
    ScratchDir dir;
    const fs::path data = make_batch_tree(dir.path(), 5);
    const fs::path out = dir.path() / "uit";
    REQUIRE(raadsstuk(build_into(out, "", data)).exit_code == 0);
    const auto before = identities(out);
    const std::string date = nth_date(2);
    const fs::path changed = data / "documenten" / date.substr(0, 4) / ("brief-" + date + ".json");
    write_file(changed, batch_letter(date, "een nieuw onderwerp"));
    const auto r = raadsstuk(build_into(out, "", data));
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK(r.output.find("1 gebouwd, 0 mislukt, 4 ongewijzigd") != std::string::npos);
    CHECK(r.output.find("gebouwd  " + changed.generic_string()) != std::string::npos);
    const auto after = identities(out);
    const std::string stem = "documenten/" + date.substr(0, 4) + "/brief-" + date;
    for (const auto& [file, id] : before) {
        INFO(file);
        const bool rebuilt = file.generic_string().starts_with(stem) || file == "raadsstuk-manifest.json";
        CHECK((after.at(file) == id) == !rebuilt);
    }
    CHECK(normalize_space(pdftotext(out / (stem + ".pdf"))).find("een nieuw onderwerp") != std::string::npos);

    // An output damaged after the build is made again, even though its inputs did not change.
    const fs::path damaged = out / ("documenten/" + nth_date(0).substr(0, 4) + "/brief-" + nth_date(0) + ".md");
    write_file(damaged, "ander");
    const auto repaired = raadsstuk(build_into(out, "", data));
    CHECK(repaired.output.find("1 gebouwd, 0 mislukt, 4 ongewijzigd") != std::string::npos);
    CHECK(read_file(damaged) != "ander");
}

TEST_CASE("the manifest records each output's hash and the inputs, with relative paths only") {
    ScratchDir dir;
    const fs::path data = make_batch_tree(dir.path(), 2);
    const fs::path out = dir.path() / "uit";
    REQUIRE(raadsstuk(build_into(out, "", data)).exit_code == 0);
    const std::string text = read_file(out / "raadsstuk-manifest.json");
    CHECK(text.find(dir.path().string()) == std::string::npos);
    const auto m = nlohmann::json::parse(text);
    CHECK(m.at("format") == "raadsstuk-manifest/2");
    const auto& docs = m.at("documents");
    REQUIRE(docs.size() == 2);
    const std::string key = "documenten/2021/brief-" + nth_date(0) + ".json";
    const auto& d = docs.at(key);
    CHECK(d.at("data_root") == "../data");
    CHECK(d.at("kind") == "raadsinformatiebrief");
    // The inputs both letters share are stored once, under the name the record gives.
    REQUIRE(m.at("common_inputs").size() == 1);
    CHECK(docs.begin().value().at("inputs").at("common") == docs.rbegin().value().at("inputs").at("common"));
    const auto& common = m.at("common_inputs").at(d.at("inputs").at("common").get<std::string>());
    CHECK(common.at("house_style").contains("gemeenten/voorschoten.json"));
    CHECK(common.at("template_version") == "1");
    CHECK(common.at("templates").contains("v1/raadsinformatiebrief.md"));
    CHECK(common.at("templates").contains("v1/partials/status.md"));
    CHECK(common.at("engine") == m.at("engine"));
    CHECK(d.at("inputs").at("data").get<std::string>().size() == 64);
    const auto& outputs = d.at("outputs");
    REQUIRE(outputs.size() == 3);
    CHECK(outputs[0].at("path") == "documenten/2021/brief-" + nth_date(0) + ".md");
    CHECK(outputs[2].at("path") == "documenten/2021/brief-" + nth_date(0) + ".html");
    const std::string pdf_path = outputs[1].at("path");
    const auto sum = run("sha256sum " + shell_quote((out / pdf_path).string()));
    CHECK(sum.output.substr(0, 64) == outputs[1].at("sha256").get<std::string>());
    CHECK(outputs[1].at("bytes") == fs::file_size(out / pdf_path));
}

TEST_CASE("shards are disjoint, cover the whole set and each write their own manifest") {
    ScratchDir dir;
    const fs::path data = make_batch_tree(dir.path(), 9);
    const fs::path whole = dir.path() / "geheel", parts = dir.path() / "delen";
    REQUIRE(raadsstuk(build_into(whole, "--quiet", data)).exit_code == 0);
    std::vector<std::string> keys;
    for (int k = 1; k <= 3; ++k) {
        const auto r = raadsstuk(build_into(parts, "--quiet --shard " + std::to_string(k) + "/3", data));
        INFO(r.output);
        REQUIRE(r.exit_code == 0);
        const auto m = manifest_of(parts, "raadsstuk-manifest-" + std::to_string(k) + "-van-3.json");
        CHECK(m.at("shard") == std::to_string(k) + "/3");
        for (const auto& [key, d] : m.at("documents").items()) keys.push_back(key);
    }
    std::sort(keys.begin(), keys.end());
    CHECK(std::adjacent_find(keys.begin(), keys.end()) == keys.end());  // disjoint
    std::vector<std::string> all;
    const auto whole_manifest = manifest_of(whole);
    for (const auto& [key, d] : whole_manifest.at("documents").items()) all.push_back(key);
    CHECK(all.size() == 9);
    CHECK(keys == all);  // together: everything
    // The outputs are those of the whole build.
    for (const auto& f : tree_files(whole)) {
        if (f.extension() != ".pdf") continue;
        INFO(f);
        CHECK(read_file(parts / f) == read_file(whole / f));
    }
}

TEST_CASE("a build killed mid-run leaves no partial file and the next one finishes the rest") {
    ScratchDir dir;
    constexpr int kLetters = 300;
    const fs::path data = make_batch_tree(dir.path(), kLetters);
    const fs::path out = dir.path() / "uit";
    const pid_t pid = start_raadsstuk({"build", "--jobs", "2", "--out", out.string(), data.string()}, dir.path() / "log");
    REQUIRE(pid > 0);
    // Killed once it has written a manifest (after its first 20 documents) and before it is done.
    const bool running = wait_while_running(pid, [&] { return fs::exists(out / "raadsstuk-manifest.json"); });
    ::kill(pid, SIGKILL);
    CHECK(wait_exit(pid) == 128 + SIGKILL);
    REQUIRE(running);
    const int done = count_with_extension(out, ".pdf");
    INFO(read_file(dir.path() / "log"));
    REQUIRE(done < kLetters);
    // Every PDF that is there is complete.
    for (const auto& f : tree_files(out)) {
        if (f.extension() != ".pdf") continue;
        INFO(f);
        CHECK(run("qpdf --check " + shell_quote((out / f).string())).exit_code == 0);
    }
    const auto recorded = manifest_of(out).at("documents").size();
    CHECK(recorded > 0);

    const auto next = raadsstuk(build_into(out, "--quiet", data));
    INFO(next.output);
    CHECK(next.exit_code == 0);
    CHECK(count_temporaries(out) == 0);
    CHECK(count_with_extension(out, ".pdf") == kLetters);
    CHECK(manifest_of(out).at("documents").size() == kLetters);
    const auto [built, unchanged] = summary_counts(next.output);
    CHECK(unchanged >= static_cast<int>(recorded));  // what the manifest held is not built again
    CHECK(built + unchanged == kLetters);
    CHECK(built > 0);
    const auto after = raadsstuk(build_into(out, "--quiet", data));
    CHECK(after.output.find("0 gebouwd, 0 mislukt, " + std::to_string(kLetters) + " ongewijzigd") != std::string::npos);
}

TEST_CASE("Ctrl-C stops a build cleanly with exit code 130 and the next build goes on") {
    ScratchDir dir;
    constexpr int kLetters = 200;
    const fs::path data = make_batch_tree(dir.path(), kLetters);
    const fs::path out = dir.path() / "uit";
    const fs::path log = dir.path() / "log";
    const pid_t pid = start_raadsstuk({"build", "--jobs", "2", "--out", out.string(), data.string()}, log);
    REQUIRE(pid > 0);
    const bool running = wait_while_running(pid, [&] { return count_with_extension(out, ".pdf") >= 5; });
    ::kill(pid, SIGINT);
    const int exit_code = wait_exit(pid);
    REQUIRE(running);
    const std::string said = read_file(log);
    INFO(said);
    CHECK(exit_code == 130);
    CHECK(said.find("raadsstuk: onderbroken na ") != std::string::npos);
    // Nothing half-written, not even a temporary; what is done is in the manifest.
    CHECK(count_temporaries(out) == 0);
    const int done = count_with_extension(out, ".pdf");
    CHECK(done < kLetters);
    CHECK(static_cast<int>(manifest_of(out).at("documents").size()) == done);
    CHECK(count_with_extension(out, ".md") == done);

    const auto next = raadsstuk(build_into(out, "--quiet", data));
    INFO(next.output);
    CHECK(next.exit_code == 0);
    CHECK(summary_counts(next.output) == std::make_pair(kLetters - done, done));
    CHECK(count_with_extension(out, ".pdf") == kLetters);
}

TEST_CASE("temporaries left by a crash are removed by the next build") {
    ScratchDir dir;
    const fs::path data = make_batch_tree(dir.path(), 2);
    const fs::path out = dir.path() / "uit";
    const std::string date = nth_date(0);
    const fs::path folder = out / "documenten" / date.substr(0, 4);
    write_file(folder / (".brief-" + date + ".pdf.raadsstuk-tmp"), "%PDF-1.4 afgebroken");
    write_file(out / ".raadsstuk-manifest.json.raadsstuk-tmp", "{");
    write_file(folder / ".iets-anders.pdf.raadsstuk-tmp", "niet van deze bouw");  // no document of this build
    const auto r = raadsstuk(build_into(out, "--quiet", data));
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK(count_temporaries(out) == 1);
    CHECK(fs::exists(folder / ".iets-anders.pdf.raadsstuk-tmp"));
    CHECK(run("qpdf --check " + shell_quote((folder / ("brief-" + date + ".pdf")).string())).exit_code == 0);
}

TEST_CASE("a damaged manifest is a warning and everything is built again") {
    ScratchDir dir;
    const fs::path data = make_batch_tree(dir.path(), 2);
    const fs::path out = dir.path() / "uit";
    write_file(out / "raadsstuk-manifest.json", "{ kapot");
    const auto r = raadsstuk(build_into(out, "--quiet", data));
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK(r.output.find("raadsstuk-manifest.json: waarschuwing RS606: manifest kan niet worden gelezen") !=
          std::string::npos);
    CHECK(r.output.find("raadsstuk: 2 gebouwd, 0 mislukt\n") != std::string::npos);
    CHECK(manifest_of(out).at("documents").size() == 2);
}

TEST_CASE("on a terminal a build shows one progress line instead of a line per document") {
    ScratchDir dir;
    const fs::path data = make_batch_tree(dir.path(), 3);
    const fs::path out = dir.path() / "uit";
    // script(1) (util-linux, always on Debian) gives the command a terminal.
    const std::string command = shell_quote(RAADSSTUK_BINARY) + " build --out " + shell_quote(out.string()) + " " +
                                shell_quote(data.string());
    const auto r = run("script -qec " + shell_quote(command) + " /dev/null");
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK(r.output.find("\r[3/3] 100 %") != std::string::npos);
    CHECK(r.output.find(" doc/s  nog ") != std::string::npos);
    CHECK(r.output.find("] gebouwd  ") == std::string::npos);
    CHECK(r.output.find("raadsstuk: 3 gebouwd, 0 mislukt") != std::string::npos);
    CHECK(r.output.find("ongewijzigd") == std::string::npos);
}

TEST_CASE("a broken gemeente file is reported with the first document in order, whatever --jobs is") {
    ScratchDir dir;
    const fs::path data = make_batch_tree(dir.path(), 0);
    write_file(data / "gemeenten/kapot.json", "{\"soort\": \"gemeente\", \"id\": \"kapot\",");
    for (int i = 0; i < 6; ++i) {
        std::string letter = batch_letter(nth_date(i), "brief " + std::to_string(i));
        letter.replace(letter.find("voorschoten"), 11, "kapot");
        write_file(data / "documenten" / ("brief-" + std::to_string(i) + ".json"), letter);
    }
    const auto one = raadsstuk(build_into(dir.path() / "een", "--jobs 1", data));
    const auto four = raadsstuk(build_into(dir.path() / "vier", "--jobs 4", data));
    INFO(one.output);
    CHECK(one.exit_code == 1);
    CHECK(log_without(one.output, dir.path() / "een") == log_without(four.output, dir.path() / "vier"));
    const std::string gemeente = (data / "gemeenten/kapot.json").generic_string();
    // The file's own error once, before the first document's line; then one RS605 for each of the others.
    const auto first_error = one.output.find(gemeente + ":");
    CHECK(first_error < one.output.find("[1/6] MISLUKT"));
    CHECK(one.output.find(gemeente + ": fout RS605") > one.output.find("[1/6] MISLUKT"));
    std::size_t rs605 = 0;
    for (std::size_t at = 0; (at = one.output.find("fout RS605", at)) != std::string::npos; ++at) ++rs605;
    CHECK(rs605 == 5);
}

TEST_CASE("a template edit rebuilds only the documents that render with that template") {
    ScratchArchive a;  // data/ and templates/ in a scratch directory, commands run there
    REQUIRE(a.in_dir("build --quiet data").exit_code == 0);
    a.replace("templates/v1/raadsvoorstel.md", "### Beoogd effect", "### Beoogd resultaat");
    const auto voorstel = a.in_dir("build data");
    INFO(voorstel.output);
    CHECK(voorstel.exit_code == 0);
    // The two voorstellen; not the three letters.
    CHECK(voorstel.output.find("raadsstuk: 2 gebouwd, 0 mislukt, 3 ongewijzigd") != std::string::npos);
    CHECK(voorstel.output.find("ongewijzigd data/documenten/2021/2021-05-21-werk-en-inkomen-leiden.json") !=
          std::string::npos);
    CHECK(read_file(a.dir.path() / "output/documenten/2020/2020-09-22-omklappen-werk-en-inkomen-voorstel.md")
              .find("### Beoogd resultaat") != std::string::npos);
    // A partial is used by every document.
    a.replace("templates/v1/partials/status.md", "\n", "\n\n");
    const auto partial = a.in_dir("build --quiet data");
    CHECK(partial.output.find("raadsstuk: 5 gebouwd, 0 mislukt\n") != std::string::npos);
}
