#pragma once
// What a check looks at: one document of the data tree (a raadsinformatiebrief or a raadsvoorstel) or one
// entry of a register file, with its gemeente, its entry in the register and its printed texts, scanned.
#include <string>
#include <vector>

#include "check/text_scan.hpp"
#include "diag/diagnostic.hpp"
#include "load/json_positions.hpp"
#include "model/gemeente.hpp"
#include "model/raadsinformatiebrief.hpp"
#include "model/raadsvoorstel.hpp"
#include "resolve/register.hpp"

namespace raadsstuk::check {

class Subject {
public:
    // A document. `positions` indexes the text of its file and must outlive the subject, as must the rest.
    Subject(const resolve::RegisteredDocument& entry, const model::Gemeente& gemeente,
            const model::Raadsinformatiebrief& brief, const load::JsonPositions& positions);
    Subject(const resolve::RegisteredDocument& entry, const model::Gemeente& gemeente,
            const model::Raadsvoorstel& voorstel, const load::JsonPositions& positions);
    // An entry of a register file; `gemeente` is null when its gemeente has no file.
    Subject(const resolve::RegisteredDocument& entry, const model::Gemeente* gemeente);

    const resolve::RegisteredDocument& entry() const { return *entry_; }
    const model::Gemeente* gemeente() const { return gemeente_; }
    const model::Raadsinformatiebrief* brief() const { return brief_; }
    const model::Raadsvoorstel* voorstel() const { return voorstel_; }
    // Every text of the document that is printed (never "opmerking"), scanned; none for a register entry.
    const std::vector<ScannedText>& texts() const { return texts_; }
    // The earlier documents it names (JSON: verwijzingen); none for a register entry.
    const std::vector<model::DocumentReference>& references() const;

    const std::string& file() const { return entry_->entry.source_file; }
    // The date against which everything is judged: the letter's datum, the voorstel's collegebesluit.
    const model::Date& date() const { return entry_->entry.date; }
    // "de datum van de brief" and the like, for messages.
    std::string date_label() const;

    // A place in the subject's file by JSON pointer.
    diag::Location at(const std::string& pointer) const;
    // A place inside a scanned text: file:line:column, the text's pointer kept beside it.
    diag::Location in_text(const ScannedText& text, std::size_t offset) const;

private:
    void scan(std::string pointer, const std::string& text);

    const resolve::RegisteredDocument* entry_;
    const model::Gemeente* gemeente_ = nullptr;
    const model::Raadsinformatiebrief* brief_ = nullptr;
    const model::Raadsvoorstel* voorstel_ = nullptr;
    const load::JsonPositions* positions_ = nullptr;
    std::vector<ScannedText> texts_;
};

}  // namespace raadsstuk::check
