#pragma once
// What the PDF's document information says about a letter.
#include <string>

#include "model/date.hpp"

namespace raadsstuk::layout {

struct DocumentInfo {
    std::string title;       // the onderwerp
    std::string author;      // "Gemeente Voorschoten"
    std::string subject;     // the zaaknummer
    std::string keywords;
    std::string kind_label;  // "Raadsinformatiebrief": shown in the header of the following pages
    model::Date date;        // the letter's date: also the PDF's creation and modification date
};

}  // namespace raadsstuk::layout
