// Tests of the messages that explain a common slip instead of its consequence: a comma inside
// braces, a colon inside unquoted text, a record saved in another kind's folder.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "in_english.h"
#include "load/record_parser.h"
#include "load/yaml_messages.h"

using namespace multilat;
using multilat::testing::InEnglish;

namespace {

std::vector<Diagnostic> diagnostics_of(std::string_view yaml, Kind kind = Kind::Meeting,
                                       std::string_view folder = "meetings") {
  std::string display = "records/" + std::string(folder) + "/x.yaml";
  RecordFile file{display, Str(display), kind, "x"};
  return parse_record(yaml, file).diagnostics;
}

constexpr const char* kMeeting =
    "title: Réunion\n"
    "organisation: spc\n"
    "start: 2026-12-14\n"
    "status: planned\n";

}  // namespace

TEST_CASE_FIXTURE(InEnglish, "a comma inside braces: quote the text, rather than an unknown key") {
  auto found = diagnostics_of(std::string(kMeeting) +
                              "agenda:\n  - {item: Budget, position: {fr: Soutien, sous réserve}}\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].rule == "key-unknown");
  CHECK(found[0].message ==
        "'sous réserve' is read as a key: inside braces, the comma cuts the text of 'fr'");
  CHECK(found[0].hint == "put text that holds a comma in quotes: fr: \"Soutien, sous réserve\"");
  CHECK(found[0].loc.line == 6);
}

TEST_CASE_FIXTURE(InEnglish, "a comma inside braces: a near-miss key keeps its did-you-mean") {
  auto found = diagnostics_of(std::string(kMeeting) + "report: {due: 2026-12-20, doen}\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "unknown key 'doen' in 'report'");
  CHECK(found[0].hint == "did you mean 'done'?");
}

TEST_CASE_FIXTURE(InEnglish, "a colon and a space in unquoted text, on the key's line") {
  auto found = diagnostics_of(std::string(kMeeting) + "notes: Réunion : préparation \"CRGA\"\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].rule == "yaml-syntax");
  CHECK(found[0].message ==
        "the text of 'notes' holds ': ' (a colon and a space): unquoted, YAML reads it as a new key");
  CHECK(found[0].hint == "put the text in quotes: notes: \"Réunion : préparation \\\"CRGA\\\"\"");
  CHECK(found[0].loc.line == 5);
}

TEST_CASE_FIXTURE(InEnglish, "a colon and a space in a list of texts") {
  auto found = diagnostics_of(std::string(kMeeting) + "outcomes:\n  - Budget : adopté\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].rule == "field-type");
  CHECK(found[0].message ==
        "the text of 'outcomes' holds ': ' (a colon and a space): unquoted, YAML reads it as a "
        "new key");
  CHECK(found[0].hint == "put the text in quotes: \"Budget : adopté\"");
}

TEST_CASE("colon_in_text: only a colon inside a value, for yaml-cpp's illegal map value") {
  std::string_view line = "notes: a : b";
  CHECK(yaml::colon_in_text("illegal map value", line, 9));
  CHECK_FALSE(yaml::colon_in_text("illegal map value", line, 10));  // not on the colon
  CHECK_FALSE(yaml::colon_in_text("end of map not found", line, 9));
  CHECK_FALSE(yaml::colon_in_text("illegal map value", "a : b", 2));  // the key's own colon
}

TEST_CASE_FIXTURE(InEnglish, "a meeting in organisations/ is reported once, with its folder") {
  auto found = diagnostics_of(std::string(kMeeting) + "delegation:\n  - {entity: scrre}\n",
                              Kind::Organisation, "organisations");
  REQUIRE(found.size() == 1);
  CHECK(found[0].rule == "file-wrong-kind");
  CHECK(found[0].loc.line == 0);
  CHECK(found[0].message ==
        "this file has the keys of a record of kind 'meeting', not 'organisation', yet it is in "
        "organisations/");
  CHECK(found[0].hint == "move it to the meetings/2026/ folder of the records");
}

TEST_CASE_FIXTURE(InEnglish, "a record with one or two typos is not taken for another kind") {
  SUBCASE("one unknown key is a typo") {
    auto found = diagnostics_of("name: SCRRE\ntype: government-service\nstart: 2026-01-01\n",
                                Kind::Entity, "entities");
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "key-unknown");
  }
  SUBCASE("keys no kind knows") {
    auto found = diagnostics_of(std::string(kMeeting) + "colour: blue\nsize: big\n");
    REQUIRE(found.size() == 2);
    CHECK(found[0].rule == "key-unknown");
  }
}
