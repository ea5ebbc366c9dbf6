// Tests that loading and check speak the run's language: a few representative diagnostics and
// the check summary, each in French and in English, and machine words that never change.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <sstream>
#include <string>

#include "check/rules.h"
#include "i18n/tr.h"
#include "load/validate.h"
#include "load/yaml_tree.h"
#include "render/check_report.h"
#include "schema/kinds.h"
#include "store_fixture.h"

using namespace multilat;
using multilat::testing::StoreFixture;
using multilat::testing::test_today;

namespace {

// The run's language for one scope, back to French (the default) afterwards.
struct Speaking {
  explicit Speaking(Language language) { i18n::set_language(language); }
  ~Speaking() { i18n::set_language(Language::Fr); }
  Speaking(const Speaking&) = delete;
  Speaking& operator=(const Speaking&) = delete;
};

// The only diagnostic of validating `yaml` as a meeting.
Diagnostic validate_meeting(std::string_view yaml) {
  yaml::ParseResult parsed = yaml::parse_document(yaml);
  REQUIRE(parsed.root);
  Validation v = validate_record(*parsed.root, schema::schema_of(Kind::Meeting), "m.yaml");
  REQUIRE(v.diagnostics.size() == 1);
  return v.diagnostics[0];
}

constexpr const char* kMeetingWithTypo =
    "title: CRGA 56\norganisation: spc\nstart: 2026-11-10\nstatus: planned\nlocaton: Suva\n";
constexpr const char* kMeetingOnFebruary30 =
    "title: CRGA 56\norganisation: spc\nstart: 2026-02-30\nstatus: planned\n";

constexpr const char* kSpc = "name: SPC\nnc-status: member\n";
constexpr const char* kMeetingOfSpcc =
    "title: CRGA 56\norganisation: spcc\nstart: 2026-12-10\nstatus: planned\n";
constexpr const char* kLateFollowUp =
    "title: CRGA 55\norganisation: spc\nstart: 2026-10-01\nstatus: held\noutcomes: [Adopted]\n"
    "follow-up:\n  - {what: Send the note, due: 2026-11-28}\n";

std::string summary(std::size_t errors, std::size_t warnings, std::size_t files,
                    std::size_t records) {
  return summary_line(CheckTotals{records, records, errors, warnings, files});
}

}  // namespace

TEST_CASE("an unknown key, with did-you-mean, in French and in English") {
  {
    Speaking french(Language::Fr);
    Diagnostic d = validate_meeting(kMeetingWithTypo);
    CHECK(d.message == "clé inconnue « locaton » dans cette réunion");
    CHECK(d.hint == "vouliez-vous dire « location » ?");
  }
  Speaking english(Language::En);
  Diagnostic d = validate_meeting(kMeetingWithTypo);
  CHECK(d.message == "unknown key 'locaton' in this meeting");
  CHECK(d.hint == "did you mean 'location'?");
}

TEST_CASE("a date that does not exist, in French and in English") {
  {
    Speaking french(Language::Fr);
    Diagnostic d = validate_meeting(kMeetingOnFebruary30);
    CHECK(d.rule == "date-invalid");
    CHECK(d.message == "« 2026-02-30 » n'est pas une date");
    CHECK(d.hint == "écrivez AAAA-MM-JJ, avec un jour qui existe dans le calendrier");
  }
  Speaking english(Language::En);
  Diagnostic d = validate_meeting(kMeetingOnFebruary30);
  CHECK(d.message == "2026-02-30 is not a date");
  CHECK(d.hint == "write YYYY-MM-DD with a day that exists on the calendar");
}

TEST_CASE("a missing field: the hint says what the field means, in each language") {
  {
    Speaking french(Language::Fr);
    Diagnostic d = validate_meeting("title: CRGA 56\norganisation: spc\nstatus: planned\n");
    CHECK(d.message == "il manque « start » dans cette réunion");
    CHECK(d.hint == "ajoutez « start: ... » (premier jour)");
  }
  Speaking english(Language::En);
  Diagnostic d = validate_meeting("title: CRGA 56\norganisation: spc\nstatus: planned\n");
  CHECK(d.message == "this meeting has no 'start'");
  CHECK(d.hint == "add 'start: ...' (first day)");
}

TEST_CASE("a reference to an unknown organisation, in French and in English") {
  StoreFixture fx({{"records/organisations/spc.yaml", kSpc},
                   {"records/meetings/2026/crga-56.yaml", kMeetingOfSpcc}});
  {
    Speaking french(Language::Fr);
    auto found = fx.check(test_today(), "ref-unknown");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message == "organisation inconnue « spcc »");
    CHECK(found[0].hint == "vouliez-vous dire « spc » ?");
  }
  Speaking english(Language::En);
  auto found = fx.check(test_today(), "ref-unknown");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "unknown organisation 'spcc'");
}

TEST_CASE("an overdue follow-up: French dates and the singular of one day") {
  StoreFixture fx({{"records/organisations/spc.yaml", kSpc},
                   {"records/meetings/2026/crga-55.yaml", kLateFollowUp}});
  {
    Speaking french(Language::Fr);
    auto found = fx.check(test_today(), "task-overdue");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message == "suivi ouvert, échéance du 28/11/2026 dépassée de 1 jour");
  }
  Speaking english(Language::En);
  auto found = fx.check(test_today(), "task-overdue");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "open follow-up was due 2026-11-28 (1 day ago)");
}

TEST_CASE("a yaml-cpp syntax error is worded in the run's language") {
  constexpr const char* kOpenBracket = "title: [CRGA\n";
  {
    Speaking french(Language::Fr);
    yaml::ParseResult parsed = yaml::parse_document(kOpenBracket);
    REQUIRE(parsed.issues.size() == 1);
    CHECK(parsed.issues[0].message == "syntaxe YAML\u00a0: crochet fermant introuvable");
  }
  Speaking english(Language::En);
  yaml::ParseResult parsed = yaml::parse_document(kOpenBracket);
  REQUIRE(parsed.issues.size() == 1);
  CHECK(parsed.issues[0].message == "YAML syntax: end of sequence flow not found");
}

TEST_CASE("the check summary line, with 0, 1 and 2 of each, in French and in English") {
  {
    Speaking french(Language::Fr);
    CHECK(summary(0, 0, 0, 0) == "0 fiche, aucun problème");
    CHECK(summary(0, 0, 0, 1) == "1 fiche, aucun problème");
    CHECK(summary(0, 0, 0, 2) == "2 fiches, aucun problème");
    CHECK(summary(1, 0, 1, 1) == "1 erreur, 0 avertissement dans 1 fichier ; 1 fiche vérifiée");
    CHECK(summary(2, 1, 2, 48) ==
          "2 erreurs, 1 avertissement dans 2 fichiers ; 48 fiches vérifiées");
    CHECK(summary(0, 2, 1, 5) ==
          "0 erreur, 2 avertissements dans 1 fichier ; 5 fiches vérifiées");
  }
  Speaking english(Language::En);
  CHECK(summary(0, 0, 0, 0) == "0 records, no problems");
  CHECK(summary(0, 0, 0, 1) == "1 record, no problems");
  CHECK(summary(0, 0, 0, 2) == "2 records, no problems");
  CHECK(summary(1, 0, 1, 1) == "1 error, 0 warnings in 1 file; 1 record checked");
  CHECK(summary(2, 1, 2, 48) == "2 errors, 1 warning in 2 files; 48 records checked");
}

TEST_CASE("severity: a word to read in each language, a stable word for machines") {
  Speaking french(Language::Fr);
  CHECK(severity_label(Severity::Error) == "erreur");
  CHECK(severity_label(Severity::Warning) == "avertissement");
  CHECK(severity_name(Severity::Error) == "error");
  CHECK(severity_name(Severity::Warning) == "warning");
  Diagnostic d{"m.yaml", Loc{2, 3, 1}, Severity::Warning, "task-overdue", "message", "conseil"};
  std::ostringstream json, github;
  render_check_json(json, {d}, count_totals({d}, 1, 1));
  render_check_github(github, {d}, count_totals({d}, 1, 1), [](const std::string& p) { return p; });
  CHECK(json.str().find("\"severity\": \"warning\"") != std::string::npos);
  CHECK(github.str().rfind("::warning file=m.yaml", 0) == 0);
}

TEST_CASE("every kind and every field type has its words in both languages") {
  for (Language language : {Language::Fr, Language::En}) {
    for (Kind kind : kAllKinds) {
      for (std::string_view form : {"this", "a", "unknown", "none", "record"}) {
        std::string key = fmt::format("load.kind.{}.{}", kind_name(kind), form);
        INFO("key: " << key);
        CHECK(i18n::tr_in(language, key) != key);
      }
    }
    for (std::string_view form : {"this", "record"}) {
      std::string key = fmt::format("load.kind.settings.{}", form);
      CHECK(i18n::tr_in(language, key) != key);
    }
    for (int type = 0; type <= static_cast<int>(schema::ValueType::Object); ++type) {
      std::string name(schema::value_type_name(static_cast<schema::ValueType>(type)));
      std::replace(name.begin(), name.end(), ' ', '-');
      std::string key = "load.type." + name;
      INFO("key: " << key);
      CHECK(i18n::tr_in(language, key) != key);
    }
  }
}
