// Tests of parsing a record or the settings from a document already parsed: what show and
// review use so that they read each file once and keep its tree.
#include "load/record_parser.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "in_english.h"

using namespace multilat;
using multilat::testing::InEnglish;

namespace {

// A duplicate key (an error of the YAML parse) and a bad status (an error of validation).
constexpr const char* kMeeting =
    "title: CRGA 56\n"
    "organisation: spc\n"
    "title: CRGA 57\n"
    "start: 2026-12-10\n"
    "status: someday\n";

std::vector<std::string> rules_of(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> rules;
  for (const Diagnostic& d : diagnostics) rules.push_back(d.rule + " " + d.path);
  return rules;
}

}  // namespace

TEST_CASE_FIXTURE(InEnglish, "a record from its document has the diagnostics of its bytes, and the tree stays") {
  RecordFile file{"", Str("records/meetings/crga-56.yaml"), Kind::Meeting, Str("crga-56")};
  yaml::ParseResult document = yaml::parse_document(kMeeting);
  ParsedRecord from_document = parse_record(document, file);
  ParsedRecord from_bytes = parse_record(kMeeting, file);
  CHECK(rules_of(from_document.diagnostics) == rules_of(from_bytes.diagnostics));
  CHECK(rules_of(from_document.diagnostics) ==
        std::vector<std::string>{"yaml-duplicate-key records/meetings/crga-56.yaml",
                                 "field-value records/meetings/crga-56.yaml"});
  REQUIRE(from_document.record);
  CHECK(std::get<Meeting>(*from_document.record).header.id == "crga-56");
  REQUIRE(document.root);
  CHECK(document.root->find("organisation")->node().scalar == "spc");
}

TEST_CASE_FIXTURE(InEnglish, "the settings from their document have the diagnostics of their bytes") {
  RecordFile file{"", Str("records/multilat.yaml"), Kind::Organisation, Str("multilat")};
  constexpr const char* kSettings = "language: en\nlanguage: fr\nmax-file-size: lots\n";
  yaml::ParseResult document = yaml::parse_document(kSettings);
  ParsedSettings from_document = parse_settings(document, file);
  CHECK(rules_of(from_document.diagnostics) == rules_of(parse_settings(kSettings, file).diagnostics));
  CHECK(from_document.diagnostics.size() == 2);
  CHECK(from_document.settings.language == Language::En);
  CHECK(document.root->find("max-file-size")->node().scalar == "lots");
}
