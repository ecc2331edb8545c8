// deflate_bench: what each libdeflate level costs and saves on the streams of real PDFs, to choose
// kContentLevel and kFontLevel (src/pdf/flate.hpp).
//
//   cmake --build build --target deflate_bench raadsstuk && build/raadsstuk build data
//   build/bench/deflate_bench output/documenten/*/*.pdf
//
// Every /FlateDecode stream of the files is inflated and sorted into font programs (a dictionary with
// /Length1), ToUnicode maps (begincmap) and the rest (page contents, the ICC profile); then each group is
// deflated again at each level, and the table gives the microseconds per group per PDF (best of 5 rounds,
// one thread) and the bytes per PDF.
#include <libdeflate.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

namespace {

std::string slurp(const char* path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

std::string inflate(const std::string& z) {
    libdeflate_decompressor* d = libdeflate_alloc_decompressor();
    std::string out(std::max<std::size_t>(z.size() * 8, 4096), '\0');
    for (;;) {
        std::size_t n = 0;
        const auto r = libdeflate_zlib_decompress(d, z.data(), z.size(), out.data(), out.size(), &n);
        if (r == LIBDEFLATE_INSUFFICIENT_SPACE) {
            out.resize(out.size() * 2);
            continue;
        }
        out.resize(r == LIBDEFLATE_SUCCESS ? n : 0);
        break;
    }
    libdeflate_free_decompressor(d);
    return out;
}

// The group of each deflated stream in a PDF written by raadsstuk (objects are not in object streams).
void collect(const std::string& pdf, std::map<std::string, std::vector<std::string>>& groups) {
    // libharu writes ">>\nstream\r\n" and "\r\nendstream" around the data.
    for (std::size_t at = 0; (at = pdf.find(">>\nstream\r\n", at)) != std::string::npos;) {
        const std::size_t dict = pdf.rfind("obj", at);
        const std::size_t end = pdf.find("endstream", at);
        if (dict == std::string::npos || end == std::string::npos) break;
        const std::string header = pdf.substr(dict, at - dict);
        at += 11;
        if (header.find("/FlateDecode") == std::string::npos) continue;
        std::string raw = inflate(pdf.substr(at, end - at));
        if (raw.empty()) continue;
        const char* group = header.find("/Length1") != std::string::npos ? "font programs"
                            : raw.find("begincmap") != std::string::npos  ? "ToUnicode maps"
                                                                          : "contents, profile";
        groups[group].push_back(std::move(raw));
        at = end;
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: deflate_bench FILE.pdf...\n");
        return 2;
    }
    std::map<std::string, std::vector<std::string>> groups;
    for (int i = 1; i < argc; ++i) collect(slurp(argv[i]), groups);
    const double pdfs = argc - 1;
    std::printf("%d PDFs; per PDF: microseconds to deflate (best of 5) / bytes deflated\n\n", argc - 1);
    std::printf("| %-18s | %12s |", "streams", "raw bytes");
    const int levels[] = {1, 2, 3, 4, 6, 9, 12};
    for (int level : levels) std::printf("   level %-2d     |", level);
    std::printf("\n|%s|%s|", std::string(20, '-').c_str(), std::string(14, '-').c_str());
    for (std::size_t i = 0; i < std::size(levels); ++i) std::printf("%s|", std::string(17, '-').c_str());
    std::printf("\n");
    for (const auto& [name, streams] : groups) {
        std::size_t raw = 0;
        for (const auto& s : streams) raw += s.size();
        std::printf("| %-18s | %12.0f |", name.c_str(), raw / pdfs);
        for (int level : levels) {
            libdeflate_compressor* c = libdeflate_alloc_compressor(level);
            std::vector<char> out;
            double best = 1e30;
            std::size_t bytes = 0;
            for (int round = 0; round < 5; ++round) {
                bytes = 0;
                const auto t0 = std::chrono::steady_clock::now();
                for (const auto& s : streams) {
                    out.resize(libdeflate_zlib_compress_bound(c, s.size()));
                    bytes += libdeflate_zlib_compress(c, s.data(), s.size(), out.data(), out.size());
                }
                best = std::min(best, std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
            }
            libdeflate_free_compressor(c);
            std::printf(" %6.0f / %6.0f |", best / pdfs, bytes / pdfs);
        }
        std::printf("\n");
    }
}
