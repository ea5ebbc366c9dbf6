// Values in the reader's words, as show and the review print them.
#include "render/value_words.h"

#include <doctest/doctest.h>

#include "in_language.h"
#include "load/yaml_tree.h"

using namespace multilat;

namespace {

yaml::Node parsed(const char* text) { return *yaml::parse_document(text).root; }

}  // namespace

TEST_CASE("value_words: a listed value in the catalogue's words, by the field's path") {
  multilat::testing::InLanguage french(Language::Fr);
  CHECK(value_words("meeting", "status", "held") == "tenue");
  CHECK(value_words("prospect", "stage", "negotiating") == "négociation");
  // nc-history's status takes nc-status's words; the item's name may hold a dot
  CHECK(value_words("organisation", "nc-history[2010-01-01].status", "observer") == "observateur");
  CHECK(value_words("organisation", "nc-history[v1.2].status", "member") == "membre");
  // no words in the catalogue, not a listed value, or no such field: as written
  CHECK(value_words("organisation", "type", "un-system") == "un-system");
  CHECK(value_words("meeting", "title", "held") == "held");
  CHECK(value_words("meeting", "nope.status", "held") == "held");
  CHECK(value_words("", "status", "held") == "held");
  multilat::testing::InLanguage english(Language::En);
  CHECK(value_words("meeting", "status", "held") == "held");
  CHECK(value_words("organisation", "nc-status", "associate-member") == "associate member");
}

TEST_CASE("fact_words: a bilingual value in the run's language, else the other") {
  yaml::Node root = parsed("acronym: {fr: CESAP, en: ESCAP}\nname: {fr: Seul}\nlist: [a, b]\n");
  {
    multilat::testing::InLanguage english(Language::En);
    CHECK(fact_words("organisation", "acronym", root.find("acronym")->node()) == "ESCAP");
    CHECK(fact_words("organisation", "name", root.find("name")->node()) == "Seul");
  }
  multilat::testing::InLanguage french(Language::Fr);
  CHECK(fact_words("organisation", "acronym", root.find("acronym")->node()) == "CESAP");
  CHECK(fact_words("organisation", "list", root.find("list")->node()) == "[a, b]");
  CHECK(fact_words("organisation", "nc-status", parsed("member")) == "membre");
}
