#include "build/batch_list.hpp"

#include <algorithm>

namespace raadsstuk::build {
namespace fs = std::filesystem;

std::string key_of(const DocumentSource& source) { return source.relative.lexically_normal().generic_string(); }

BatchList::BatchList(const std::vector<DocumentSource>& sources) {
    entries_.reserve(sources.size());
    std::string previous;
    for (const auto& s : sources) {
        std::string key = key_of(s);
        if (&s != &sources.front() && !(previous < key)) in_key_order_ = false;
        previous = std::move(key);
        const auto it = std::find(roots_.begin(), roots_.end(), s.data_root);
        const auto root = static_cast<std::uint32_t>(it - roots_.begin());
        if (it == roots_.end()) roots_.push_back(s.data_root);
        Entry e{paths_.size(), static_cast<std::uint32_t>(s.relative.native().size()), 0, root};
        paths_ += s.relative.native();
        if (s.file.native() != (s.data_root / s.relative).native()) {  // the same spelling, not only the same path
            e.file_size = static_cast<std::uint32_t>(s.file.native().size() + 1);
            paths_ += s.file.native();
        }
        entries_.push_back(e);
    }
    paths_.shrink_to_fit();
}

DocumentSource BatchList::at(std::size_t i) const {
    const Entry& e = entries_[i];
    const fs::path& root = roots_[e.root];
    fs::path relative(paths_.substr(e.start, e.relative_size));
    fs::path file = e.file_size ? fs::path(paths_.substr(e.start + e.relative_size, e.file_size - 1)) : root / relative;
    return DocumentSource{std::move(file), root, std::move(relative)};
}

}  // namespace raadsstuk::build
