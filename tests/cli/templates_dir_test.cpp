// Where the templates come from: --sjablonen MAP, else templates/ in the working directory, else the
// templates beside the executable (build/raadsstuk -> templates/), so a build works from any directory.
#include <catch2/catch.hpp>

#include "process.hpp"

namespace fs = std::filesystem;
using namespace rs_test;

namespace {

const std::string kLetter = "data/documenten/2021/2021-05-21-werk-en-inkomen-leiden.json";

std::string in_dir(const fs::path& dir, const std::string& args) {
    return "cd " + shell_quote(dir.string()) + " && " + shell_quote(fs::absolute(RAADSSTUK_BINARY).string()) + " " + args;
}

}  // namespace

TEST_CASE("a build run from another directory finds the templates beside the executable") {
    ScratchDir elsewhere;
    const fs::path out = elsewhere.path() / "uit";
    const ProcessResult r = run(in_dir(elsewhere.path(), "build --quiet --out " + shell_quote(out.string()) + " " +
                                                            shell_quote(fs::absolute(kLetter).string())));
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK(r.output.find("RS301") == std::string::npos);
    const fs::path md = out / "documenten/2021/2021-05-21-werk-en-inkomen-leiden.md";
    REQUIRE(fs::exists(md));
    // the same document as one built in the repository
    ScratchDir here;
    REQUIRE(raadsstuk("build --quiet --out " + shell_quote(here.path().string()) + " " + kLetter).exit_code == 0);
    CHECK(read_file(md) == read_file(here.path() / "documenten/2021/2021-05-21-werk-en-inkomen-leiden.md"));
}

TEST_CASE("the option --sjablonen MAP renders with the templates in MAP") {
    ScratchDir dir;
    const fs::path templates = dir.path() / "sjablonen";
    fs::copy("templates", templates, fs::copy_options::recursive);
    const fs::path letter = templates / "v1/raadsinformatiebrief.md";
    std::string text = read_file(letter);
    const std::string line = "- **Onderwerp:** {{onderwerp}}\n";
    REQUIRE(text.find(line) != std::string::npos);
    text.replace(text.find(line), line.size(), line + "- **Sjabloon:** eigen sjabloon van het archief\n");
    write_file(letter, text);
    for (const std::string option : {"--sjablonen " + shell_quote(templates.string()), "--sjablonen=" + shell_quote(templates.string())}) {
        const fs::path out = dir.path() / "uit";
        fs::remove_all(out);
        const ProcessResult r = raadsstuk("build --quiet " + option + " --out " + shell_quote(out.string()) + " " + kLetter);
        INFO(r.output);
        CHECK(r.exit_code == 0);
        const std::string md = read_file(out / "documenten/2021/2021-05-21-werk-en-inkomen-leiden.md");
        CHECK(md.find("**Sjabloon:** eigen sjabloon van het archief") != std::string::npos);
    }
}

TEST_CASE("a --sjablonen without a directory is a usage error, and one that does not exist is RS301 at it") {
    const ProcessResult none = raadsstuk("build --sjablonen");
    CHECK(none.exit_code == 2);
    CHECK(none.output.find("raadsstuk: --sjablonen verwacht een map") != std::string::npos);

    ScratchDir dir;
    const fs::path missing = dir.path() / "bestaat-niet";
    const ProcessResult r = raadsstuk("build --quiet --sjablonen " + shell_quote(missing.string()) + " --out " +
                                      shell_quote((dir.path() / "uit").string()) + " " + kLetter);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find(missing.generic_string() + ": fout RS301: sjablonenmap kan niet gelezen worden") != std::string::npos);
    CHECK(!fs::exists(dir.path() / "uit/documenten"));
}
