// Tests of the text `multilat new` and `multilat init` write.
#include <doctest/doctest.h>

#include "load/record_parser.h"
#include "scaffold/init_repo.h"
#include "scaffold/new_record.h"
#include "schema/kinds.h"

using namespace multilat;
using namespace multilat::scaffold;

TEST_CASE("yaml_scalar: plain when it reads back the same, quoted otherwise") {
  CHECK(yaml_scalar("2027-10-12") == "2027-10-12");
  CHECK(yaml_scalar("57e réunion du CRGA") == "57e réunion du CRGA");
  CHECK(yaml_scalar("CRGA : budget") == "\"CRGA : budget\"");
  CHECK(yaml_scalar("key: value") == "\"key: value\"");
  CHECK(yaml_scalar("a #comment") == "\"a #comment\"");
  CHECK(yaml_scalar("- item") == "\"- item\"");
  CHECK(yaml_scalar("null") == "\"null\"");
  CHECK(yaml_scalar("yes") == "\"yes\"");
  CHECK(yaml_scalar("") == "\"\"");
  CHECK(yaml_scalar("say \"hi\"\\") == "say \"hi\"\\");  // quotes inside a plain scalar are text
  CHECK(yaml_scalar("\"hi\" \\") == "\"\\\"hi\\\" \\\\\"");
  CHECK(yaml_scalar("line\nbreak\x1b") == "\"line\\nbreak\\x1b\"");
}

TEST_CASE("new: what is given, then every other field commented, and it parses back") {
  FieldValues values{{"title", "Atelier : données"}, {"organisation", "spc"}, {"start", "2027-03-09"},
                     {"status", "planned"}, {"tags", "a, b"}};
  std::string text = record_text(Kind::Meeting, values, Language::En);
  CHECK(text.starts_with("title: \"Atelier : données\"\norganisation: spc\nstart: 2027-03-09\nstatus: planned\n"
                         "tags: [a, b]\n\n# body:  # "));
  CHECK(text.find("\n# delegation:  # ") != std::string::npos);
  CHECK(text.find("\n#   - person:  # ") != std::string::npos);
  CHECK(text.find("\n#     entity:  # ") != std::string::npos);
  RecordFile file{"x", "records/meetings/2027/x.yaml", Kind::Meeting, "x"};
  ParsedRecord parsed = parse_record(text, file);
  REQUIRE(parsed.record);
  CHECK(parsed.diagnostics.empty());
}

TEST_CASE("new: required fields missing, where the file goes, which flags a kind takes") {
  auto missing = missing_required(Kind::Meeting, {{"title", "x"}});
  std::vector<std::string> keys;
  for (const auto& f : missing) keys.push_back(f.flag);
  CHECK(keys == std::vector<std::string>{"organisation", "start", "status"});
  Date today = *parse_date("2026-11-29");
  CHECK(record_path(Kind::Meeting, "crga-58", {{"start", "2028-10-10"}}, today) == "meetings/2028/crga-58.yaml");
  CHECK(record_path(Kind::Meeting, "x", {}, today) == "meetings/2026/x.yaml");
  CHECK(record_path(Kind::Entity, "dass", {}, today) == "entities/dass.yaml");
  CHECK(takes_field(Kind::Prospect, "stage"));
  CHECK_FALSE(takes_field(Kind::Entity, "stage"));
  CHECK_FALSE(takes_field(Kind::Meeting, "delegation"));  // a list of mappings: written by hand
}

TEST_CASE("new: a mapping is given part by part, and written as a nested mapping that parses back") {
  CHECK(takes_field(Kind::Entity, "focal-point-person"));
  CHECK(takes_field(Kind::Entity, "focal-point-email"));
  CHECK_FALSE(takes_field(Kind::Entity, "focal-point"));
  CHECK(takes_field(Kind::Organisation, "focal-point"));  // an organisation's is an entity's id
  CHECK_FALSE(takes_field(Kind::Organisation, "focal-point-person"));
  CHECK(part_flags(Kind::Entity, "focal-point") == std::vector<std::string>{"focal-point-person", "focal-point-email"});
  CHECK(part_flags(Kind::Organisation, "focal-point").empty());
  FieldValues values{{"name", "DASS"}, {"type", "government-service"}, {"focal-point-email", "dass@example.nc"}};
  std::vector<std::string> keys;
  for (const auto& f : missing_required(Kind::Entity, values)) keys.push_back(f.flag);
  CHECK(keys == std::vector<std::string>{"focal-point-person"});  // once a part is given, its required parts
  values["focal-point-person"] = "Directrice";
  std::string text = record_text(Kind::Entity, values, Language::En);
  CHECK(text.starts_with("name: DASS\ntype: government-service\nfocal-point:\n  person: Directrice\n"
                         "  email: dass@example.nc\n\n# acronym:  # "));
  CHECK(text.find("# focal-point:") == std::string::npos);
  RecordFile file{"dass", "records/entities/dass.yaml", Kind::Entity, "dass"};
  ParsedRecord parsed = parse_record(text, file);
  REQUIRE(parsed.record);
  CHECK(parsed.diagnostics.empty());
}

TEST_CASE("new: a part not given stays commented inside its mapping") {
  std::string text = record_text(Kind::Entity, {{"name", "x"}, {"type", "government"}, {"focal-point-person", "Élise"}},
                                 Language::En);
  CHECK(text.find("focal-point:\n  person: Élise\n#   email:  # ") != std::string::npos);
}

TEST_CASE("init: the kind folders, commented settings that parse, schemas and editor settings") {
  auto files = repository_files(Language::Fr);
  std::vector<std::string> paths;
  for (const auto& f : files) paths.push_back(f.path);
  CHECK(paths.front() == "records/organisations/.gitkeep");
  CHECK(std::find(paths.begin(), paths.end(), "schemas/meeting.schema.json") != paths.end());
  CHECK(std::find(paths.begin(), paths.end(), ".vscode/settings.json") != paths.end());
  auto settings = std::find_if(files.begin(), files.end(), [](const PlannedFile& f) { return f.path == "records/multilat.yaml"; });
  REQUIRE(settings != files.end());
  CHECK(settings->content.find("\nlanguage: fr\n") != std::string::npos);
  CHECK(settings->content.find("# language:") == std::string::npos);
  RecordFile file{"x", "records/multilat.yaml", Kind::Organisation, "multilat"};
  auto parsed = parse_settings(settings->content, file);
  CHECK(parsed.diagnostics.empty());
}
