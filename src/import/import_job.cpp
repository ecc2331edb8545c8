#include "import/import_job.hpp"

#include <system_error>

#include "build/output_file.hpp"
#include "import/draft_json.hpp"
#include "import/letter_import.hpp"
#include "layout/hyphenation.hpp"
#include "load/load.hpp"

namespace raadsstuk::import {
namespace fs = std::filesystem;
namespace {

std::optional<fs::path> data_root_for(const ImportRequest& request) {
    if (!request.output.empty())
        if (auto root = load::find_data_root(request.output)) return root;
    std::error_code ec;
    if (fs::is_directory(fs::path("data") / "gemeenten", ec)) return fs::path("data");
    return load::find_data_root(fs::path("brief.json"));
}

}  // namespace

ImportOutcome run_import(const ImportRequest& request, const model::Environment& env) {
    ImportOutcome outcome;
    auto& ds = outcome.diagnostics;
    const std::string name = request.input.generic_string();
    std::error_code ec;
    if (!fs::is_regular_file(request.input, ec)) {
        ds.push_back(diag::make("RS801", {name, "", 0, 0}, "tekstbestand van de brief bestaat niet of is geen bestand"));
        return outcome;
    }
    diag::Diagnostics read;
    const auto text = load::read_file(request.input, read);
    if (!text) {
        ds.push_back(diag::make("RS801", {name, "", 0, 0}, "tekstbestand van de brief is niet te lezen"));
        return outcome;
    }
    if (text->find_first_not_of(" \t\r\n\f") == std::string::npos) {
        ds.push_back(diag::make("RS807", {name, "", 0, 0}, "het bestand bevat geen tekst",
                                "geef de platte tekst van een brief, zoals pdftotext die maakt"));
        return outcome;
    }

    ImportOptions options;
    options.file_name = name;
    options.gemeente_id = request.gemeente_id;
    options.hyphenation = layout::Hyphenation::shared(env.hyphenation_dictionary);
    std::optional<model::Gemeente> gemeente;
    if (!request.gemeente_id.empty()) {
        const auto root = data_root_for(request);
        const fs::path file = root ? load::gemeente_file(*root, request.gemeente_id) : fs::path();
        diag::Diagnostics found;
        if (root && fs::is_regular_file(file, ec)) {
            if (const auto gtext = load::read_file(file, found)) gemeente = load::load_gemeente(*gtext, file.generic_string(), found);
        }
        if (gemeente) {
            options.gemeente = &*gemeente;
        } else {
            ds.push_back(diag::make("RS808", {name, "", 0, 0},
                                    "gemeentebestand voor '" + request.gemeente_id + "' niet gevonden of niet te lezen" +
                                        (root ? " (gezocht: " + file.generic_string() + ")" : "") +
                                        "; de ondertekenaars zijn niet vergeleken met de functionarissen",
                                    "schrijf het concept met -o in de gegevensmap, of start in de map boven data/"));
        }
    }
    const ImportedLetter letter = import_letter(*text, options, ds);
    outcome.json = draft_json(letter, request.input.filename().generic_string());
    if (!request.output.empty()) {
        outcome.written = build::write_files_atomically({{request.output, *outcome.json}}, ds);
        if (!outcome.written) outcome.json.reset();
    }
    return outcome;
}

}  // namespace raadsstuk::import
