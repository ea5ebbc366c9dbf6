// Tests of the rule table and of every store-level rule: one fixture that trips it, one that
// passes.
#include "check/rules.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <regex>
#include <set>
#include <string>

#include "i18n/tr.h"
#include "in_english.h"
#include "store_fixture.h"

using namespace multilat;
using multilat::testing::day;
using multilat::testing::InEnglish;
using multilat::testing::StoreFixture;
using multilat::testing::test_today;

namespace {

constexpr const char* kSpc =
    "name: {fr: Communauté du Pacifique, en: Pacific Community}\n"
    "nc-status: member\n"
    "nc-since: 1983-10-01\n"
    "bodies:\n"
    "  - {id: crga, name: CRGA, cadence: yearly}\n"
    "  - {id: conference, name: Conférence, cadence: every-2-years}\n";
constexpr const char* kScrre =
    "name: Service de la coopération régionale et des relations extérieures\n"
    "type: government-service\n";

// A planned meeting of SPC after today, so that no date rule fires; `extra` adds lines.
std::string meeting(std::string_view extra = "") {
  return "title: {fr: 56e CRGA, en: 56th CRGA}\n"  // line 1
         "organisation: spc\n"                     // line 2
         "body: crga\n"                            // line 3
         "start: 2026-12-10\n"                     // line 4
         "end: 2026-12-11\n"                       // line 5
         "status: planned\n"                       // line 6
         + std::string(extra);                     // line 7 onwards
}

// An open prospect with SPC as its partner and a recent contact; `extra` adds lines.
std::string prospect(std::string_view extra = "") {
  return "title: Statistiques\n"       // line 1
         "partner: spc\n"              // line 2
         "lead: scrre\n"               // line 3
         "stage: exploring\n"          // line 4
         "last-contact: 2026-11-20\n"  // line 5
         + std::string(extra);
}

// The fixture's files load without a single diagnostic, so that only the rule under test fires.
void require_clean_load(const StoreFixture& fx) {
  for (const Diagnostic& d : fx.load_diagnostics)
    INFO(d.path << ": " << d.rule << ": " << d.message);
  REQUIRE(fx.load_diagnostics.empty());
}

// Exactly one diagnostic of `rule`, with the table's severity.
Diagnostic only(const std::vector<Diagnostic>& found, std::string_view rule, Severity severity) {
  for (const Diagnostic& d : found) INFO(d.path << ":" << d.loc.line << ": " << d.message);
  REQUIRE(found.size() == 1);
  CHECK(found[0].rule == rule);
  CHECK(found[0].severity == severity);
  REQUIRE(find_rule(rule) != nullptr);
  CHECK(find_rule(rule)->severity == severity);
  return found[0];
}

}  // namespace

// --- the table -------------------------------------------------------------------------------

TEST_CASE("every rule id is unique, kebab-case, and has a summary and an explanation") {
  std::regex kebab("[a-z0-9]+(-[a-z0-9]+)*");
  std::set<std::string_view> seen;
  for (const Rule& rule : all_rules()) {
    CAPTURE(rule.id);
    CHECK(seen.insert(rule.id).second);
    CHECK(std::regex_match(std::string(rule.id), kebab));
    for (Language language : {Language::Fr, Language::En}) {
      i18n::set_language(language);
      CHECK(rule_summary(rule) != fmt::format("rule.{}.summary", rule.id));
      std::string explain = rule_explanation(rule);
      CHECK(explain != fmt::format("rule.{}.explain", rule.id));
      CHECK(explain.back() == '.');
    }
    i18n::set_language(Language::Fr);
    CHECK(find_rule(rule.id) == &rule);
  }
  CHECK(seen.size() == all_rules().size());
  CHECK(find_rule("nosuch") == nullptr);
  CHECK(find_rule("") == nullptr);
}

// delegation-clash is tested in rules_agenda_test.cpp.
TEST_CASE("the store-level rules are exactly the ones with a test") {
  std::set<std::string_view> with_run;
  for (const Rule& rule : all_rules()) {
    if (rule.run) with_run.insert(rule.id);
  }
  CHECK(with_run ==
        std::set<std::string_view>{"ref-unknown", "body-unknown", "date-order",
                                   "deadline-after-meeting", "nc-status-dates", "task-overdue",
                                   "meeting-not-held", "meeting-no-outcome", "prospect-stale",
                                   "prospect-partner", "silence-unknown", "delegation-clash",
                                   "date-in-future", "report-before-meeting",
                                   "meeting-far-ahead", "recurrence-too-early",
                                   "amount-fraction"});
}

TEST_CASE("make_diagnostic takes the severity from the table") {
  RecordHeader header;
  header.path = "records/meetings/x.yaml";
  Diagnostic warning = make_diagnostic(header, Loc{3, 4, 5}, "task-overdue", "late", "hint");
  CHECK(warning.severity == Severity::Warning);
  CHECK(warning.path == "records/meetings/x.yaml");
  CHECK(warning.loc.line == 3);
  CHECK(warning.message == "late");
  CHECK(warning.hint == "hint");
  CHECK(make_diagnostic(header, Loc{}, "ref-unknown", "x").severity == Severity::Error);
}

TEST_CASE("a clean store gives no diagnostics at all, and the result is sorted") {
  StoreFixture fx(
      {{"records/organisations/spc.yaml", kSpc},
       {"records/entities/scrre.yaml", kScrre},
       {"records/meetings/2026/crga-56.yaml", meeting("delegation:\n  - entity: scrre\n")},
       {"records/prospects/spc-statistics.yaml", prospect()}});
  require_clean_load(fx);
  CHECK(fx.store.record_count() == 4);
  CHECK(fx.check(test_today()).empty());
}

// --- ref-unknown -----------------------------------------------------------------------------

TEST_CASE_FIXTURE(InEnglish, "ref-unknown: an unknown organisation, with did-you-mean") {
  StoreFixture fx({{"records/organisations/spc.yaml", kSpc},
                   {"records/meetings/2026/crga-56.yaml",
                    "title: CRGA 56\norganisation: spcc\nstart: 2026-12-10\nstatus: planned\n"}});
  require_clean_load(fx);
  Diagnostic d = only(fx.check(test_today(), "ref-unknown"), "ref-unknown", Severity::Error);
  CHECK(d.path == "records/meetings/2026/crga-56.yaml");
  CHECK(d.message == "unknown organisation 'spcc'");
  CHECK(d.hint == "did you mean 'spc'?");
  CHECK(d.loc.line == 2);
  CHECK(d.loc.column == 15);
  CHECK(d.loc.length == 4);
}

TEST_CASE_FIXTURE(InEnglish,
                  "ref-unknown: an unknown entity with nothing close says where to add it") {
  StoreFixture fx({{"records/organisations/spc.yaml", kSpc},
                   {"records/entities/scrre.yaml", kScrre},
                   {"records/meetings/2026/crga-56.yaml",
                    meeting("delegation:\n  - entity: scrre\n  - entity: dafe\n")}});
  require_clean_load(fx);
  Diagnostic d = only(fx.check(test_today(), "ref-unknown"), "ref-unknown", Severity::Error);
  CHECK(d.message == "unknown entity 'dafe'");
  CHECK(d.hint == "no entity has this id; add records/entities/dafe.yaml or fix the id");
  CHECK(d.loc.line == 9);
}

TEST_CASE_FIXTURE(InEnglish, "ref-unknown: an id of the wrong kind") {
  StoreFixture fx({{"records/organisations/spc.yaml", kSpc},
                   {"records/entities/scrre.yaml", kScrre},
                   {"records/prospects/spc-statistics.yaml",
                    "title: a\npartner: scrre\nlead: spc\nstage: idea\n"}});
  require_clean_load(fx);
  std::vector<Diagnostic> found = fx.check(test_today(), "ref-unknown");
  REQUIRE(found.size() == 2);
  CHECK(found[0].message == "'scrre' is an entity, not an organisation");
  CHECK(found[0].loc.line == 2);
  CHECK(found[1].message == "'spc' is an organisation, not an entity");
  CHECK(found[1].loc.line == 3);
}

// Regression: for an id of the wrong kind, src/check/rules_references.cpp (check_reference, via
// suggestion()) gives the hint "no organisation has this id; add records/organisations/scrre.yaml
// or fix the id". Following it creates a second record with the id `scrre`, an id-duplicate
// error. The hint must not tell the user to create a file whose id is already taken.
TEST_CASE_FIXTURE(
    InEnglish, "ref-unknown: the hint for an id of the wrong kind never proposes a duplicate id") {
  StoreFixture fx({{"records/organisations/spc.yaml", kSpc},
                   {"records/entities/scrre.yaml", kScrre},
                   {"records/prospects/spc-statistics.yaml",
                    "title: a\npartner: scrre\nlead: scrre\nstage: idea\n"}});
  require_clean_load(fx);
  Diagnostic d = only(fx.check(test_today(), "ref-unknown"), "ref-unknown", Severity::Error);
  CHECK(d.message == "'scrre' is an entity, not an organisation");
  CHECK(d.hint.find("add records/organisations/scrre.yaml") == std::string::npos);
  CHECK_FALSE(d.hint.empty());
}

TEST_CASE("ref-unknown: passes when every id resolves to a record of its kind") {
  StoreFixture fx({{"records/organisations/spc.yaml", kSpc},
                   {"records/entities/scrre.yaml", kScrre},
                   {"records/meetings/2026/crga-56.yaml",
                    meeting("delegation:\n  - entity: scrre\nprospects: [spc-statistics]\n")},
                   {"records/prospects/spc-statistics.yaml", prospect()}});
  require_clean_load(fx);
  CHECK(fx.check(test_today(), "ref-unknown").empty());
}

// --- body-unknown ----------------------------------------------------------------------------

TEST_CASE_FIXTURE(InEnglish, "body-unknown: a body the organisation does not list") {
  SUBCASE("a typo") {
    StoreFixture fx({{"records/organisations/spc.yaml", kSpc},
                     {"records/meetings/crga-56.yaml",
                      "title: a\norganisation: spc\nbody: crgaa\nstart: 2026-12-10\n"
                      "status: planned\n"}});
    require_clean_load(fx);
    Diagnostic d = only(fx.check(test_today(), "body-unknown"), "body-unknown", Severity::Error);
    CHECK(d.message == "'crgaa' is not a body of spc");
    CHECK(d.hint == "did you mean 'crga'?");
    CHECK(d.loc.line == 3);
    CHECK(d.loc.column == 7);
  }
  SUBCASE("nothing close lists the bodies") {
    StoreFixture fx({{"records/organisations/spc.yaml", kSpc},
                     {"records/meetings/crga-56.yaml",
                      "title: a\norganisation: spc\nbody: council\nstart: 2026-12-10\n"
                      "status: planned\n"}});
    Diagnostic d = only(fx.check(test_today(), "body-unknown"), "body-unknown", Severity::Error);
    CHECK(d.hint == "spc's bodies are: crga, conference");
  }
  SUBCASE("an organisation without bodies") {
    StoreFixture fx({{"records/organisations/pif.yaml", "name: PIF\nnc-status: member\n"},
                     {"records/meetings/pif-54.yaml",
                      "title: a\norganisation: pif\nbody: leaders\nstart: 2026-12-10\n"
                      "status: planned\n"}});
    Diagnostic d = only(fx.check(test_today(), "body-unknown"), "body-unknown", Severity::Error);
    CHECK(d.message == "'leaders' is not a body of pif");
    CHECK(d.hint == "pif lists no bodies; add them under 'bodies'");
  }
}

TEST_CASE(
    "body-unknown: passes for a listed body, and stays quiet when the organisation is unknown") {
  StoreFixture fx(
      {{"records/organisations/spc.yaml", kSpc},
       {"records/meetings/crga-56.yaml", meeting()},
       {"records/meetings/other.yaml",
        "title: a\norganisation: nosuch\nbody: x\nstart: 2026-12-10\nstatus: planned\n"}});
  require_clean_load(fx);
  CHECK(fx.check(test_today(), "body-unknown").empty());
  CHECK(fx.check(test_today(), "ref-unknown").size() == 1);
}

// --- date-order ------------------------------------------------------------------------------

TEST_CASE_FIXTURE(InEnglish, "date-order: a meeting that ends before it starts") {
  StoreFixture fx({{"records/organisations/spc.yaml", kSpc},
                   {"records/meetings/crga-56.yaml",
                    "title: a\norganisation: spc\nstart: 2026-12-10\nend: 2026-12-08\n"
                    "status: planned\n"}});
  require_clean_load(fx);
  Diagnostic d = only(fx.check(test_today(), "date-order"), "date-order", Severity::Error);
  CHECK(d.message == "the meeting ends (2026-12-08) before it starts (2026-12-10)");
  CHECK(d.hint == "swap start and end, or fix the year");
  CHECK(d.loc.line == 4);
  CHECK(d.loc.column == 6);
}

TEST_CASE_FIXTURE(InEnglish, "date-order: a history listed out of order") {
  StoreFixture fx({{"records/organisations/spc.yaml", kSpc},
                   {"records/entities/scrre.yaml", kScrre},
                   {"records/prospects/spc-statistics.yaml",
                    prospect("history:\n"
                             "  - {date: 2026-05-01, note: Premier contact}\n"
                             "  - {date: 2026-03-01, note: Idée}\n"
                             "  - {date: 2026-06-01, note: Réunion}\n")}});
  require_clean_load(fx);
  Diagnostic d = only(fx.check(test_today(), "date-order"), "date-order", Severity::Error);
  CHECK(d.message == "history entry of 2026-03-01 comes after 2026-05-01");
  CHECK(d.hint == "list the entries oldest first");
  CHECK(d.loc.line == 8);
}

TEST_CASE_FIXTURE(InEnglish, "date-order: an nc-history listed out of order") {
  StoreFixture fx({{"records/organisations/pif.yaml",
                    "name: PIF\nnc-status: member\nnc-since: 2016-09-10\nnc-history:\n"
                    "  - {status: associate-member, since: 2006-10-01}\n"
                    "  - {status: observer, since: 1999-10-01}\n"
                    "  - {status: member, since: 2016-09-10}\n"}});
  require_clean_load(fx);
  Diagnostic d = only(fx.check(test_today(), "date-order"), "date-order", Severity::Error);
  CHECK(d.message == "status change of 1999-10-01 comes after 2006-10-01");
  CHECK(d.loc.line == 6);
}

TEST_CASE("date-order: passes for a one-day meeting and histories oldest first") {
  StoreFixture fx(
      {{"records/organisations/spc.yaml", kSpc},
       {"records/entities/scrre.yaml", kScrre},
       {"records/meetings/crga-56.yaml",
        "title: a\norganisation: spc\nstart: 2026-12-10\nend: 2026-12-10\n"
        "status: planned\n"},
       {"records/prospects/spc-statistics.yaml",
        prospect("history:\n  - {date: 2026-03-01, note: a}\n"
                 "  - {date: 2026-03-01, note: b}\n  - {date: 2026-05-01, note: c}\n")}});
  require_clean_load(fx);
  CHECK(fx.check(test_today(), "date-order").empty());
}

// --- deadline-after-meeting ------------------------------------------------------------------

TEST_CASE_FIXTURE(InEnglish, "deadline-after-meeting: a deadline due after the first day") {
  StoreFixture fx({{"records/organisations/spc.yaml", kSpc},
                   {"records/meetings/crga-56.yaml",
                    meeting("deadlines:\n  - what: Inscription\n    due: 2026-12-11\n")}});
  require_clean_load(fx);
  Diagnostic d = only(fx.check(test_today(), "deadline-after-meeting"), "deadline-after-meeting",
                      Severity::Warning);
  CHECK(d.message == "deadline 2026-12-11 is after the meeting starts (2026-12-10)");
  CHECK(d.hint == "move work due after the meeting to follow-up");
  CHECK(d.loc.line == 9);
  CHECK(d.loc.column == 10);
}

TEST_CASE("deadline-after-meeting: passes for a deadline on the first day or before") {
  StoreFixture fx(
      {{"records/organisations/spc.yaml", kSpc},
       {"records/meetings/crga-56.yaml", meeting("deadlines:\n  - {what: Note, due: 2026-12-10}\n"
                                                 "  - {what: Inscription, due: 2026-11-01}\n")}});
  require_clean_load(fx);
  CHECK(fx.check(test_today(), "deadline-after-meeting").empty());
}

// --- date-in-future --------------------------------------------------------------------------

TEST_CASE_FIXTURE(InEnglish, "date-in-future: things done cannot be dated after today") {
  StoreFixture fx(
      {{"records/organisations/spc.yaml",
        std::string(kSpc) +
            "contributions:\n  - {what: Dues, amount: 100, currency: XPF, due: 2026-11-01, paid: 2026-11-30}\n"
            "strategies:\n  - {title: Plan, input-sent: 2027-01-05}\n"},
       {"records/meetings/crga-56.yaml",
        meeting("deadlines:\n  - {what: Note, due: 2026-11-20, done: 2026-12-01}\n"
                "report: {due: 2026-12-20, done: 2026-12-21}\n")},
       {"records/prospects/spc-statistics.yaml",
        "title: Statistiques\npartner: spc\nlead: scrre\nstage: exploring\n"
        "last-contact: 2026-11-30\nstage-since: 2026-12-02\n"
        "history:\n  - {date: 2026-12-03, note: Appel}\n"},
       {"records/entities/scrre.yaml", kScrre}});
  require_clean_load(fx);
  std::vector<Diagnostic> found = fx.check(test_today(), "date-in-future");
  std::vector<std::string> messages;
  for (const Diagnostic& d : found) {
    CHECK(d.severity == Severity::Error);
    CHECK(d.hint == "write the day it happened, or leave it out until it has");
    messages.push_back(d.message);
  }
  CHECK(messages == std::vector<std::string>{
                        "done 2026-12-01 is in the future (today is 2026-11-29)",
                        "done 2026-12-21 is in the future (today is 2026-11-29)",
                        "paid 2026-11-30 is in the future (today is 2026-11-29)",
                        "input-sent 2027-01-05 is in the future (today is 2026-11-29)",
                        "last-contact 2026-11-30 is in the future (today is 2026-11-29)",
                        "stage-since 2026-12-02 is in the future (today is 2026-11-29)",
                        "date 2026-12-03 is in the future (today is 2026-11-29)"});
}

TEST_CASE("date-in-future: passes for things done today or before, and for dues to come") {
  StoreFixture fx(
      {{"records/organisations/spc.yaml",
        std::string(kSpc) +
            "contributions:\n  - {what: Dues, amount: 100, currency: XPF, due: 2027-01-01, "
            "paid: 2026-11-29}\n"},
       {"records/meetings/crga-56.yaml",
        meeting("deadlines:\n  - {what: Note, due: 2026-12-01, done: 2026-11-28}\n")},
       {"records/prospects/spc-statistics.yaml", prospect("stage-since: 2026-11-29\n")},
       {"records/entities/scrre.yaml", kScrre}});
  require_clean_load(fx);
  CHECK(fx.check(test_today(), "date-in-future").empty());
}

// --- report-before-meeting -------------------------------------------------------------------

TEST_CASE_FIXTURE(InEnglish, "report-before-meeting: due before the end, done before the start") {
  StoreFixture fx({{"records/organisations/spc.yaml", kSpc},
                   {"records/meetings/crga-56.yaml",
                    meeting("report: {due: 2026-12-10, done: 2026-11-09}\n")}});
  require_clean_load(fx);
  std::vector<Diagnostic> found = fx.check(test_today(), "report-before-meeting");
  REQUIRE(found.size() == 2);
  CHECK(found[0].severity == Severity::Error);
  CHECK(found[0].message == "the mission report is due 2026-12-10, before the meeting ends (2026-12-11)");
  CHECK(found[0].loc.line == 7);
  CHECK(found[1].message ==
        "the mission report is done 2026-11-09, before the meeting starts (2026-12-10)");
}

TEST_CASE("report-before-meeting: passes for a report due on the last day or after") {
  StoreFixture fx({{"records/organisations/spc.yaml", kSpc},
                   {"records/meetings/crga-56.yaml", meeting("report: {due: 2026-12-11}\n")}});
  require_clean_load(fx);
  CHECK(fx.check(test_today(), "report-before-meeting").empty());
}

// --- meeting-far-ahead -----------------------------------------------------------------------

TEST_CASE_FIXTURE(InEnglish, "meeting-far-ahead: a start more than five years after today") {
  std::string far = meeting();
  far.replace(far.find("2026-12-10"), 10, "2031-11-30");
  far.replace(far.find("2026-12-11"), 10, "2031-12-01");
  StoreFixture fx({{"records/organisations/spc.yaml", kSpc}, {"records/meetings/crga-56.yaml", far}});
  require_clean_load(fx);
  Diagnostic d =
      only(fx.check(test_today(), "meeting-far-ahead"), "meeting-far-ahead", Severity::Warning);
  CHECK(d.message == "the meeting starts 2031-11-30, more than 5 years from today");
  CHECK(d.loc.line == 4);
}

TEST_CASE("meeting-far-ahead: passes for a meeting exactly five years ahead") {
  std::string near = meeting();
  near.replace(near.find("2026-12-10"), 10, "2031-11-29");
  near.replace(near.find("2026-12-11"), 10, "2031-11-30");
  StoreFixture fx({{"records/organisations/spc.yaml", kSpc}, {"records/meetings/crga-56.yaml", near}});
  require_clean_load(fx);
  CHECK(fx.check(test_today(), "meeting-far-ahead").empty());
}

// --- amount-fraction -------------------------------------------------------------------------

std::string spc_due_of(std::string_view amount, std::string_view currency) {
  return std::string(kSpc) + "contributions:\n" +
         fmt::format("  - {{amount: {}, currency: {}, due: 2026-03-31}}\n", amount, currency);
}

TEST_CASE_FIXTURE(InEnglish, "amount-fraction: an XPF amount with cents") {
  StoreFixture fx({{"records/organisations/spc.yaml", spc_due_of("12500000.5", "XPF")}});
  require_clean_load(fx);
  Diagnostic d = only(fx.check(test_today(), "amount-fraction"), "amount-fraction", Severity::Warning);
  CHECK(d.message == "the amount 12500000.5 XPF has decimals, but the franc Pacifique has no subunit");
  CHECK(d.loc.line == 8);
}

TEST_CASE_FIXTURE(InEnglish, "amount-fraction: whole francs, zero cents, and cents in euros pass") {
  for (const auto& due : {std::pair{"12500000", "XPF"}, std::pair{"12500000.00", "XPF"},
                          std::pair{"20000.50", "EUR"}}) {
    CAPTURE(due.first);
    StoreFixture fx({{"records/organisations/spc.yaml", spc_due_of(due.first, due.second)}});
    require_clean_load(fx);
    CHECK(fx.check(test_today(), "amount-fraction").empty());
  }
}

// --- recurrence-too-early --------------------------------------------------------------------

// SPC as kSpc has it (New Caledonia a member since 1983-10-01), with one recurring due.
std::string spc_with_dues(std::string_view first_due, std::string_view status = kSpc) {
  return std::string(status) + "contributions:\n" +
         fmt::format("  - {{amount: 1000, currency: XPF, due: {}, recurs: yearly}}\n", first_due);
}

TEST_CASE_FIXTURE(InEnglish, "recurrence-too-early: dues that recur from long before the status") {
  StoreFixture fx({{"records/organisations/spc.yaml", spc_with_dues("1900-01-01")}});
  require_clean_load(fx);
  Diagnostic d = only(fx.check(test_today(), "recurrence-too-early"), "recurrence-too-early",
                      Severity::Warning);
  CHECK(d.message == "recurring dues start 1900-01-01, more than a year before New Caledonia's "
                     "first status in this organisation (1983-10-01)");
  CHECK(d.loc.line == 8);
}

TEST_CASE_FIXTURE(InEnglish, "recurrence-too-early: the oldest status of the history counts") {
  std::string observer_first = std::string(kSpc) + "nc-history:\n"
                               "  - {status: observer, since: 1947-02-06}\n"
                               "  - {status: member, since: 1983-10-01}\n";
  StoreFixture fx(
      {{"records/organisations/spc.yaml", spc_with_dues("1950-01-01", observer_first)}});
  require_clean_load(fx);
  CHECK(fx.check(test_today(), "recurrence-too-early").empty());
  StoreFixture early(
      {{"records/organisations/spc.yaml", spc_with_dues("1946-02-05", observer_first)}});
  Diagnostic d = only(early.check(test_today(), "recurrence-too-early"), "recurrence-too-early",
                      Severity::Warning);
  CHECK(d.message.find("(1947-02-06)") != std::string::npos);
}

TEST_CASE_FIXTURE(InEnglish, "recurrence-too-early: without a status date, before 1946") {
  constexpr const char* kNoDate = "name: Forum\nnc-status: member\n";
  StoreFixture fx({{"records/organisations/pif.yaml", spc_with_dues("1945-12-31", kNoDate)}});
  require_clean_load(fx);
  Diagnostic d = only(fx.check(test_today(), "recurrence-too-early"), "recurrence-too-early",
                      Severity::Warning);
  CHECK(d.message ==
        "recurring dues start 1945-12-31, before 1946 and any membership of New Caledonia");
  StoreFixture later({{"records/organisations/pif.yaml", spc_with_dues("1946-01-01", kNoDate)}});
  CHECK(later.check(test_today(), "recurrence-too-early").empty());
}

TEST_CASE("recurrence-too-early: passes for dues up to a year before the status, and one-offs") {
  StoreFixture fx({{"records/organisations/spc.yaml",
                    spc_with_dues("1982-10-01") +
                        "  - {amount: 1000, currency: XPF, due: 1900-01-01, paid: 1900-01-01}\n"}});
  require_clean_load(fx);
  CHECK(fx.check(test_today(), "recurrence-too-early").empty());
  StoreFixture early({{"records/organisations/spc.yaml", spc_with_dues("1982-09-30")}});
  CHECK(early.check(test_today(), "recurrence-too-early").size() == 1);
}

// --- nc-status-dates -------------------------------------------------------------------------

TEST_CASE_FIXTURE(InEnglish,
                  "nc-status-dates: nc-since in the future, and today is not the future") {
  StoreFixture fx({{"records/organisations/unesco.yaml",
                    "name: UNESCO\nnc-status: associate-member\nnc-since: 2026-11-30\n"}});
  require_clean_load(fx);
  Diagnostic d =
      only(fx.check(test_today(), "nc-status-dates"), "nc-status-dates", Severity::Error);
  CHECK(d.message == "nc-since 2026-11-30 is in the future");
  CHECK(d.hint == "record the status once it has begun");
  CHECK(d.loc.line == 3);
  CHECK(fx.check(day("2026-11-30"), "nc-status-dates").empty());
}

TEST_CASE_FIXTURE(InEnglish, "nc-status-dates: status none with a date") {
  StoreFixture fx(
      {{"records/organisations/ffa.yaml", "name: FFA\nnc-status: none\nnc-since: 2020-01-01\n"}});
  require_clean_load(fx);
  Diagnostic d =
      only(fx.check(test_today(), "nc-status-dates"), "nc-status-dates", Severity::Error);
  CHECK(d.message == "nc-status is none but nc-since gives a date");
  CHECK(d.loc.line == 3);
}

TEST_CASE_FIXTURE(InEnglish,
                  "nc-status-dates: the last nc-history entry disagrees with nc-status") {
  StoreFixture fx({{"records/organisations/pif.yaml",
                    "name: PIF\nnc-status: member\nnc-since: 2016-09-10\nnc-history:\n"
                    "  - {status: observer, since: 1999-10-01}\n"
                    "  - {status: associate-member, since: 2006-10-01}\n"}});
  require_clean_load(fx);
  Diagnostic d =
      only(fx.check(test_today(), "nc-status-dates"), "nc-status-dates", Severity::Error);
  CHECK(d.message ==
        "the last nc-history entry (associate-member since 2006-10-01) differs from "
        "nc-status (member since 2016-09-10)");
  CHECK(d.hint == "the last entry of nc-history is the current status: make them agree");
  CHECK(d.loc.line == 6);
}

TEST_CASE("nc-status-dates: passes when the history ends with the current status") {
  StoreFixture fx({{"records/organisations/pif.yaml",
                    "name: PIF\nnc-status: member\nnc-since: 2016-09-10\nnc-history:\n"
                    "  - {status: observer, since: 1999-10-01}\n"
                    "  - {status: associate-member, since: 2006-10-01}\n"
                    "  - {status: member, since: 2016-09-10}\n"},
                   {"records/organisations/ffa.yaml", "name: FFA\nnc-status: none\n"},
                   {"records/organisations/spc.yaml", kSpc}});
  require_clean_load(fx);
  CHECK(fx.check(test_today(), "nc-status-dates").empty());
}

// --- task-overdue ----------------------------------------------------------------------------

TEST_CASE_FIXTURE(InEnglish,
                  "task-overdue: an open action past its due date, but not one due today") {
  StoreFixture fx({{"records/entities/scrre.yaml", kScrre},
                   {"records/organisations/spc.yaml",
                    std::string(kSpc) + "actions:\n"
                                        "  - {what: Relancer, owner: scrre, due: 2026-11-28}\n"
                                        "  - {what: Envoyer, owner: scrre, due: 2026-11-29}\n"}});
  require_clean_load(fx);
  Diagnostic d = only(fx.check(test_today(), "task-overdue"), "task-overdue", Severity::Warning);
  CHECK(d.path == "records/organisations/spc.yaml");
  CHECK(d.message == "open action was due 2026-11-28 (1 day ago)");
  CHECK(d.hint == "set status: done or dropped, or agree a new due date");
  CHECK(d.loc.line == 8);
  CHECK(fx.check(day("2026-11-28"), "task-overdue").empty());
  CHECK(fx.check(day("2026-11-30"), "task-overdue").size() == 2);
}

TEST_CASE_FIXTURE(InEnglish, "task-overdue: an open meeting follow-up counts the days") {
  StoreFixture fx({{"records/organisations/spc.yaml", kSpc},
                   {"records/meetings/crga-55.yaml",
                    "title: a\norganisation: spc\nstart: 2026-10-14\nstatus: held\n"
                    "outcomes: [Budget adopté]\n"
                    "follow-up:\n  - what: Note\n    due: 2026-11-19\n    status: open\n"}});
  require_clean_load(fx);
  Diagnostic d = only(fx.check(test_today(), "task-overdue"), "task-overdue", Severity::Warning);
  CHECK(d.message == "open follow-up was due 2026-11-19 (10 days ago)");
  CHECK(d.loc.line == 8);
}

TEST_CASE("task-overdue: passes for done and dropped tasks and tasks without a date") {
  StoreFixture fx({{"records/organisations/spc.yaml",
                    std::string(kSpc) + "actions:\n"
                                        "  - {what: a, due: 2026-01-01, status: done}\n"
                                        "  - {what: b, due: 2026-01-01, status: dropped}\n"
                                        "  - {what: c}\n"}});
  require_clean_load(fx);
  CHECK(fx.check(test_today(), "task-overdue").empty());
}

// --- meeting-not-held ------------------------------------------------------------------------

TEST_CASE_FIXTURE(InEnglish,
                  "meeting-not-held: a meeting that ended yesterday and is still confirmed") {
  StoreFixture fx({{"records/organisations/spc.yaml", kSpc},
                   {"records/meetings/crga-56.yaml",
                    "title: a\norganisation: spc\nstart: 2026-11-26\nend: 2026-11-28\n"
                    "status: confirmed\n"}});
  require_clean_load(fx);
  Diagnostic d =
      only(fx.check(test_today(), "meeting-not-held"), "meeting-not-held", Severity::Warning);
  CHECK(d.message == "the meeting ended on 2026-11-28 but is still confirmed");
  CHECK(d.hint == "set status to held, cancelled or postponed");
  CHECK(d.loc.line == 5);
  CHECK(d.loc.column == 9);
  // On its last day the meeting is not over yet.
  CHECK(fx.check(day("2026-11-28"), "meeting-not-held").empty());
}

TEST_CASE_FIXTURE(InEnglish, "meeting-not-held: without an end, the start is the last day") {
  StoreFixture fx({{"records/organisations/spc.yaml", kSpc},
                   {"records/meetings/crga-56.yaml",
                    "title: a\norganisation: spc\nstart: 2026-11-28\nstatus: planned\n"}});
  require_clean_load(fx);
  Diagnostic d =
      only(fx.check(test_today(), "meeting-not-held"), "meeting-not-held", Severity::Warning);
  CHECK(d.message == "the meeting ended on 2026-11-28 but is still planned");
}

TEST_CASE("meeting-not-held: passes for past meetings held, cancelled or postponed") {
  StoreFixture fx({{"records/organisations/spc.yaml", kSpc},
                   {"records/meetings/a.yaml",
                    "title: a\norganisation: spc\nstart: 2026-01-10\nstatus: held\n"
                    "outcomes: [x]\n"},
                   {"records/meetings/b.yaml",
                    "title: b\norganisation: spc\nstart: 2026-01-10\nstatus: cancelled\n"},
                   {"records/meetings/c.yaml",
                    "title: c\norganisation: spc\nstart: 2026-01-10\nstatus: postponed\n"},
                   {"records/meetings/d.yaml", meeting()}});
  require_clean_load(fx);
  CHECK(fx.check(test_today(), "meeting-not-held").empty());
}

// --- meeting-no-outcome ----------------------------------------------------------------------

TEST_CASE_FIXTURE(InEnglish, "meeting-no-outcome: a held meeting without outcomes") {
  StoreFixture fx({{"records/organisations/spc.yaml", kSpc},
                   {"records/meetings/crga-55.yaml",
                    "title: a\norganisation: spc\nstart: 2025-10-14\nstatus: held\n"}});
  require_clean_load(fx);
  Diagnostic d =
      only(fx.check(test_today(), "meeting-no-outcome"), "meeting-no-outcome", Severity::Warning);
  CHECK(d.message == "the meeting was held but records no outcomes");
  CHECK(d.hint == "add what was decided under 'outcomes'");
  CHECK(d.loc.line == 4);
}

TEST_CASE("meeting-no-outcome: passes with outcomes, or when not held") {
  StoreFixture fx({{"records/organisations/spc.yaml", kSpc},
                   {"records/meetings/crga-55.yaml",
                    "title: a\norganisation: spc\nstart: 2025-10-14\nstatus: held\n"
                    "outcomes:\n  - {fr: Budget adopté, en: Budget adopted}\n"},
                   {"records/meetings/crga-56.yaml", meeting()}});
  require_clean_load(fx);
  CHECK(fx.check(test_today(), "meeting-no-outcome").empty());
}

// --- prospect-stale --------------------------------------------------------------------------

TEST_CASE_FIXTURE(InEnglish, "prospect-stale: stale at the limit plus one day, not at the limit") {
  // 2026-08-31 is 90 days before 2026-11-29; 2026-08-30 is 91.
  StoreFixture at_limit({{"records/organisations/spc.yaml", kSpc},
                         {"records/entities/scrre.yaml", kScrre},
                         {"records/prospects/p.yaml",
                          "title: a\npartner: spc\nlead: scrre\nstage: exploring\n"
                          "last-contact: 2026-08-31\n"}});
  require_clean_load(at_limit);
  CHECK(at_limit.check(test_today(), "prospect-stale").empty());

  StoreFixture over({{"records/organisations/spc.yaml", kSpc},
                     {"records/entities/scrre.yaml", kScrre},
                     {"records/prospects/p.yaml",
                      "title: a\npartner: spc\nlead: scrre\nstage: exploring\n"
                      "last-contact: 2026-08-30\n"}});
  require_clean_load(over);
  Diagnostic d =
      only(over.check(test_today(), "prospect-stale"), "prospect-stale", Severity::Warning);
  CHECK(d.message == "no contact for 91 days (limit 90)");
  CHECK(d.hint == "record the last contact, or move the prospect to 'dropped'");
  CHECK(d.loc.line == 5);
  CHECK(d.loc.column == 15);
  CHECK(over.check(day("2026-11-28"), "prospect-stale").empty());
}

TEST_CASE_FIXTURE(InEnglish, "prospect-stale: the limit comes from the settings") {
  Settings settings;
  settings.prospect_stale_after = Duration{2, DurationUnit::Weeks};
  StoreFixture fx(
      {{"records/organisations/spc.yaml", kSpc},
       {"records/entities/scrre.yaml", kScrre},
       {"records/prospects/p.yaml",
        "title: a\npartner: spc\nlead: scrre\nstage: idea\nlast-contact: 2026-11-14\n"}},
      settings);
  require_clean_load(fx);
  Diagnostic d =
      only(fx.check(test_today(), "prospect-stale"), "prospect-stale", Severity::Warning);
  CHECK(d.message == "no contact for 15 days (limit 14)");
  CHECK(fx.check(day("2026-11-28"), "prospect-stale").empty());
}

TEST_CASE("prospect-stale: passes for closed stages and prospects without a contact date") {
  StoreFixture fx(
      {{"records/organisations/spc.yaml", kSpc},
       {"records/entities/scrre.yaml", kScrre},
       {"records/prospects/a.yaml",
        "title: a\npartner: spc\nlead: scrre\nstage: signed\nlast-contact: 2020-01-01\n"},
       {"records/prospects/b.yaml",
        "title: b\npartner: spc\nlead: scrre\nstage: declined\nlast-contact: 2020-01-01\n"},
       {"records/prospects/c.yaml",
        "title: c\npartner: spc\nlead: scrre\nstage: dropped\nlast-contact: 2020-01-01\n"},
       {"records/prospects/d.yaml", "title: d\npartner: spc\nlead: scrre\nstage: idea\n"},
       {"records/prospects/e.yaml", prospect()}});
  require_clean_load(fx);
  CHECK(fx.check(test_today(), "prospect-stale").empty());
}

// --- prospect-partner ------------------------------------------------------------------------

TEST_CASE_FIXTURE(InEnglish, "prospect-partner: both partner and partner-name") {
  StoreFixture fx(
      {{"records/organisations/spc.yaml", kSpc},
       {"records/entities/scrre.yaml", kScrre},
       {"records/prospects/p.yaml",
        prospect("partner-name: {fr: Fonds vert pour le climat, en: Green Climate Fund}\n")}});
  require_clean_load(fx);
  Diagnostic d =
      only(fx.check(test_today(), "prospect-partner"), "prospect-partner", Severity::Error);
  CHECK(d.message == "both partner and partner-name are given");
  CHECK(d.hint == "keep partner when the organisation is recorded");
  CHECK(d.loc.line == 6);
  CHECK(d.loc.column == 15);
}

TEST_CASE_FIXTURE(InEnglish, "prospect-partner: neither partner nor partner-name") {
  StoreFixture fx({{"records/entities/scrre.yaml", kScrre},
                   {"records/prospects/p.yaml", "title: a\nlead: scrre\nstage: idea\n"}});
  require_clean_load(fx);
  Diagnostic d =
      only(fx.check(test_today(), "prospect-partner"), "prospect-partner", Severity::Error);
  CHECK(d.message == "the prospect names no partner");
  CHECK(d.hint == "add partner: ORGANISATION-ID, or partner-name: ...");
  CHECK(d.loc.line == 1);
}

// Regression: src/check/rules_records.cpp (prospect_partner) reports "names no partner" at a fixed
// Loc{1, 1, 0}. Most records open with a comment, so `check` then quotes the comment line. It
// should point where the mapping starts, as field-required does for a missing field (line 2 here).
TEST_CASE("prospect-partner: no partner is reported where the mapping starts") {
  StoreFixture fx({{"records/entities/scrre.yaml", kScrre},
                   {"records/prospects/p.yaml",
                    "# Example record: illustrative.\ntitle: a\nlead: scrre\nstage: idea\n"}});
  require_clean_load(fx);
  Diagnostic d =
      only(fx.check(test_today(), "prospect-partner"), "prospect-partner", Severity::Error);
  CHECK(d.loc.line == 2);
  CHECK(d.loc.column == 1);
}

TEST_CASE("prospect-partner: passes with exactly one of the two") {
  StoreFixture fx({{"records/organisations/spc.yaml", kSpc},
                   {"records/entities/scrre.yaml", kScrre},
                   {"records/prospects/a.yaml", prospect()},
                   {"records/prospects/b.yaml",
                    "title: b\npartner-name: Green Climate Fund\nlead: scrre\nstage: idea\n"}});
  require_clean_load(fx);
  CHECK(fx.check(test_today(), "prospect-partner").empty());
}

// --- silence-unknown and silencing -----------------------------------------------------------

TEST_CASE_FIXTURE(InEnglish, "silence-unknown: a silence that names no rule, with did-you-mean") {
  StoreFixture fx({{"records/organisations/spc.yaml",
                    std::string(kSpc) + "silence: [task-overdu, no-such-rule]\n"}});
  require_clean_load(fx);
  std::vector<Diagnostic> found = fx.check(test_today(), "silence-unknown");
  REQUIRE(found.size() == 2);
  CHECK(found[0].severity == Severity::Error);
  CHECK(found[0].message == "'task-overdu' is not a rule");
  CHECK(found[0].hint == "did you mean 'task-overdue'?");
  CHECK(found[0].loc.line == 7);
  CHECK(found[0].loc.column == 11);
  CHECK(found[1].message == "'no-such-rule' is not a rule");
  CHECK(found[1].hint == "`multilat rules` lists the rules");
}

TEST_CASE("silence-unknown: passes for rule ids of the table, loader rules included") {
  StoreFixture fx({{"records/organisations/spc.yaml",
                    std::string(kSpc) + "silence: [task-overdue, key-unknown]\n"}});
  require_clean_load(fx);
  CHECK(fx.check(test_today(), "silence-unknown").empty());
}

TEST_CASE("silence drops that rule's diagnostics for that record only") {
  std::string overdue = "actions:\n  - {what: Relancer, due: 2026-11-01}\n";
  StoreFixture fx(
      {{"records/organisations/spc.yaml",
        std::string(kSpc) + overdue + "silence: [task-overdue]\n"},
       {"records/organisations/sprep.yaml", "name: SPREP\nnc-status: member\n" + overdue}});
  require_clean_load(fx);
  std::vector<Diagnostic> found = fx.check(test_today(), "task-overdue");
  REQUIRE(found.size() == 1);
  CHECK(found[0].path == "records/organisations/sprep.yaml");
}

TEST_CASE("silence keeps the record's other rules") {
  StoreFixture fx({{"records/organisations/spc.yaml", kSpc},
                   {"records/meetings/crga-56.yaml",
                    "title: a\norganisation: spc\nstart: 2026-11-26\nend: 2026-11-28\n"
                    "status: held\nfollow-up:\n  - {what: Note, due: 2026-11-01}\n"
                    "silence: [meeting-no-outcome]\n"}});
  require_clean_load(fx);
  std::vector<Diagnostic> all = fx.check(test_today());
  REQUIRE(all.size() == 1);
  CHECK(all[0].rule == "task-overdue");
}

TEST_CASE("silence applies to the loader's diagnostics of the same file") {
  StoreFixture fx(
      {{"records/organisations/spc.yaml",
        std::string(kSpc) + "budget: 12\nsilence: [key-unknown]\n"},
       {"records/organisations/sprep.yaml", "name: SPREP\nnc-status: member\nbudget: 1\n"}});
  REQUIRE(fx.load_diagnostics.size() == 2);
  std::vector<Diagnostic> all = fx.check(test_today());
  REQUIRE(all.size() == 1);
  CHECK(all[0].rule == "key-unknown");
  CHECK(all[0].path == "records/organisations/sprep.yaml");
}

TEST_CASE_FIXTURE(InEnglish, "silence-unknown itself cannot be silenced") {
  StoreFixture fx({{"records/organisations/spc.yaml",
                    std::string(kSpc) + "silence: [silence-unknown, nosuch]\n"}});
  require_clean_load(fx);
  std::vector<Diagnostic> all = fx.check(test_today());
  REQUIRE(all.size() == 1);
  CHECK(all[0].rule == "silence-unknown");
  CHECK(all[0].message == "'nosuch' is not a rule");
}

// --- run_checks as a whole -------------------------------------------------------------------

TEST_CASE("run_checks sorts by path, line and column, loader diagnostics included") {
  StoreFixture fx({{"records/organisations/spc.yaml", kSpc},
                   {"records/meetings/b.yaml",
                    "title: a\norganisation: spcc\nstart: 2026-12-10\nend: 2026-12-01\n"
                    "status: planned\n"},
                   {"records/meetings/a.yaml",
                    "title: a\norganisation: spc\nstart: 2026-02-30\nstatus: planned\n"}});
  std::vector<Diagnostic> all = fx.check(test_today());
  REQUIRE(all.size() == 3);
  CHECK(all[0].path == "records/meetings/a.yaml");
  CHECK(all[0].rule == "date-invalid");
  CHECK(all[1].path == "records/meetings/b.yaml");
  CHECK(all[1].rule == "ref-unknown");
  CHECK(all[2].rule == "date-order");
  for (const Diagnostic& d : all) {
    CAPTURE(d.rule);
    REQUIRE(find_rule(d.rule));
    CHECK(find_rule(d.rule)->severity == d.severity);
  }
}
