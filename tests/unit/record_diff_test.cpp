// Tests of the field-by-field comparison of two versions of a record: bilingual texts language
// by language, long texts word by word, and changes that touch only the layout.
#include "review/record_diff.h"

#include <doctest/doctest.h>

#include "review/change_set.h"

using namespace multilat;

namespace {

yaml::Node parsed(const char* text) { return *yaml::parse_document(text).root; }

std::vector<FieldChange> diff(const char* before, const char* after) {
  return diff_records(parsed(before), parsed(after));
}

// The scanner has classified both sides as a record of `kind`.
FileVersions modified(const char* path, const char* before, const char* after, Kind kind = Kind::Organisation) {
  FileVersions f;
  f.old_kind = f.new_kind = kind;
  f.old_path = f.new_path = path;
  f.old_bytes = before;
  f.new_bytes = after;
  return f;
}

}  // namespace

TEST_CASE("a bilingual text is compared language by language") {
  auto fields = diff("name: {fr: Communauté du Pacifique, en: Pacific Community}\n",
                     "name: {fr: Communauté du Pacifique Sud, en: Pacific Community}\n");
  REQUIRE(fields.size() == 1);
  CHECK(fields[0].field == "name.fr");
  CHECK(fields[0].old_value == "Communauté du Pacifique");
  CHECK(fields[0].new_value == "Communauté du Pacifique Sud");
  CHECK(fields[0].unchanged_language == "en");
  CHECK(fields[0].words.empty());  // short: shown as old → new
}

TEST_CASE("both languages changed: two changes, no language left behind") {
  auto fields = diff("name: {fr: A, en: B}\n", "name: {fr: C, en: D}\n");
  REQUIRE(fields.size() == 2);
  CHECK(fields[0].field == "name.fr");
  CHECK(fields[1].field == "name.en");
  CHECK(fields[0].unchanged_language.empty());
  CHECK(fields[1].unchanged_language.empty());
}

TEST_CASE("a translation added is not a language left behind") {
  auto fields = diff("name: {fr: A}\n", "name: {fr: A2, en: B}\n");
  REQUIRE(fields.size() == 2);
  CHECK(fields[1].field == "name.en");
  CHECK(fields[1].kind == FieldChange::Kind::Added);
  CHECK(fields[0].unchanged_language.empty());
}

TEST_CASE("a long or multi-line text gets its words, a short one does not") {
  CHECK_FALSE(diff("notes: \"un\\ndeux\"\n", "notes: \"un\\ntrois\"\n")[0].words.empty());
  std::string long_line(80, 'x');
  std::string before = "notes: " + long_line + " a\n", after = "notes: " + long_line + " b\n";
  CHECK_FALSE(diff(before.c_str(), after.c_str())[0].words.empty());
  CHECK(diff("notes: un\n", "notes: deux\n")[0].words.empty());
}

TEST_CASE("a line break and a written \\n are different texts") {
  CHECK(diff("notes: \"a\\nb\"\n", "notes: 'a\\nb'\n").size() == 1);
}

TEST_CASE("a change of comments only is kept, marked as such") {
  auto changes = describe_changes(
      {modified("records/entities/scrre.yaml", "name: SCRRE\ntype: government-service\n",
                "# the regional cooperation service\nname: SCRRE\ntype:   government-service\n", Kind::Entity)},
      Language::Fr);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].layout_only);
  CHECK(changes[0].fields.empty());
}

TEST_CASE("an added record carries its key facts") {
  FileVersions f;
  f.new_kind = Kind::Prospect;
  f.new_path = "records/prospects/spc-data.yaml";
  f.new_bytes =
      "title: Données\npartner: spc\nlead: scrre\nstage: proposal\nlast-contact: 2026-11-20\n";
  auto changes = describe_changes({f}, Language::Fr);
  REQUIRE(changes.size() == 1);
  std::vector<std::string> keys;
  for (const RecordFact& fact : changes[0].facts) keys.push_back(fact.key);
  CHECK(keys == std::vector<std::string>{"partner", "lead", "stage"});
}

TEST_CASE("a side not read says why, in the words its end gave, and is not compared") {
  FileVersions f = modified("records/organisations/oco.yaml", "name: A\n", "name: B\n");
  f.new_bytes.reset();
  f.new_unread = "over 2048 bytes";
  auto changes = describe_changes({f}, Language::En);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].new_invalid == "over 2048 bytes");
  CHECK(changes[0].fields.empty());
}

TEST_CASE("a record in conflict in the index is unmerged, not removed") {
  FileVersions f = modified("records/meetings/2027/crga-57.yaml", "title: X\n", "", Kind::Meeting);
  f.new_bytes.reset();
  f.unmerged = true;
  auto changes = describe_changes({f}, Language::Fr);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].kind == RecordChange::Kind::Unmerged);
}

TEST_CASE("the settings come after the records, which they are not one of") {
  FileVersions settings;
  settings.old_settings = settings.new_settings = true;
  settings.old_path = settings.new_path = "records/multilat.yaml";
  settings.old_bytes = "horizon: 30d\n";
  settings.new_bytes = "horizon: 45d\n";
  auto changes = describe_changes(
      {settings, modified("records/prospects/spc-data.yaml", "title: A\n", "title: B\n", Kind::Prospect)},
      Language::Fr);
  REQUIRE(changes.size() == 2);
  CHECK_FALSE(changes[0].is_settings());
  CHECK(changes[1].is_settings());
}
