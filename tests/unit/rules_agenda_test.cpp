// Tests of the delegation-clash rules: fixtures that trip them, and fixtures that pass.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>

#include "check/rule_functions.h"
#include "i18n/tr.h"
#include "in_english.h"
#include "store_fixture.h"

using namespace multilat;
using multilat::testing::InEnglish;
using multilat::testing::StoreFixture;
using multilat::testing::test_today;

namespace {

constexpr const char* kSpc =
    "name: {fr: Communauté du Pacifique, en: Pacific Community}\n"
    "nc-status: member\n"
    "bodies:\n"
    "  - {id: crga, name: CRGA}\n";
constexpr const char* kPif =
    "name: {fr: Forum des îles du Pacifique, en: Pacific Islands Forum}\n"
    "nc-status: associate-member\n";
constexpr const char* kScrre =
    "name: Service de la coopération régionale\ntype: government-service\n";
constexpr const char* kDass =
    "name: Direction des affaires sanitaires et sociales\ntype: government-service\n";

// A future meeting of `org`, so that no date rule fires; the delegation rows start on line 6.
std::string meeting(std::string_view org, std::string_view start, std::string_view end,
                    std::string_view rows, std::string_view status = "planned",
                    std::string_view extra = "") {
  return fmt::format(
      "title: Réunion\n"    // line 1
      "organisation: {}\n"  // line 2
      "start: {}\n"         // line 3
      "end: {}\n"           // line 4
      "status: {}\n"        // line 5
      "{}"                  // line 6 when given
      "delegation:\n"
      "{}",
      org, start, end, status, extra, rows);
}

constexpr const char* kJane = "  - {person: Jane Doe, entity: scrre, role: head}\n";
constexpr const char* kJohn = "  - {person: John Roe, entity: scrre, role: head}\n";
// The same name as a Mac writes it (NFD) and as most keyboards do (NFC).
constexpr const char* kEliseNfd = "  - {person: \"E\u0301lise We\u0301a\", entity: scrre, role: head}\n";
constexpr const char* kEliseNfc = "  - {person: \"\u00c9lise W\u00e9a\", entity: scrre, role: head}\n";
constexpr const char* kBareScrre = "  - {entity: scrre, role: member}\n";

// SPC's CRGA on 14-15 December and PIF's meeting from `start`, with these delegations.
struct TwoMeetings {
  StoreFixture fx;
  TwoMeetings(std::string_view crga_rows, std::string_view start, std::string_view pif_rows,
              std::string_view pif_status = "planned", std::string_view pif_extra = "")
      : fx{{"records/organisations/spc.yaml", kSpc},
           {"records/organisations/pif.yaml", kPif},
           {"records/entities/scrre.yaml", kScrre},
           {"records/entities/dass.yaml", kDass},
           {"records/meetings/2026/crga-56.yaml",
            meeting("spc", "2026-12-14", "2026-12-15", crga_rows)},
           {"records/meetings/2026/pif-fmm-2026.yaml",
            meeting("pif", start, "2026-12-18", pif_rows, pif_status, pif_extra)}} {}

  std::vector<Diagnostic> clashes() const { return fx.check(test_today(), "delegation-clash"); }
  std::vector<Diagnostic> online_clashes() const {
    return fx.check(test_today(), "delegation-clash-online");
  }

  void require_clean_load() const {
    std::string loaded;
    for (const Diagnostic& d : fx.load_diagnostics) loaded += d.path + ": " + d.message + "\n";
    INFO(loaded);
    REQUIRE(fx.load_diagnostics.empty());
    REQUIRE(fx.check(test_today()).size() ==
            clashes().size() + online_clashes().size());  // nothing else fires
  }
};

}  // namespace

TEST_CASE("delegation-clash: the rule is in the table as a warning") {
  const Rule* rule = find_rule("delegation-clash");
  REQUIRE(rule != nullptr);
  CHECK(rule->severity == Severity::Warning);
  i18n::set_language(Language::En);
  CHECK(rule_summary(*rule) == "someone is in two delegations at once");
  i18n::set_language(Language::Fr);
  CHECK((rule->run == &rules::delegation_clash));
  CHECK(rule_explanation(*rule).size() > 100);
}

TEST_CASE_FIXTURE(InEnglish, "delegation-clash: one person in two overlapping delegations") {
  TwoMeetings two(kJane, "2026-12-15", kJane);
  two.require_clean_load();
  auto found = two.clashes();
  REQUIRE(found.size() == 1);
  const Diagnostic& d = found[0];
  CHECK(d.severity == Severity::Warning);
  CHECK(d.path == "records/meetings/2026/pif-fmm-2026.yaml");  // the later meeting
  CHECK(d.loc.line == 7);                                      // the row's entity
  CHECK(d.message ==
        "Jane Doe is also in the delegation to crga-56, which overlaps (2026-12-14 to "
        "2026-12-15)");
  CHECK(d.hint == "send someone else, or record who replaces them");
}

TEST_CASE_FIXTURE(InEnglish, "delegation-clash: a name written once composed, once decomposed") {
  TwoMeetings two(kEliseNfc, "2026-12-15", kEliseNfd);
  two.require_clean_load();
  CHECK(two.clashes().size() == 1);
}

TEST_CASE_FIXTURE(InEnglish, "delegation-clash: an entity sent twice with no person named") {
  TwoMeetings two(kBareScrre, "2026-12-13", kBareScrre);
  two.require_clean_load();
  auto found = two.clashes();
  REQUIRE(found.size() == 1);
  CHECK(found[0].path == "records/meetings/2026/crga-56.yaml");  // starts later this time
  CHECK(found[0].message ==
        "scrre (no person named) is also in the delegation to pif-fmm-2026, which overlaps "
        "(2026-12-13 to 2026-12-18)");
}

TEST_CASE("delegation-clash: passes for different people, other days, or a cancelled meeting") {
  SUBCASE("two people of one entity") {
    CHECK(TwoMeetings(kJane, "2026-12-15", kJohn).clashes().empty());
  }
  SUBCASE("a named person and a bare row of the same entity") {
    CHECK(TwoMeetings(kJane, "2026-12-15", kBareScrre).clashes().empty());
  }
  SUBCASE("the next day") { CHECK(TwoMeetings(kJane, "2026-12-16", kJane).clashes().empty()); }
  SUBCASE("cancelled") {
    CHECK(TwoMeetings(kJane, "2026-12-15", kJane, "cancelled").clashes().empty());
  }
  SUBCASE("postponed") {
    CHECK(TwoMeetings(kJane, "2026-12-15", kJane, "postponed").clashes().empty());
  }
}

TEST_CASE("delegation-clash: the later meeting can silence it") {
  TwoMeetings two(kJane, "2026-12-15", kJane, "planned", "silence: [delegation-clash]\n");
  two.require_clean_load();
  CHECK(two.clashes().empty());
}

constexpr const char* kElise = "  - {person: Élise Wéa, entity: scrre, role: head}\n";
constexpr const char* kEliseTyped = "  - {person: elise  WEA, entity: dass, role: member}\n";

TEST_CASE_FIXTURE(InEnglish, "delegation-clash: names match without case, accents or extra spaces") {
  TwoMeetings two(kElise, "2026-12-15", kEliseTyped);
  two.require_clean_load();
  auto found = two.clashes();
  REQUIRE(found.size() == 1);
  CHECK(found[0].message ==
        "elise  WEA is also in the delegation to crga-56, which overlaps (2026-12-14 to "
        "2026-12-15)");
}

TEST_CASE_FIXTURE(InEnglish, "delegation-clash-online: a clash with an online meeting") {
  TwoMeetings two(kJane, "2026-12-15", kJane, "planned", "virtual: true\n");
  two.require_clean_load();
  CHECK(two.clashes().empty());
  auto found = two.online_clashes();
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Warning);
  CHECK(found[0].message ==
        "Jane Doe is also in the delegation to crga-56, which overlaps (2026-12-14 to "
        "2026-12-15); one of the two is online");
  CHECK(found[0].hint ==
        "say who follows the online meeting, or add delegation-clash-online to the silence list");
}

TEST_CASE("delegation-clash-online: silenced apart from trips, and passes when nobody clashes") {
  CHECK(TwoMeetings(kJane, "2026-12-16", kJane, "planned", "virtual: true\n")
            .online_clashes()
            .empty());
  TwoMeetings silenced(kJane, "2026-12-15", kJane, "planned",
                       "virtual: true\nsilence: [delegation-clash-online]\n");
  silenced.require_clean_load();
  CHECK(silenced.online_clashes().empty());
  // Silencing the trips rule leaves the online one reported.
  TwoMeetings other(kJane, "2026-12-15", kJane, "planned",
                    "virtual: true\nsilence: [delegation-clash]\n");
  CHECK(other.online_clashes().size() == 1);
}
