// Fuzz target: the template language. The input is the text of a template; it is compiled and, when it
// compiles, rendered against a fixed view with lists, maps, yes/no values and texts full of Markdown, and a
// set of partials that holds the template itself (so that {{>zelf}} recurses). Every fault must be a
// diagnostic (RS302-RS304): never a crash, a hang or an exception.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "render/template.hpp"
#include "render/value.hpp"

using namespace raadsstuk;

namespace {

render::Value fixed_view() {
    using render::Value;
    Value person = Value::map();
    person.set("naam", "A. R. de Graaf").set("functie", "burgemeester").set("laatste", true);
    Value people = Value::list();
    people.push_back(person).push_back(Value::map().set("naam", "*N.* [Stemerdink](x)").set("laatste", false));
    Value view = Value::map();
    view.set("onderwerp", "Stand van zaken `jeugdzorg` <b>& meer</b> {{onderwerp}}")
        .set("datum", "12 november 2020")
        .set("leeg", "")
        .set("ja", true)
        .set("nee", false)
        .set("ondertekening", people)
        .set("lijst", Value::list().push_back("een").push_back("twee"))
        .set("gemeente", Value::map().set("naam", "Voorschoten").set("adres", Value::list().push_back("Postbus 393")));
    return view;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const render::Value view = fixed_view();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    diag::Diagnostics out;
    auto tmpl = render::Template::compile(text, "templates/fuzz.md", out);
    if (!tmpl) return 0;
    render::TemplateSet set;
    set.add_partial("zelf", *tmpl);
    if (auto partial = render::Template::compile("{{#ondertekening}}{{naam}}{{/ondertekening}}\n",
                                                 "templates/partials/status.md", out))
        set.add_partial("status", *partial);
    (void)tmpl->render(view, set, out);
    return 0;
}
