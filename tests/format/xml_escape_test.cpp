#include <catch2/catch.hpp>

#include "format/xml_escape.hpp"

using raadsstuk::format::escape_xml;

TEST_CASE("xml escape: the five special characters become references, everything else stays") {
    CHECK(escape_xml(R"(Wegen & "paden" <2023> 't)") == "Wegen &amp; &quot;paden&quot; &lt;2023&gt; &#39;t");
    CHECK(escape_xml("zorgcontinuïteit € ➢") == "zorgcontinuïteit € ➢");
    CHECK(escape_xml("&amp;") == "&amp;amp;");  // text, not markup: an entity in a value is shown as typed
    CHECK(escape_xml("").empty());
}
