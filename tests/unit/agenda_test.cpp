// Tests of the agenda: which meetings fall in a period, what each entry says, and clashes.
#include "calendar/agenda.h"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <tuple>

#include "in_language.h"
#include "store_fixture.h"

using namespace multilat;
using multilat::testing::day;
using multilat::testing::StoreFixture;

namespace {

constexpr const char* kSpc =
    "name: {fr: Communauté du Pacifique, en: Pacific Community}\n"
    "acronym: {fr: CPS, en: SPC}\n"
    "nc-status: member\n"
    "bodies:\n"
    "  - {id: crga, name: {fr: Comité des représentants, en: Committee of Representatives}}\n";
constexpr const char* kPif =
    "name: {fr: Forum des îles du Pacifique, en: Pacific Islands Forum}\n"
    "nc-status: associate-member\n";

// A delegate row in flow style; an empty person leaves the key out.
std::string row(std::string_view person, std::string_view entity,
                std::string_view role = "member") {
  std::string text = "  - {";
  if (!person.empty()) text += fmt::format("person: {}, ", person);
  return text + fmt::format("entity: {}, role: {}}}\n", entity, role);
}

// A meeting of SPC's CRGA; the delegation rows go last (line 7 onwards).
std::string meeting(std::string_view start, std::string_view end, std::string_view rows,
                    std::string_view status = "planned") {
  return fmt::format(
      "title: {{fr: Réunion, en: Meeting}}\n"  // line 1
      "organisation: spc\n"                    // line 2
      "body: crga\n"                           // line 3
      "start: {}\n"                            // line 4
      "end: {}\n"                              // line 5
      "status: {}\n"                           // line 6
      "delegation:\n"                          // line 7
      "{}",
      start, end, status, rows);
}

std::string meeting_path(std::string_view id) {
  return fmt::format("records/meetings/2026/{}.yaml", id);
}

std::vector<std::string> ids(const std::vector<AgendaEntry>& entries) {
  std::vector<std::string> out;
  for (const AgendaEntry& e : entries) out.push_back(e.id.str());
  return out;
}

const AgendaEntry& entry(const std::vector<AgendaEntry>& entries, std::string_view id) {
  auto it = std::find_if(entries.begin(), entries.end(),
                         [&](const AgendaEntry& e) { return e.id == id; });
  REQUIRE(it != entries.end());
  return *it;
}

// "Jane Doe@crga-56", with " (online)" when the clash involves an online meeting.
std::vector<std::string> clash_notes(const AgendaEntry& e) {
  std::vector<std::string> out;
  for (const AgendaClash& c : e.clashes) {
    out.push_back(fmt::format("{}@{}{}", c.who, c.meeting, c.online ? " (online)" : ""));
  }
  return out;
}

// Two meetings, `a` then `b`, each with the given delegation; returns the clashes.
std::vector<Clash> clashes_of(std::string_view a_end, std::string_view a_rows,
                              std::string_view b_start, std::string_view b_rows,
                              std::string_view b_status = "planned") {
  StoreFixture fx{{meeting_path("a"), meeting("2026-08-08", a_end, a_rows)},
                  {meeting_path("b"), meeting(b_start, "2026-08-20", b_rows, b_status)}};
  return find_clashes(fx.store);
}

}  // namespace

// --- the period ----------------------------------------------------------------------------

TEST_CASE("agenda: a meeting overlapping the period by one day is in, one a day off is out") {
  StoreFixture fx{
      {meeting_path("ends-day-before"), meeting("2026-07-28", "2026-07-31", row("A", "scrre"))},
      {meeting_path("ends-on-from"), meeting("2026-07-30", "2026-08-01", row("B", "scrre"))},
      {meeting_path("spans-all"), meeting("2026-07-01", "2026-09-30", row("C", "scrre"))},
      {meeting_path("starts-on-to"), meeting("2026-08-31", "2026-09-02", row("D", "scrre"))},
      {meeting_path("starts-day-after"), meeting("2026-09-01", "2026-09-02", row("E", "scrre"))}};
  auto entries = agenda_entries(fx.store, day("2026-08-01"), day("2026-08-31"));
  CHECK(ids(entries) == std::vector<std::string>{"spans-all", "ends-on-from", "starts-on-to"});
}

TEST_CASE("agenda: a one-day meeting without an end counts on its start day only") {
  StoreFixture fx{{meeting_path("one-day"),
                   "title: Réunion\norganisation: spc\n"
                   "start: 2026-08-01\nstatus: planned\n"}};
  auto entries = agenda_entries(fx.store, day("2026-08-01"), day("2026-08-01"));
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].end == day("2026-08-01"));
  CHECK(agenda_entries(fx.store, day("2026-08-02"), day("2026-08-31")).empty());
}

TEST_CASE("agenda: meetings without a valid start are skipped") {
  StoreFixture fx{{meeting_path("no-date"),
                   "title: Réunion\norganisation: spc\n"
                   "start: 2026-02-30\nstatus: planned\n"}};
  CHECK(agenda_entries(fx.store, day("2026-01-01"), day("2026-12-31")).empty());
  CHECK(find_clashes(fx.store).empty());
}

TEST_CASE("agenda: entries are sorted by start, then id") {
  StoreFixture fx{{meeting_path("zeta"), meeting("2026-08-03", "2026-08-03", row("A", "scrre"))},
                  {meeting_path("beta"), meeting("2026-08-05", "2026-08-05", row("B", "scrre"))},
                  {meeting_path("alpha"), meeting("2026-08-05", "2026-08-05", row("C", "dass"))}};
  auto entries = agenda_entries(fx.store, day("2026-01-01"), day("2026-12-31"));
  CHECK(ids(entries) == std::vector<std::string>{"zeta", "alpha", "beta"});
}

TEST_CASE("agenda: an entry names its organisation, body, head and uid") {
  StoreFixture fx{
      {"records/organisations/spc.yaml", kSpc},
      {"records/organisations/pif.yaml", kPif},
      {meeting_path("crga-56"),
       meeting("2026-12-10", "2026-12-11", row("Jane Doe", "scrre", "head") + row("", "dass"))},
      {meeting_path("pif-fem"),
       "title: FEM\norganisation: pif\nstart: 2026-08-14\n"
       "status: confirmed\ndelegation:\n" +
           row("", "gouvernement", "head")}};
  auto entries = agenda_entries(fx.store, day("2026-01-01"), day("2026-12-31"));
  const AgendaEntry& crga = entry(entries, "crga-56");
  CHECK(crga.organisation == "spc");
  CHECK(crga.organisation_name.fr == "CPS");
  CHECK(crga.organisation_name.en == "SPC");
  CHECK(crga.body == "crga");
  CHECK(crga.body_name.en == "Committee of Representatives");
  CHECK(crga.head == "Jane Doe (scrre)");
  CHECK(crga.uid == "crga-56.meeting@multilat");
  CHECK(crga.path == meeting_path("crga-56"));
  CHECK(crga.loc.line == 4);
  CHECK(crga.delegation.size() == 2);
  CHECK(crga.start == day("2026-12-10"));
  CHECK(crga.end == day("2026-12-11"));
  const AgendaEntry& fem = entry(entries, "pif-fem");
  CHECK(fem.organisation_name.fr == "Forum des îles du Pacifique");  // no acronym: the name
  CHECK(fem.body.empty());
  CHECK(fem.body_name.empty());
  CHECK(fem.head == "gouvernement");
  CHECK(fem.status == "confirmed");
}

TEST_CASE("agenda: a clash is noted on both meetings") {
  multilat::testing::InLanguage english(Language::En);
  StoreFixture fx{
      {meeting_path("crga-56"), meeting("2026-08-10", "2026-08-12", row("Jane Doe", "scrre"))},
      {meeting_path("pif-fmm"), meeting("2026-08-12", "2026-08-13", row("Jane Doe", "dass"))},
      {meeting_path("later"), meeting("2026-08-20", "2026-08-21", row("Jane Doe", "scrre"))}};
  auto entries = agenda_entries(fx.store, day("2026-08-01"), day("2026-08-31"));
  CHECK(clash_notes(entry(entries, "crga-56")) == std::vector<std::string>{"Jane Doe@pif-fmm"});
  CHECK(clash_notes(entry(entries, "pif-fmm")) == std::vector<std::string>{"Jane Doe@crga-56"});
  CHECK(entry(entries, "later").clashes.empty());
}

TEST_CASE("agenda: a clash with a meeting outside the period is still noted") {
  multilat::testing::InLanguage english(Language::En);
  StoreFixture fx{
      {meeting_path("inside"), meeting("2026-08-30", "2026-09-02", row("Jane Doe", "scrre"))},
      {meeting_path("outside"), meeting("2026-09-01", "2026-09-03", row("Jane Doe", "scrre"))}};
  auto entries = agenda_entries(fx.store, day("2026-08-01"), day("2026-08-31"));
  REQUIRE(ids(entries) == std::vector<std::string>{"inside"});
  CHECK(clash_notes(entries[0]) == std::vector<std::string>{"Jane Doe@outside"});
}

// --- clashes -------------------------------------------------------------------------------

TEST_CASE("clashes: the same person in two overlapping meetings, reported on the later one") {
  auto found = clashes_of("2026-08-12", row("Jane Doe", "scrre"), "2026-08-11",
                          row("Someone", "dass") + row("Jane Doe", "province-sud"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].who == "Jane Doe");
  CHECK_FALSE(found[0].is_entity);
  CHECK(found[0].meeting == "b");
  CHECK(found[0].other_meeting == "a");
  CHECK(found[0].path == meeting_path("b"));
  CHECK(found[0].loc.line == 9);  // the second row of b's delegation
}

TEST_CASE("clashes: a person's name is compared without case and accents") {
  auto found = clashes_of("2026-08-12", row("Élise  Wéa", "scrre"), "2026-08-11",
                          row("elise wea", "dass"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].who == "elise wea");  // as written in the meeting reported
  CHECK_FALSE(found[0].online);
  CHECK(clashes_of("2026-08-12", row("Elise Wea", "scrre"), "2026-08-11", row("Elise Weaver", "dass"))
            .empty());
}

TEST_CASE("clashes: a clash involving an online meeting says so, on both agenda entries") {
  StoreFixture fx{
      {meeting_path("crga-56"), meeting("2026-08-10", "2026-08-12", row("Jane Doe", "scrre"))},
      {meeting_path("webinar"),
       meeting("2026-08-11", "2026-08-11", row("Jane Doe", "scrre")) + "virtual: true\n"}};
  std::vector<Clash> found = find_clashes(fx.store);
  REQUIRE(found.size() == 1);
  CHECK(found[0].online);
  auto entries = agenda_entries(fx.store, day("2026-08-01"), day("2026-08-31"));
  CHECK(clash_notes(entry(entries, "crga-56")) ==
        std::vector<std::string>{"Jane Doe@webinar (online)"});
  CHECK(clash_notes(entry(entries, "webinar")) ==
        std::vector<std::string>{"Jane Doe@crga-56 (online)"});
}

TEST_CASE("clashes: an entity sent twice without a named person") {
  auto found = clashes_of("2026-08-12", row("", "scrre"), "2026-08-09", row("", "scrre"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].who == "scrre");
  CHECK(found[0].is_entity);
  CHECK(found[0].meeting == "b");
}

TEST_CASE("clashes: two different people of one entity is normal") {
  CHECK(clashes_of("2026-08-12", row("Jane Doe", "scrre"), "2026-08-09", row("John Roe", "scrre"))
            .empty());
  // A bare entity row and a named person of that entity are not the same traveller either.
  CHECK(clashes_of("2026-08-12", row("Jane Doe", "scrre"), "2026-08-09", row("", "scrre")).empty());
  CHECK(clashes_of("2026-08-12", row("", "scrre"), "2026-08-09", row("Jane Doe", "scrre")).empty());
}

TEST_CASE("clashes: cancelled and postponed meetings never clash") {
  for (std::string_view status : {"cancelled", "postponed"}) {
    CAPTURE(status);
    CHECK(clashes_of("2026-08-12", row("Jane Doe", "scrre"), "2026-08-09", row("Jane Doe", "scrre"),
                     status)
              .empty());
  }
  CHECK(clashes_of("2026-08-12", row("Jane Doe", "scrre"), "2026-08-09", row("Jane Doe", "scrre"),
                   "confirmed")
            .size() == 1);
}

TEST_CASE("clashes: ranges that touch on one day overlap, consecutive ones do not") {
  CHECK(clashes_of("2026-08-10", row("Jane Doe", "scrre"), "2026-08-10", row("Jane Doe", "scrre"))
            .size() == 1);
  CHECK(clashes_of("2026-08-10", row("Jane Doe", "scrre"), "2026-08-11", row("Jane Doe", "scrre"))
            .empty());
}

TEST_CASE("clashes: a person listed twice in one meeting clashes once per other meeting") {
  auto found = clashes_of("2026-08-12", row("Jane Doe", "scrre") + row("Jane Doe", "dass"),
                          "2026-08-09", row("Jane Doe", "scrre") + row("Jane Doe", "dass"));
  CHECK(found.size() == 1);
}

TEST_CASE("clashes: on the same start day the larger id is the one reported") {
  StoreFixture fx{
      {meeting_path("zulu"), meeting("2026-08-10", "2026-08-10", row("Jane Doe", "scrre"))},
      {meeting_path("alpha"), meeting("2026-08-10", "2026-08-12", row("Jane Doe", "scrre"))}};
  auto found = find_clashes(fx.store);
  REQUIRE(found.size() == 1);
  CHECK(found[0].meeting == "zulu");
  CHECK(found[0].other_meeting == "alpha");
}

TEST_CASE("clashes: three overlapping meetings give one clash per pair") {
  StoreFixture fx{
      {meeting_path("a"), meeting("2026-08-01", "2026-08-31", row("Jane Doe", "scrre"))},
      {meeting_path("b"), meeting("2026-08-05", "2026-08-06", row("Jane Doe", "scrre"))},
      {meeting_path("c"), meeting("2026-08-20", "2026-08-21", row("Jane Doe", "scrre"))}};
  std::set<std::pair<std::string, std::string>> pairs;
  for (const Clash& c : find_clashes(fx.store))
    pairs.insert({c.meeting.str(), c.other_meeting.str()});
  CHECK(pairs == std::set<std::pair<std::string, std::string>>{{"b", "a"}, {"c", "a"}});
}

// --- scale: the sweep agrees with the obvious quadratic answer, and 50k meetings are quick --

namespace {

Store random_store(std::size_t count, int people, unsigned seed, int span_days = 3 * 365) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> offset(0, span_days), length(0, 4), who(0, people - 1);
  std::uniform_int_distribution<int> status(0, 19);
  Store store;
  const Date first = day("2026-01-01");
  for (std::size_t i = 0; i < count; ++i) {
    Meeting m;
    m.header.id = fmt::format("m-{}", i);
    Date start = add_days(first, offset(rng));
    m.start = Located<Date>{start, {}};
    m.end = Located<Date>{add_days(start, length(rng)), {}};
    m.status.value = status(rng) == 0 ? "cancelled" : "planned";
    for (int d = 0; d < 3; ++d) {
      int n = who(rng);
      bool bare = n % 7 == 0;  // some rows name no person
      m.delegation.push_back(
          Delegate{bare ? "" : fmt::format("P{}", n), {fmt::format("e{}", n % 11), {}}, "member"});
    }
    store.meetings.push_back(std::move(m));
  }
  store.build_index();
  return store;
}

std::set<std::tuple<std::string, std::string, std::string>> brute_force(const Store& store) {
  std::set<std::tuple<std::string, std::string, std::string>> out;
  auto live = [](const Meeting& m) { return m.status.value == "planned"; };
  auto keys = [](const Meeting& m) {
    std::set<std::string> k;
    for (const Delegate& d : m.delegation)
      k.insert(d.person.empty() ? "e:" + d.entity.value.str() : "p:" + d.person.str());
    return k;
  };
  std::vector<std::set<std::string>> keys_of;
  for (const Meeting& m : store.meetings) keys_of.push_back(keys(m));
  for (std::size_t i = 0; i < store.meetings.size(); ++i) {
    const Meeting& a = store.meetings[i];
    for (std::size_t j = 0; j < store.meetings.size(); ++j) {
      const Meeting& b = store.meetings[j];
      if (i == j || !live(a) || !live(b)) continue;
      if (a.start->value > b.end->value || b.start->value > a.end->value) continue;
      bool a_later = std::tie(a.start->value, a.header.id) > std::tie(b.start->value, b.header.id);
      if (!a_later) continue;
      for (const std::string& k : keys_of[i]) {
        if (keys_of[j].count(k)) out.insert({a.header.id.str(), b.header.id.str(), k.substr(2)});
      }
    }
  }
  return out;
}

}  // namespace

TEST_CASE("clashes: the sweep finds exactly what comparing every pair finds") {
  Store store = random_store(600, 150, 7);
  std::set<std::tuple<std::string, std::string, std::string>> swept;
  std::vector<Clash> found = find_clashes(store);
  for (const Clash& c : found) swept.insert({c.meeting.str(), c.other_meeting.str(), c.who.str()});
  CHECK(swept.size() == found.size());  // nothing reported twice
  CHECK(!swept.empty());
  CHECK(swept == brute_force(store));
}

// Thousands of people, most travelling once: the sweep forgets finished travellers as it goes,
// and must still find every clash.
TEST_CASE("clashes: the sweep agrees with every pair when it forgets finished travellers") {
  Store store = random_store(3000, 4000, 13, 400);
  std::set<std::tuple<std::string, std::string, std::string>> swept;
  std::vector<Clash> found = find_clashes(store);
  for (const Clash& c : found) swept.insert({c.meeting.str(), c.other_meeting.str(), c.who.str()});
  CHECK(swept.size() == found.size());
  CHECK(swept.size() > 100);
  CHECK(swept == brute_force(store));
}

// How fast it is, is measured by the benchmark (docs/performance.md), not asserted here.
TEST_CASE("clashes: 50k meetings are swept deterministically") {
  Store store = random_store(50000, 20000, 11);
  std::vector<Clash> first = find_clashes(store);
  std::vector<Clash> second = find_clashes(store);
  auto same = [](const Clash& a, const Clash& b) {
    return std::tie(a.meeting, a.other_meeting, a.who) ==
           std::tie(b.meeting, b.other_meeting, b.who);
  };
  CHECK(!first.empty());
  CHECK(std::equal(first.begin(), first.end(), second.begin(), second.end(), same));
}
