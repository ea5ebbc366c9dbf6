// Tests of the JSON of record changes: YAML values become JSON values, not flattened strings.
#include "render/change_json.h"

#include <doctest/doctest.h>

#include "review/record_diff.h"

using namespace multilat;

namespace {

yaml::Node parsed(const char* text) { return *yaml::parse_document(text).root; }

}  // namespace

TEST_CASE("scalars are strings, mappings objects in the file's order, sequences arrays") {
  OrderedJson json =
      yaml_json(parsed("b: 2027-10-12\na: [x, {person: Jane Doe, entity: scrre}]\nc: true\nd:\n"));
  CHECK(
      json.dump() ==
      R"({"b":"2027-10-12","a":["x",{"person":"Jane Doe","entity":"scrre"}],"c":"true","d":null})");
}

TEST_CASE("a delegate added is an object, not its one-line text") {
  auto fields = diff_records(parsed("delegation: []\n"),
                             parsed("delegation:\n  - {person: Jane Doe, entity: scrre}\n"));
  REQUIRE(fields.size() == 1);
  CHECK(
      field_json(fields[0]).dump() ==
      R"({"field":"delegation[Jane Doe]","change":"added","old":null,"new":{"person":"Jane Doe","entity":"scrre"}})");
}

TEST_CASE("a long text keeps its old and new values whole, and says which language stayed") {
  auto fields = diff_records(parsed("notes: {fr: \"un\\ndeux\", en: \"one\\ntwo\"}\n"),
                             parsed("notes: {fr: \"un\\ntrois\", en: \"one\\ntwo\"}\n"));
  REQUIRE(fields.size() == 1);
  CHECK(
      field_json(fields[0]).dump() ==
      R"({"field":"notes.fr","change":"changed","old":"un\ndeux","new":"un\ntrois","unchanged_language":"en"})");
}

TEST_CASE("dates moved keep their count of days") {
  auto fields = diff_records(parsed("start: 2027-10-12\n"), parsed("start: 2027-10-19\n"));
  REQUIRE(fields.size() == 1);
  CHECK(field_json(fields[0]).dump() ==
        R"({"field":"start","change":"changed","old":"2027-10-12","new":"2027-10-19","days":7})");
}
