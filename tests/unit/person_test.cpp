// Tests of --person's links: names match without case, accents or extra spaces, through
// delegations and focal points.
#include "calendar/person.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "store_fixture.h"

using namespace multilat;
using multilat::testing::StoreFixture;

namespace {

constexpr const char* kSpc = "name: Communauté du Pacifique\nnc-status: member\n";

std::string meeting_with(std::string_view person) {
  return "title: Réunion\norganisation: spc\nstart: 2026-12-14\nstatus: planned\n"
         "delegation:\n  - {person: " +
         std::string(person) + ", entity: scrre, role: head}\n";
}

struct Desk {
  StoreFixture fx{
      {"records/organisations/spc.yaml", kSpc},
      {"records/entities/scrre.yaml",
       "name: SCRRE\ntype: government-service\nfocal-point: {person: Élise Wéa}\n"},
      {"records/entities/dass.yaml", "name: DASS\ntype: government-service\n"},
      {"records/meetings/2026/crga-56.yaml", meeting_with("Élise Wéa")},
      {"records/meetings/2026/pif-2026.yaml", meeting_with("ELISE  wea")},
      {"records/meetings/2026/sprep-2026.yaml", meeting_with("Jean Dupont")}};
};

Deadline deadline(std::string_view record, Kind kind, std::string_view owner) {
  Deadline d;
  d.record = Str(record);
  d.record_kind = kind;
  d.owner = Str(owner);
  return d;
}

}  // namespace

TEST_CASE("person_links: every spelling of a name finds the same meetings and entities") {
  Desk desk;
  for (std::string name : {"Élise Wéa", "elise wea", " Elise   WEA "}) {
    PersonLinks links = person_links(desk.fx.store, {name});
    CHECK(links.meetings == std::set<std::string, std::less<>>{"crga-56", "pif-2026"});
    CHECK(links.entities == std::set<std::string, std::less<>>{"scrre"});
  }
  CHECK(person_links(desk.fx.store, {"Elise"}).empty());
  PersonLinks both = person_links(desk.fx.store, {"elise wea", "jean dupont"});
  CHECK(both.meetings.size() == 3);
}

TEST_CASE("concerns: a deadline of their meeting, or owned by an entity they are focal point of") {
  Desk desk;
  PersonLinks links = person_links(desk.fx.store, {"elise wea"});
  CHECK(concerns(links, deadline("crga-56", Kind::Meeting, "dass")));
  CHECK(concerns(links, deadline("spc", Kind::Organisation, "scrre")));
  CHECK_FALSE(concerns(links, deadline("sprep-2026", Kind::Meeting, "dass")));
  CHECK_FALSE(concerns(links, deadline("spc", Kind::Organisation, "")));
  // An organisation that happens to share a meeting's id is not that meeting.
  CHECK_FALSE(concerns(links, deadline("crga-56", Kind::Organisation, "")));
}

TEST_CASE("people_named: each person once, as first written, sorted without accents") {
  Desk desk;
  CHECK(people_named(desk.fx.store) == std::vector<std::string>{"Élise Wéa", "Jean Dupont"});
}
