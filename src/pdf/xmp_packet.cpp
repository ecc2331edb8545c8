#include "pdf/xmp_packet.hpp"

#include "format/xml_escape.hpp"

namespace raadsstuk::pdf::detail {
namespace {

void property(std::string& out, const char* name, const std::string& value) {
    if (value.empty()) return;
    out += "   <";
    out += name;
    out += '>';
    out += format::escape_xml(value);
    out += "</";
    out += name;
    out += ">\n";
}

// A language alternative (dc:title, dc:description) with only the default entry.
void alternative(std::string& out, const char* name, const std::string& value) {
    if (value.empty()) return;
    out += std::string("   <") + name + "><rdf:Alt><rdf:li xml:lang=\"x-default\">" + format::escape_xml(value) +
           "</rdf:li></rdf:Alt></" + name + ">\n";
}

void list(std::string& out, const char* name, const char* kind, const std::string& value) {
    if (value.empty()) return;
    out += std::string("   <") + name + "><rdf:" + kind + "><rdf:li>" + format::escape_xml(value) + "</rdf:li></rdf:" +
           kind + "></" + name + ">\n";
}

void description_start(std::string& out, const char* prefix, const char* ns) {
    out += std::string("  <rdf:Description rdf:about=\"\" xmlns:") + prefix + "=\"" + ns + "\">\n";
}

}  // namespace

std::string xmp_date(const model::Date& date) { return date.iso() + "T00:00:00"; }

std::string xmp_packet(const XmpFields& f) {
    std::string out;
    out += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
    out += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n";
    out += " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";

    description_start(out, "pdfaid", "http://www.aiim.org/pdfa/ns/id/");
    property(out, "pdfaid:part", std::to_string(f.pdfa_part));
    property(out, "pdfaid:conformance", f.pdfa_conformance);
    out += "  </rdf:Description>\n";

    description_start(out, "dc", "http://purl.org/dc/elements/1.1/");
    property(out, "dc:format", "application/pdf");
    alternative(out, "dc:title", f.title);
    list(out, "dc:creator", "Seq", f.author);
    alternative(out, "dc:description", f.subject);
    list(out, "dc:language", "Bag", f.language);
    out += "  </rdf:Description>\n";

    description_start(out, "pdf", "http://ns.adobe.com/pdf/1.3/");
    property(out, "pdf:Producer", f.producer);
    property(out, "pdf:Keywords", f.keywords);
    out += "  </rdf:Description>\n";

    description_start(out, "xmp", "http://ns.adobe.com/xap/1.0/");
    property(out, "xmp:CreatorTool", f.creator_tool);
    const std::string date = xmp_date(f.date);
    property(out, "xmp:CreateDate", date);
    property(out, "xmp:ModifyDate", date);
    property(out, "xmp:MetadataDate", date);
    out += "  </rdf:Description>\n";

    out += " </rdf:RDF>\n";
    out += "</x:xmpmeta>\n";
    out += "<?xpacket end=\"w\"?>";
    return out;
}

}  // namespace raadsstuk::pdf::detail
