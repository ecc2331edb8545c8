#pragma once
// A synthetic data tree for the benchmark: N realistic documents of both kinds, deterministic from a seed.
//
//   gemeenten/   the gemeenten of data/gemeenten (their functionarissen, patterns and house styles), each
//                also cloned under other ids, names and colours, so that a batch spans several gemeenten
//   documenten/  raadsinformatiebrieven (about 85 %) of 1 to 6 pages, some with a status per domain and
//                references to earlier documents of their gemeente, and raadsvoorstellen (about 15 %) with
//                beslispunten, amounts and sections; dates in 2023 and 2024, on working days
//
// Every document passes `raadsstuk check` without errors: zaaknummers follow their gemeente's pattern,
// documentnummers are unique and rise with the date, references name earlier documents exactly, and the
// signatories are in office on the date. The body text is Dutch-like prose from a fixed vocabulary.
#include <cstdint>
#include <filesystem>

namespace raadsstuk::bench {

struct CorpusStats {
    std::size_t letters = 0;
    std::size_t proposals = 0;
    std::size_t gemeenten = 0;
};

// What kinds of documents the corpus holds.
enum class CorpusMix {
    mixed,              // letters of 1 to 6 pages and raadsvoorstellen, as above
    two_page_letters,   // only raadsinformatiebrieven of about two pages (issue #7's target is stated in them)
};

// Writes the tree under `root` (which must not exist yet). `repository` is the raadsstuk checkout, whose
// data/gemeenten and a sample raadsvoorstel are the models.
CorpusStats write_synthetic_corpus(const std::filesystem::path& root, const std::filesystem::path& repository,
                                   std::size_t documents, std::uint32_t seed, CorpusMix mix = CorpusMix::mixed);

}  // namespace raadsstuk::bench
