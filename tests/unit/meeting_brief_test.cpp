// The meeting brief's view model: the dues position, the previous meeting, logistics, and what
// is left to complete by hand.
#include "report/meeting_brief.h"
#include "report/brief_sections.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "calendar/deadlines.h"
#include "calendar/holidays.h"
#include "store_fixture.h"

using namespace multilat;
using namespace multilat::testing;
using Json = nlohmann::json;

namespace {

constexpr const char* kEntity =
    "name: SCRRE\ntype: government-service\nfocal-point: {person: Jane Doe}\n";
constexpr const char* kOrg =
    "name: Pacific Community\n"
    "nc-status: member\n"
    "focal-point: scrre\n"
    "contacts:\n"
    "  - {name: Jane Roe}\n"
    "bodies:\n"
    "  - {id: crga, name: CRGA}\n"
    "  - {id: conference, name: Conference}\n"
    "contributions:\n"
    "  - {what: Dues, amount: 1000, currency: XPF, due: 2024-03-31, paid: 2024-03-20, recurs: yearly,"
    " paid-through: 2025-03-31}\n"
    "  - {what: Fund, amount: 500, currency: XPF, due: 2026-06-30, paid: 2026-07-02}\n";

Json brief(const StoreFixture& fx, std::string_view id) {
  HolidayCalendar holidays(fx.store.settings.holidays);
  ReportContext c{Language::En, test_today(),
                  collect_deadlines(fx.store, {test_today(), day("2028-12-31"), holidays}).all};
  for (const Meeting& m : fx.store.meetings) {
    if (m.header.id == id) return meeting_brief(fx.store, m, c);
  }
  FAIL("no meeting " << id);
  return {};
}

std::vector<std::string> field(const Json& rows, const char* key) {
  std::vector<std::string> out;
  for (const Json& row : rows) out.push_back(row.at(key).get<std::string>());
  return out;
}

}  // namespace

TEST_CASE("the brief's dues: the meeting year's, paid or not, and the arrears of earlier years") {
  StoreFixture fx({{"records/entities/scrre.yaml", kEntity},
                   {"records/organisations/spc.yaml", kOrg},
                   {"records/meetings/crga-56.yaml",
                    "title: CRGA 56\norganisation: spc\nbody: crga\nstart: 2026-12-14\nstatus: planned\n"},
                   {"records/meetings/crga-57.yaml",
                    "title: CRGA 57\norganisation: spc\nbody: crga\nstart: 2027-11-09\nstatus: planned\n"}});
  // 2026: the recurring dues unpaid and overdue, the fund paid; 2024 and 2025 are paid: no arrears.
  Json dues = brief(fx, "crga-56")["dues_year"];
  CHECK(dues["year"] == "2026");
  CHECK(field(dues["dues"], "what") == std::vector<std::string>{"Dues", "Fund"});
  CHECK(field(dues["dues"], "state") == std::vector<std::string>{"overdue", "paid on Thu 2 Jul 2026"});
  CHECK(dues["due_xpf"] == "1,500 XPF");
  CHECK(dues["paid_xpf"] == "500 XPF");
  CHECK(dues["overdue_xpf"] == "1,000 XPF");
  CHECK(dues["has_arrears"] == false);
  // 2027: that year's dues to pay, and 2026's unpaid dues as arrears; the paid years are not.
  dues = brief(fx, "crga-57")["dues_year"];
  CHECK(dues["year"] == "2027");
  CHECK(field(dues["dues"], "state") == std::vector<std::string>{"to pay"});
  CHECK(dues["has_overdue"] == false);
  CHECK(field(dues["arrears"], "due") == std::vector<std::string>{"Tue 31 Mar 2026"});
  CHECK(field(dues["arrears"], "state") == std::vector<std::string>{"overdue"});
  CHECK(dues["arrears_xpf"] == "1,000 XPF");
}

TEST_CASE("the previous meeting: the same body's latest before, cancelled ones aside, with all it left") {
  StoreFixture fx(
      {{"records/entities/scrre.yaml", kEntity},
       {"records/organisations/spc.yaml", kOrg},
       {"records/meetings/crga-55.yaml",
        "title: CRGA 55\norganisation: spc\nbody: crga\nstart: 2025-11-04\nstatus: held\n"
        "outcomes: [Budget adopted.]\n"
        "follow-up:\n"
        "  - {what: Send the draft, owner: scrre, due: 2026-02-27, status: done}\n"
        "  - {what: Report back, owner: scrre, due: 2026-11-20}\n"
        "  - {what: Idea, due: 2026-12-01, status: dropped}\n"},
       {"records/meetings/crga-55b.yaml",
        "title: CRGA special\norganisation: spc\nbody: crga\nstart: 2026-03-01\nstatus: cancelled\n"},
       {"records/meetings/conf-1.yaml",
        "title: Conference\norganisation: spc\nbody: conference\nstart: 2026-06-01\nstatus: held\n"},
       {"records/meetings/crga-56.yaml",
        "title: CRGA 56\norganisation: spc\nbody: crga\nstart: 2026-12-14\nstatus: planned\n"},
       {"records/meetings/workshop.yaml",
        "title: Workshop\norganisation: spc\nstart: 2026-12-20\nstatus: planned\n"}});
  Json previous = brief(fx, "crga-56")["previous"];
  REQUIRE(previous.is_object());
  CHECK(previous["id"] == "crga-55");
  CHECK(previous["outcomes"] == Json::array({"Budget adopted."}));
  // Done or not, every follow-up is there with its state; one past due and open is overdue.
  CHECK(field(previous["follow_up"], "what") ==
        std::vector<std::string>{"Send the draft", "Report back", "Idea"});
  CHECK(field(previous["follow_up"], "state") == std::vector<std::string>{"done", "overdue", "dropped"});
  CHECK(field(previous["follow_up"], "owner") == std::vector<std::string>{"SCRRE", "SCRRE", ""});
  // A meeting of no body has no previous meeting of its body.
  CHECK(brief(fx, "workshop")["previous"] == false);
}

TEST_CASE("registration and credentials are logistics, whether written or derived, not deadlines") {
  StoreFixture fx({{"records/entities/scrre.yaml", kEntity},
                   {"records/organisations/spc.yaml", kOrg},
                   {"records/meetings/crga-56.yaml",
                    "title: CRGA 56\norganisation: spc\nbody: crga\nstart: 2026-12-14\nstatus: planned\n"
                    "location: Nouméa\n"
                    "delegation: [{person: Jane Doe, entity: scrre, role: head}]\n"
                    "deadlines:\n"
                    "  - {what: Online form, type: registration, due: 2026-11-20, done: 2026-11-18}\n"
                    "  - {what: Position paper, due: 2026-12-01}\n"}});
  Json view = brief(fx, "crga-56");
  CHECK(view["registration"]["due"] == "Fri 20 Nov 2026");
  CHECK(view["registration"]["state"] == "done");
  // Credentials fall due credentials-before the meeting (15 days by default) when not written.
  CHECK(view["credentials"]["due"] == "Sun 29 Nov 2026");
  CHECK(view["credentials"]["owner"] == "SCRRE");
  CHECK(field(view["deadlines"], "what") ==
        std::vector<std::string>{"Position paper", "Post-mission report: CRGA 56"});
}

TEST_CASE("what the records do not hold is listed to complete by hand, and nothing more") {
  constexpr const char* kBareOrg = "name: Tourism\nnc-status: member\n";
  StoreFixture fx(
      {{"records/entities/scrre.yaml", kEntity},
       {"records/organisations/spc.yaml", kOrg},
       {"records/organisations/spto.yaml", kBareOrg},
       {"records/meetings/bare.yaml", "title: Forum\norganisation: spto\nstart: 2027-05-12\nstatus: planned\n"},
       {"records/meetings/partial.yaml",
        "title: Partial\norganisation: spc\nstart: 2027-05-12\nstatus: planned\nlocation: Apia\n"
        "agenda:\n"
        "  - {item: Budget, position: Support, lead: scrre}\n"
        "  - {item: Data}\n"
        "delegation: [{entity: scrre, role: member}]\n"},
       {"records/meetings/full.yaml",
        "title: Full\norganisation: spc\nstart: 2027-05-12\nstatus: planned\nvirtual: true\n"
        "agenda: [{item: Budget, position: Support, lead: scrre}]\n"
        "delegation: [{person: Jane Doe, entity: scrre, role: head}]\n"}});
  Json bare = brief(fx, "bare");
  CHECK(bare["meeting"]["place"] == "");
  CHECK(bare["meeting"]["body"] == "");
  CHECK(field(bare["to_complete"], "what") ==
        std::vector<std::string>{"Place of the meeting", "Focal point for the organisation",
                                 "Contacts at the organisation",
                                 "Agenda and New Caledonia's positions", "Delegation"});
  CHECK(field(brief(fx, "partial")["to_complete"], "what") ==
        std::vector<std::string>{"New Caledonia's position on: Data", "Lead on: Data",
                                 "Head of delegation", "Person representing SCRRE"});
  // An online meeting needs no place; a complete record leaves nothing to write in.
  Json full = brief(fx, "full");
  CHECK(full["has_to_complete"] == false);
  CHECK(full["to_complete"].empty());
}

TEST_CASE("a post-mission report is early until the meeting's first day") {
  StoreFixture fx({{"records/entities/scrre.yaml", kEntity},
                   {"records/organisations/spc.yaml", kOrg},
                   {"records/meetings/crga-56.yaml",
                    "title: CRGA 56\norganisation: spc\nstart: 2026-12-14\nend: 2026-12-16\nstatus: planned\n"}});
  const Meeting& m = fx.store.meetings.front();
  CHECK(not_yet_started(m, day("2026-12-13")) == day("2026-12-14"));
  CHECK_FALSE(not_yet_started(m, day("2026-12-14")));
  CHECK_FALSE(not_yet_started(m, day("2026-12-20")));
}

TEST_CASE("previous_meetings finds, in one pass, what previous_meeting finds for each meeting") {
  StoreFixture fx({{"records/entities/scrre.yaml", kEntity},
                   {"records/organisations/spc.yaml", kOrg},
                   {"records/meetings/a.yaml", "title: A\norganisation: spc\nbody: crga\nstart: 2024-05-01\nstatus: held\n"},
                   // Two starts on one day: the first in record order is the previous one.
                   {"records/meetings/b.yaml", "title: B\norganisation: spc\nbody: crga\nstart: 2025-05-01\nstatus: held\n"},
                   {"records/meetings/c.yaml", "title: C\norganisation: spc\nbody: crga\nstart: 2025-05-01\nstatus: held\n"},
                   {"records/meetings/d.yaml", "title: D\norganisation: spc\nbody: crga\nstart: 2025-09-01\nstatus: cancelled\n"},
                   {"records/meetings/e.yaml", "title: E\norganisation: spc\nbody: crga\nstart: 2026-05-01\nstatus: planned\n"},
                   {"records/meetings/f.yaml", "title: F\norganisation: spc\nbody: conference\nstart: 2026-06-01\nstatus: planned\n"},
                   {"records/meetings/g.yaml", "title: G\norganisation: spc\nstart: 2026-07-01\nstatus: planned\n"}});
  PreviousMeetings all = previous_meetings(fx.store);
  int found = 0;
  for (const Meeting& m : fx.store.meetings) {
    auto in_map = all.find(&m);
    const Meeting* one_pass = in_map == all.end() ? nullptr : in_map->second;
    CHECK_MESSAGE(one_pass == previous_meeting(fx.store, m), m.header.id.str());
    found += one_pass ? 1 : 0;
  }
  CHECK(found == 4);  // b, c, d (cancelled meetings have a previous one too) and e
}
