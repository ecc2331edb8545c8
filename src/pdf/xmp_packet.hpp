#pragma once
// The XMP metadata packet of a PDF/A file (ISO 19005-2, 6.6): the PDF/A identification and the same
// document information as the Info dictionary, property by property (Title = dc:title, Author =
// dc:creator, Subject = dc:description, Keywords = pdf:Keywords, Creator = xmp:CreatorTool, Producer =
// pdf:Producer, CreationDate = xmp:CreateDate, ModDate = xmp:ModifyDate), plus dc:language.
// Every value is XML-escaped; empty values are left out, as they are from the Info dictionary.
#include <string>
#include <string_view>

#include "model/date.hpp"

namespace raadsstuk::pdf::detail {

struct XmpFields {
    int pdfa_part = 2;
    std::string pdfa_conformance = "B";
    std::string title;
    std::string author;
    std::string subject;
    std::string keywords;
    std::string creator_tool;
    std::string producer;
    model::Date date;        // creation and modification date, midnight, no time zone (as in the Info dictionary)
    std::string language;    // "nl-NL"
};

// The packet, UTF-8, with its xpacket header and trailer (no padding, read-only).
std::string xmp_packet(const XmpFields& fields);

// "2022-09-13T00:00:00": the Info dictionary's D:20220913000000 in XMP's notation.
std::string xmp_date(const model::Date& date);

}  // namespace raadsstuk::pdf::detail
