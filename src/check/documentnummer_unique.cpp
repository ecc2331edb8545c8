// RS214: a documentnummer names one document of its gemeente. Reported at each of the documents that share
// it (each when it is checked), naming the others. A document of the data tree that is also an entry of a
// register file is the usual cause: the register file is for documents that are not in the data tree.
#include "check/checks.hpp"
#include "check/phrases.hpp"

namespace raadsstuk::check {

void check_documentnummer_unique(const Subject& s, const Context& c, diag::Diagnostics& out) {
    const resolve::RegisteredDocument& self = s.entry();
    if (self.documentnummer.empty()) return;
    std::vector<std::string> others;
    for (const auto* d : c.reg.with_documentnummer(self.entry.gemeente, self.documentnummer))
        if (d != &self) others.push_back(described(*d));
    if (others.empty()) return;
    const std::string& pointer =
        self.entry.documentnummer_pointer.empty() ? self.entry.zaaknummer_pointer : self.entry.documentnummer_pointer;
    out.push_back(diag::make("RS214", s.at(pointer),
                             "documentnummer " + self.documentnummer + " hoort ook bij " + enumerate(others),
                             "een documentnummer hoort bij één stuk; staat hetzelfde stuk zowel in de documenten als "
                             "in een registerbestand, haal het dan uit het registerbestand"));
}

}  // namespace raadsstuk::check
