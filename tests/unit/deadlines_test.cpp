// Deadline collection: every source, derived and recurring items, states, windows and filters.
#include "calendar/deadlines.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>

#include "store_fixture.h"

using namespace multilat;
using namespace multilat::testing;

namespace {

constexpr const char* kEntity = "name: SCRRE\ntype: government-service\n";
constexpr const char* kOrg =
    "name: Pacific Community\n"
    "nc-status: member\n"
    "focal-point: scrre\n"
    "bodies:\n"
    "  - id: crga\n"
    "    name: CRGA\n"
    "    cadence: yearly\n";

std::vector<Deadline> collect(const StoreFixture& fx, Date today, Date until) {
  HolidayCalendar holidays(fx.store.settings.holidays);
  return collect_deadlines(fx.store, {today, until, holidays}).all;
}

std::vector<Deadline> collect(const StoreFixture& fx) {
  return collect(fx, test_today(), day("2027-12-31"));
}

const Deadline& only_of(const std::vector<Deadline>& all, DeadlineSource source) {
  auto count =
      std::count_if(all.begin(), all.end(), [&](const Deadline& d) { return d.source == source; });
  REQUIRE_MESSAGE(count == 1, "expected one " << source_name(source) << ", got " << count);
  return *std::find_if(all.begin(), all.end(),
                       [&](const Deadline& d) { return d.source == source; });
}

std::size_t count_of(const std::vector<Deadline>& all, DeadlineSource source) {
  return static_cast<std::size_t>(
      std::count_if(all.begin(), all.end(), [&](const Deadline& d) { return d.source == source; }));
}

}  // namespace

TEST_CASE("a meeting yields its deadlines, follow-up, report and derived registration") {
  StoreFixture fx({{"records/entities/scrre.yaml", kEntity},
                   {"records/entities/dass.yaml", "name: DASS\ntype: government-service\n"},
                   {"records/organisations/spc.yaml", kOrg},
                   {"records/meetings/crga-57.yaml",
                    "title: CRGA 57\n"
                    "organisation: spc\n"
                    "body: crga\n"
                    "start: 2027-10-12\n"
                    "end: 2027-10-14\n"
                    "status: planned\n"
                    "delegation:\n"
                    "  - entity: scrre\n"
                    "    role: head\n"
                    "deadlines:\n"
                    "  - what: Position paper\n"
                    "    due: 2027-09-30\n"
                    "    owner: dass\n"
                    "  - what: Credentials letter\n"
                    "    type: credentials\n"
                    "    due: 2027-10-01\n"
                    "follow-up:\n"
                    "  - what: Circulate decisions\n"
                    "    due: 2027-11-15\n"}});
  REQUIRE(fx.load_diagnostics.empty());
  auto all = collect(fx);

  const Deadline& meeting_deadline = *std::find_if(all.begin(), all.end(), [](const Deadline& d) {
    return d.source == DeadlineSource::MeetingDeadline &&
           d.what.in(Language::En) == "Position paper";
  });
  CHECK(meeting_deadline.due == day("2027-09-30"));
  CHECK(meeting_deadline.owner == "dass");
  CHECK(meeting_deadline.organisation == "spc");
  CHECK(meeting_deadline.record == "crga-57");
  CHECK(meeting_deadline.path == "records/meetings/crga-57.yaml");
  CHECK(meeting_deadline.loc.line == 12);
  CHECK(meeting_deadline.state == DeadlineState::Open);
  CHECK(meeting_deadline.uid == "crga-57.deadline-0@multilat");

  // The record gives a credentials date, so only registration is derived (30 days before).
  const Deadline& registration = only_of(all, DeadlineSource::Registration);
  CHECK(registration.due == day("2027-09-12"));
  CHECK(registration.derived);
  CHECK(registration.owner == "scrre");  // the head of delegation
  CHECK(count_of(all, DeadlineSource::Credentials) == 0);

  const Deadline& follow_up = only_of(all, DeadlineSource::FollowUp);
  CHECK(follow_up.due == day("2027-11-15"));
  CHECK(follow_up.owner == "scrre");

  // The report is due report-due-after (15 days) after the last day.
  const Deadline& report = only_of(all, DeadlineSource::Report);
  CHECK(report.due == day("2027-10-29"));
  CHECK(report.derived);
  CHECK(report.what.in(Language::En) == "Post-mission report: CRGA 57");
}

TEST_CASE("done items are done, open past ones are overdue, cancelled meetings derive nothing") {
  StoreFixture fx({{"records/entities/scrre.yaml", kEntity},
                   {"records/organisations/spc.yaml", kOrg},
                   {"records/meetings/crga-56.yaml",
                    "title: CRGA 56\norganisation: spc\nbody: crga\nstart: 2026-11-02\n"
                    "status: held\noutcomes: [Budget adopted]\n"
                    "delegation:\n  - entity: scrre\n    role: head\n"
                    "deadlines:\n  - what: Registration\n    type: registration\n"
                    "    due: 2026-10-01\n    done: 2026-09-28\n"}},
                  {});
  auto all = collect(fx);
  const Deadline& registration = only_of(all, DeadlineSource::MeetingDeadline);
  CHECK(registration.state == DeadlineState::Done);
  CHECK(registration.done == day("2026-09-28"));
  const Deadline& report = only_of(all, DeadlineSource::Report);
  CHECK(report.due == day("2026-11-17"));
  CHECK(report.state == DeadlineState::Overdue);
  CHECK(count_of(all, DeadlineSource::Credentials) == 0);  // held: too late to derive

  StoreFixture cancelled({{"records/organisations/spc.yaml", kOrg},
                          {"records/meetings/m.yaml",
                           "title: M\norganisation: spc\nstart: 2027-03-01\nstatus: cancelled\n"}});
  auto none = collect(cancelled);
  CHECK(count_of(none, DeadlineSource::Report) == 0);
  CHECK(count_of(none, DeadlineSource::Registration) == 0);
}

TEST_CASE("a post-mission report follows a mission: none without a delegation or a report section") {
  const char* held = "title: CRGA 55\norganisation: spc\nbody: crga\nstart: 2025-10-20\nstatus: held\n";
  StoreFixture nobody_went({{"records/organisations/spc.yaml", kOrg}, {"records/meetings/crga-55.yaml", held}});
  CHECK(count_of(collect(nobody_went), DeadlineSource::Report) == 0);

  StoreFixture asked({{"records/entities/scrre.yaml", kEntity},
                      {"records/organisations/spc.yaml", kOrg},
                      {"records/meetings/crga-55.yaml",
                       std::string(held) + "report:\n  owner: scrre\n  due: 2025-11-30\n"}});
  CHECK(only_of(collect(asked), DeadlineSource::Report).due == day("2025-11-30"));
}

TEST_CASE("organisations yield actions, strategy input and contributions") {
  StoreFixture fx(
      {{"records/entities/scrre.yaml", kEntity},
       {"records/organisations/spc.yaml",
        std::string(kOrg) + "actions:\n"
                            "  - what: Draft the country programme\n    due: 2027-03-31\n"
                            "  - what: Old item\n    due: 2026-01-01\n    status: dropped\n"
                            "strategies:\n"
                            "  - title: Strategic plan\n    input-due: 2027-02-15\n"
                            "contributions:\n"
                            "  - what: Dues 2027\n    amount: 1200000\n    currency: XPF\n"
                            "    due: 2027-03-31\n"
                            "  - what: Dues 2026\n    amount: 1100000\n    currency: XPF\n"
                            "    due: 2026-03-31\n    paid: 2026-04-02\n"}});
  REQUIRE(fx.load_diagnostics.empty());
  auto all = collect(fx);
  const Deadline& action = only_of(all, DeadlineSource::Action);
  CHECK(action.owner == "scrre");  // the focal point stands in for a missing owner
  CHECK(action.organisation == "spc");
  const Deadline& strategy = only_of(all, DeadlineSource::StrategyInput);
  CHECK(strategy.due == day("2027-02-15"));
  CHECK(strategy.what.in(Language::En) == "Input to: Strategic plan");
  REQUIRE(count_of(all, DeadlineSource::Contribution) == 2);
  auto paid = std::find_if(all.begin(), all.end(), [](const Deadline& d) {
    return d.source == DeadlineSource::Contribution && d.due == day("2026-03-31");
  });
  CHECK(paid->state == DeadlineState::Done);
}

TEST_CASE("recurring dues expand within the window and paid occurrences drop out") {
  StoreFixture fx({{"records/organisations/spc.yaml",
                    "name: SPC\nnc-status: member\ncontributions:\n"
                    "  - what: Yearly dues\n    amount: 100\n    currency: XPF\n"
                    "    due: 2024-03-31\n    recurs: yearly\n    paid-through: 2025-03-31\n"}});
  REQUIRE(fx.load_diagnostics.empty());
  auto all = collect(fx, test_today(), day("2028-06-30"));
  std::vector<Date> dues;
  for (const Deadline& d : all) dues.push_back(d.due);
  CHECK(dues == std::vector<Date>{day("2026-03-31"), day("2027-03-31"), day("2028-03-31")});
  CHECK(all[0].state == DeadlineState::Overdue);
  CHECK(all[0].uid == "spc.contribution-0.2026-03-31@multilat");
  CHECK(all[1].state == DeadlineState::Open);
}

// An organisation with `count` yearly dues of 1000 XPF, none paid, the first due on `first`.
std::string dues_since(const std::string& first, int count) {
  std::string yaml = "name: Old dues\nnc-status: member\ncontributions:\n";
  for (int i = 0; i < count; ++i) {
    yaml += fmt::format("  - {{what: Dues {}, amount: 1000, currency: XPF, due: {}, recurs: yearly}}\n", i, first);
  }
  return yaml;
}

std::vector<Date> dues_of(const std::vector<Deadline>& all) {
  std::vector<Date> dues;
  for (const Deadline& d : all) dues.push_back(d.due);
  return dues;
}

TEST_CASE("unpaid dues before the window are one item with their count and total") {
  StoreFixture fx({{"records/organisations/old.yaml", dues_since("1900-03-31", 1)}});
  REQUIRE(fx.load_diagnostics.empty());
  auto all = collect(fx, test_today(), day("2028-06-30"));
  REQUIRE(all.size() == 3);
  CHECK(all[0].due == day("1900-03-31"));  // the first unpaid one
  CHECK(all[0].state == DeadlineState::Overdue);
  CHECK(all[0].uid == "old.contribution-0.arrears@multilat");
  CHECK(all[0].what.en ==
        "Contribution due: Dues 0 (1,000 XPF) — 127 unpaid since 1900, 127,000 XPF in all");
  CHECK(all[0].what.fr == "Contribution due : Dues 0 (1\u202f000 XPF) — 127 échéances impayées depuis "
                          "1900, 127\u202f000 XPF au total");
  CHECK(dues_of(all) == std::vector<Date>{day("1900-03-31"), day("2027-03-31"), day("2028-03-31")});
}

TEST_CASE("a window that starts earlier lists each unpaid occurrence from its start") {
  StoreFixture fx({{"records/organisations/old.yaml", dues_since("2019-06-30", 1)}});
  HolidayCalendar holidays(fx.store.settings.holidays);
  auto all = collect_deadlines(fx.store, {test_today(), day("2027-12-31"), holidays,
                                          Language::Fr, day("2023-01-01")}).all;
  // 2019 to 2022 before the window, then 2023 to 2027 one by one.
  REQUIRE(all.size() == 6);
  CHECK(all[0].uid == "old.contribution-0.arrears@multilat");
  CHECK(all[0].what.en.view().find("— 4 unpaid since 2019") != std::string_view::npos);
  CHECK(all[1].uid == "old.contribution-0.2023-06-30@multilat");
  CHECK(all[5].uid == "old.contribution-0.2027-06-30@multilat");
}

TEST_CASE("a window that starts later skips the occurrences between today and its start") {
  StoreFixture fx({{"records/organisations/old.yaml", dues_since("2026-12-15", 1)}});
  HolidayCalendar holidays(fx.store.settings.holidays);
  auto all = collect_deadlines(fx.store, {test_today(), day("2030-12-31"), holidays,
                                          Language::Fr, day("2028-01-01")}).all;
  CHECK(dues_of(all) == std::vector<Date>{day("2028-12-15"), day("2029-12-15"), day("2030-12-15")});
}

TEST_CASE("the occurrences of all dues together stop at the bound, the earliest kept") {
  // 100 dues since 1900 to the year 9999 would be 810,000 occurrences.
  StoreFixture fx({{"records/organisations/old.yaml", dues_since("1900-01-01", 100)}});
  REQUIRE(fx.load_diagnostics.empty());
  HolidayCalendar holidays(fx.store.settings.holidays);
  auto collected = collect_deadlines(fx.store, {test_today(), day("9999-12-31"), holidays,
                                                Language::Fr, day("1900-01-01")});
  REQUIRE(collected.cut);
  CHECK(collected.cut->at == day("1999-12-31"));  // 100 years of 100 dues
  CHECK(collected.cut->left_out == 100 * 8100 - kMaxListedOccurrences);
  CHECK(collected.all.size() == static_cast<std::size_t>(kMaxListedOccurrences));
  CHECK(collected.all.back().due <= collected.cut->at);
  // The default window, from today, holds one item per contribution for its arrears.
  auto recent = collect_deadlines(fx.store, {test_today(), day("2027-12-31"), holidays});
  CHECK_FALSE(recent.cut);
  CHECK(recent.all.size() == 200);
}

TEST_CASE("prospects yield their next step and a review when contact goes stale") {
  StoreFixture fx(
      {{"records/entities/scrre.yaml", kEntity},
       {"records/organisations/spc.yaml", kOrg},
       {"records/prospects/p.yaml",
        "title: P\npartner: spc\nlead: scrre\nstage: exploring\n"
        "last-contact: 2026-10-01\n"
        "next-step:\n  what: Send draft MoU\n  due: 2026-11-23\n"},
       {"records/prospects/signed.yaml",
        "title: S\npartner: spc\nlead: scrre\nstage: signed\nlast-contact: 2025-01-01\n"}});
  REQUIRE(fx.load_diagnostics.empty());
  auto all = collect(fx);
  const Deadline& step = only_of(all, DeadlineSource::NextStep);
  CHECK(step.state == DeadlineState::Overdue);
  CHECK(step.owner == "scrre");  // the lead, as the step names no owner
  CHECK(step.what.in(Language::En) == "Next step: Send draft MoU");
  const Deadline& review = only_of(all, DeadlineSource::Review);  // none for the signed one
  CHECK(review.due == day("2026-12-30"));
  CHECK(review.record == "p");
}

TEST_CASE("a body on a cadence with no meeting recorded ahead gets a reminder") {
  StoreFixture fx({{"records/entities/scrre.yaml", kEntity},
                   {"records/organisations/spc.yaml", kOrg},
                   {"records/meetings/crga-56.yaml",
                    "title: CRGA 56\norganisation: spc\nbody: crga\nstart: 2026-11-02\n"
                    "status: held\noutcomes: [x]\nreport:\n  done: 2026-11-10\n"}});
  auto all = collect(fx);
  const Deadline& reminder = only_of(all, DeadlineSource::NextMeeting);
  CHECK(reminder.due == day("2027-11-02"));
  CHECK(reminder.what.in(Language::En) == "Record the next meeting: CRGA");
  CHECK(reminder.owner == "scrre");

  StoreFixture recorded({{"records/organisations/spc.yaml", kOrg},
                         {"records/meetings/crga-57.yaml",
                          "title: CRGA 57\norganisation: spc\nbody: crga\nstart: 2027-10-12\n"
                          "status: planned\n"}});
  CHECK(count_of(collect(recorded), DeadlineSource::NextMeeting) == 0);
}

TEST_CASE("a deadline on a weekend or holiday is flagged, and moved when the settings say so") {
  const char* meeting =
      "title: M\norganisation: spc\nstart: 2027-01-20\nstatus: planned\n"
      "deadlines:\n  - what: Paper\n    type: registration\n    due: 2026-12-25\n"
      "  - what: Credentials\n    type: credentials\n    due: 2027-01-09\n";
  StoreFixture flagged(
      {{"records/organisations/spc.yaml", kOrg}, {"records/meetings/m.yaml", meeting}});
  auto all = collect(flagged);
  auto christmas = std::find_if(
      all.begin(), all.end(), [](const Deadline& d) { return d.what.in(Language::En) == "Paper"; });
  CHECK(christmas->due == day("2026-12-25"));
  CHECK(christmas->day_note.holiday == "Noël");
  auto saturday = std::find_if(all.begin(), all.end(), [](const Deadline& d) {
    return d.what.in(Language::En) == "Credentials";
  });
  CHECK(saturday->day_note.weekend);

  Settings moving;
  moving.move_to_working_day = true;
  StoreFixture moved(
      {{"records/organisations/spc.yaml", kOrg}, {"records/meetings/m.yaml", meeting}}, moving);
  auto shifted = collect(moved);
  auto paper = std::find_if(shifted.begin(), shifted.end(),
                            [](const Deadline& d) { return d.what.in(Language::En) == "Paper"; });
  CHECK(paper->due == day("2026-12-24"));
  CHECK(paper->written_due == day("2026-12-25"));
  CHECK(paper->day_note.empty());
}

TEST_CASE("select_deadlines: overdue first, window edges inclusive, filters") {
  StoreFixture fx({{"records/entities/scrre.yaml", kEntity},
                   {"records/entities/dass.yaml", "name: DASS\ntype: government-service\n"},
                   {"records/organisations/spc.yaml",
                    "name: SPC\nnc-status: member\nactions:\n"
                    "  - what: late\n    due: 2026-11-01\n    owner: scrre\n"
                    "  - what: first day\n    due: 2026-11-29\n    owner: dass\n"
                    "  - what: last day\n    due: 2026-12-29\n    owner: scrre\n"
                    "  - what: after\n    due: 2026-12-30\n    owner: scrre\n"
                    "  - what: done\n    due: 2026-12-01\n    status: done\n"}});
  REQUIRE(fx.load_diagnostics.empty());
  auto all = collect(fx);
  DeadlineQuery query;
  query.from = day("2026-11-29");
  query.to = day("2026-12-29");
  auto whats = [](const std::vector<Deadline>& items) {
    std::vector<std::string> out;
    for (const Deadline& d : items) out.push_back(d.what.in(Language::En).str());
    return out;
  };
  CHECK(whats(select_deadlines(all, query)) ==
        std::vector<std::string>{"late", "first day", "last day"});
  query.overdue = false;
  CHECK(whats(select_deadlines(all, query)) == std::vector<std::string>{"first day", "last day"});
  query.owners = {"dass"};
  CHECK(whats(select_deadlines(all, query)) == std::vector<std::string>{"first day"});
  query.owners = {};
  query.states = {DeadlineState::Done};
  CHECK(whats(select_deadlines(all, query)) == std::vector<std::string>{"done"});
  query.states = {};
  query.sources = {DeadlineSource::Report};
  CHECK(select_deadlines(all, query).empty());
}
