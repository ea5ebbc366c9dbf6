// The JSON context renders what kainjow renders from the whole view converted into its data.
#include <doctest/doctest.h>
#include <kainjow/mustache.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "templates/json_context.h"
#include "templates/template_set.h"

using namespace multilat;
using Json = nlohmann::json;

namespace {

namespace fs = std::filesystem;

// kainjow's own rendering of the view converted whole: what the JSON context must match.
std::string converted_rendering(const std::string& text, const Json& view) {
  kainjow::mustache::mustache tmpl{text};
  REQUIRE(tmpl.is_valid());
  return tmpl.render(to_mustache_data(view));
}

struct TemplateFolder {
  fs::path root = fs::temp_directory_path() / "multilat-json-context-test";
  TemplateFolder() {
    fs::remove_all(root);
    fs::create_directories(root / "t");
  }
  ~TemplateFolder() { fs::remove_all(root); }
  PreparedTemplate prepare(const std::string& text) {
    std::ofstream(root / "t/page.mustache") << text;
    return TemplateSet({root}).prepare("t/page.mustache", Escaping::Html);
  }
};

const Json kView = {
    {"title", "Réunion <CRGA> & \"SPC\""},
    {"empty", ""},
    {"none", nullptr},
    {"yes", true},
    {"no", false},
    {"count", 3},
    {"ratio", 1.5},
    {"words", {"un", "", "trois"}},
    {"nothing", Json::array()},
    {"org", {{"name", "CPS"}, {"href", "../o/spc.html"}, {"inner", {{"name", "deep"}}}}},
    {"rows",
     {{{"name", "a"}, {"tags", {"x", "y"}}, {"org", {{"name", "row's own"}}}},
      {{"name", ""}, {"tags", Json::array()}},
      {{"label", "no name here"}}}},
    {"grid", {{"1", "2"}, Json::array()}},
};

const char* const kTemplates[] = {
    "{{title}}|{{{title}}}|{{&title}}",
    "[{{#empty}}shown{{/empty}}{{^empty}}hidden{{/empty}}][{{#none}}n{{/none}}{{^none}}null{{/none}}]",
    "{{#yes}}Y{{/yes}}{{^no}}N{{/no}}{{count}}/{{ratio}}{{#count}}c{{/count}}",
    "{{#words}}<{{.}}>{{/words}}{{^nothing}}none{{/nothing}}{{#nothing}}x{{/nothing}}",
    "{{org.name}} {{org.inner.name}} {{org.missing.name}} {{#org}}{{name}}={{href}}{{/org}}",
    "{{#rows}}({{name}}:{{#tags}}{{.}},{{/tags}}{{org.name}}|{{title}}){{/rows}}",
    "{{#rows}}{{#org}}{{name}}{{/org}}{{^name}}-{{/name}}{{/rows}}",
    "{{#grid}}[{{#.}}{{.}}{{/.}}]{{/grid}}",
    "{{#org}}{{#inner}}{{name}}/{{org.name}}/{{title}}{{/inner}}{{/org}}",
    "{{.}}{{#.}}{{title}}{{/.}}{{unknown}}{{a..b}}{{org.}}",
};

}  // namespace

TEST_CASE("JSON context: every template renders as kainjow renders the converted view") {
  TemplateFolder folder;
  for (const char* text : kTemplates) {
    CAPTURE(text);
    PreparedTemplate prepared = folder.prepare(text);
    std::string expected = converted_rendering(text, kView);
    CHECK(prepared.render(kView) == expected);
    // Its slots are reused by the next rendering: a second one, and one of another view, as fresh.
    CHECK(prepared.render(kView) == expected);
    Json other = {{"title", "autre"}, {"rows", {{{"name", "z"}}}}, {"words", {"w"}}};
    CHECK(prepared.render(other) == converted_rendering(text, other));
  }
}

TEST_CASE("JSON context: --strict names the first name no level has, reached or not") {
  TemplateFolder folder;
  CHECK(folder.prepare("{{#nothing}}{{absent}}{{/nothing}}{{title}}").render(kView, Strictness::UnknownIsError) ==
        converted_rendering("{{title}}", kView));
  CHECK_THROWS_WITH_AS(folder.prepare("ok\n{{#rows}}{{nmae}}{{/rows}}").render(kView, Strictness::UnknownIsError),
                       doctest::Contains("nmae"), TemplateError);
  CHECK_THROWS_AS(folder.prepare("{{org.inner.nmae}}").render(kView, Strictness::UnknownIsError), TemplateError);
}

TEST_CASE("JSON context: shared names come after the view's own, partials never from the view") {
  TemplateFolder folder;
  SharedNames shared(Json{{"labels", {{"when", "Quand"}}}, {"title", "shared title"}});
  CHECK(folder.prepare("{{labels.when}} {{title}}").render(kView, Strictness::Lenient, &shared) ==
        "Quand Réunion &lt;CRGA&gt; &amp; &quot;SPC&quot;");
  CHECK(folder.prepare("{{#rows}}{{labels.when}}{{/rows}}").render(kView, Strictness::Lenient, &shared) ==
        "QuandQuandQuand");
  // A partial is its file; a view's key of the same name is not looked at.
  std::ofstream(folder.root / "t/part.mustache") << "P{{title}}";
  Json view = {{"t/part", "{{title}}!"}, {"title", "T"}};
  CHECK(folder.prepare("[{{> t/part}}]").render(view) == "[PT]");
}

TEST_CASE("JSON context: a name an object lacks is asked of the derived names, its own key first") {
  TemplateFolder folder;
  DerivedNames upper = [](const Json& object, const std::string& name, std::string& value) {
    if (name != "shout" || !object.contains("name")) return false;
    value = object["name"].get<std::string>() + "!";
    return true;
  };
  Json view = {{"rows", {{{"name", "a"}}, {{"name", "b"}, {"shout", "own"}}, {{"other", 1}}}},
               {"org", {{"name", "spc"}}}};
  PreparedTemplate prepared = folder.prepare("{{#rows}}[{{shout}}]{{/rows}} {{org.shout}} {{shout}}");
  CHECK(prepared.render(view, Strictness::Lenient, nullptr, &upper) == "[a!][own][] spc! ");
  // Not derived where no object knows it: still unknown to --strict.
  CHECK_THROWS_AS(prepared.render(view, Strictness::UnknownIsError, nullptr, &upper), TemplateError);
  CHECK_NOTHROW(folder.prepare("{{org.shout}}").render(view, Strictness::UnknownIsError, nullptr, &upper));
}

TEST_CASE("JSON context: rows of an array within an array are their own objects, for derived names too") {
  TemplateFolder folder;
  DerivedNames link = [](const Json& object, const std::string& name, std::string& value) {
    if (name != "href") return false;
    if (object.contains("id")) value = "link:" + object["id"].get<std::string>();
    return object.contains("id") || object.contains("name");
  };
  PreparedTemplate prepared = folder.prepare("{{#a}}{{#.}}[{{href}}]{{/.}}{{/a}}");
  CHECK(prepared.render(Json{{"a", {{{{"name", "n"}}}}}, {"id", "e1"}}, Strictness::Lenient, nullptr, &link) == "[]");
  CHECK(prepared.render(Json{{"a", {{{{"id", "o1"}}}}}}, Strictness::Lenient, nullptr, &link) == "[link:o1]");
}
