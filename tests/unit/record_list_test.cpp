// Tests of `list`'s rows and `show`'s derived facts over stores built in memory.
#include <doctest/doctest.h>

#include "query/record_detail.h"
#include "query/record_list.h"
#include "store_fixture.h"

using namespace multilat;
using multilat::testing::StoreFixture;

namespace {

const char* kSpc =
    "name: {fr: Communauté du Pacifique, en: Pacific Community}\nacronym: CPS\ntype: regional-intergovernmental\n"
    "nc-status: member\nnc-since: 1983-10-01\nnc-history:\n  - {status: observer, since: 1975-01-01}\n"
    "focal-point: scrre\nbodies:\n  - {id: crga, name: CRGA, cadence: yearly}\n";
const char* kSprep = "name: Programme régional océanien de l'environnement\ntype: regional-intergovernmental\n"
                     "nc-status: associate-member\nfocal-point: dass\n";
const char* kScrre = "name: Service de la coopération régionale\ntype: government-service\n"
                     "focal-point: {person: Jane Doe}\n";
const char* kDass = "name: Direction des affaires sanitaires\ntype: government-service\nparent: scrre\n";
const char* kCrga = "title: {fr: Réunion du CRGA à Nouméa, en: CRGA meeting in Noumea}\norganisation: spc\n"
                    "body: crga\nstart: 2027-10-12\nstatus: planned\ndelegation:\n"
                    "  - {person: Paul Wéa, entity: dass, role: head}\ntags: [gouvernance]\n";
const char* kOld = "title: Ancienne réunion\norganisation: sprep\nstart: 2025-09-01\nend: 2025-09-03\nstatus: held\n"
                   "delegation:\n  - {person: Jane Doe, entity: scrre, role: head}\n";
const char* kData = "title: Convention sur les données\npartner: spc\nlead: scrre\nstage: negotiating\n"
                    "stage-since: 2026-05-12\nvalue: {amount: 5000000, currency: XPF}\nlast-contact: 2026-11-10\n";
const char* kReef = "title: Récifs\npartner: sprep\nlead: dass\nstage: idea\nstage-since: 2026-11-20\n"
                    "value: {amount: 900, currency: EUR}\n";

StoreFixture fixture() {
  return StoreFixture{{"records/organisations/spc.yaml", kSpc},     {"records/organisations/sprep.yaml", kSprep},
                      {"records/entities/scrre.yaml", kScrre},      {"records/entities/dass.yaml", kDass},
                      {"records/meetings/2027/crga.yaml", kCrga},   {"records/meetings/2025/old.yaml", kOld},
                      {"records/prospects/data.yaml", kData},       {"records/prospects/reef.yaml", kReef}};
}

std::vector<std::string> ids(const RecordList& list) {
  std::vector<std::string> out;
  for (const ListRow& row : list.rows) out.push_back(row.id);
  return out;
}

}  // namespace

TEST_CASE("list: meetings come by date, the others by id") {
  StoreFixture f = fixture();
  CHECK(ids(list_records(f.store, Kind::Meeting, {}, "")) == std::vector<std::string>{"old", "crga"});
  CHECK(ids(list_records(f.store, Kind::Organisation, {}, "")) == std::vector<std::string>{"spc", "sprep"});
}

TEST_CASE("list: each filter keeps what it names and nothing else") {
  StoreFixture f = fixture();
  ListFilters by_org;
  by_org.organisations = {"spc"};
  CHECK(ids(list_records(f.store, Kind::Meeting, by_org, "")) == std::vector<std::string>{"crga"});
  CHECK(ids(list_records(f.store, Kind::Prospect, by_org, "")) == std::vector<std::string>{"data"});

  ListFilters by_entity;
  by_entity.entities = {"scrre"};
  CHECK(ids(list_records(f.store, Kind::Entity, by_entity, "")) == std::vector<std::string>{"dass", "scrre"});
  CHECK(ids(list_records(f.store, Kind::Organisation, by_entity, "")) == std::vector<std::string>{"spc"});

  ListFilters by_status;
  by_status.status = "held";
  CHECK(ids(list_records(f.store, Kind::Meeting, by_status, "")) == std::vector<std::string>{"old"});

  ListFilters by_year;
  by_year.year = 2026;
  CHECK(ids(list_records(f.store, Kind::Prospect, by_year, "")) == std::vector<std::string>{"data", "reef"});
  CHECK(ids(list_records(f.store, Kind::Meeting, by_year, "")).empty());

  ListFilters by_tag;
  by_tag.tags = {"gouvernance"};
  CHECK(ids(list_records(f.store, Kind::Meeting, by_tag, "")) == std::vector<std::string>{"crga"});

  ListFilters by_person;
  by_person.people = person_links(f.store, {"jane doe"});
  CHECK(ids(list_records(f.store, Kind::Meeting, by_person, "")) == std::vector<std::string>{"old"});
  CHECK(ids(list_records(f.store, Kind::Prospect, by_person, "")) == std::vector<std::string>{"data"});
}

TEST_CASE("list: --grep ignores case and accents, in both languages") {
  StoreFixture f = fixture();
  ListFilters grep;
  grep.grep = "NOUMEA";
  CHECK(ids(list_records(f.store, Kind::Meeting, grep, "")) == std::vector<std::string>{"crga"});
  grep.grep = "crga meeting in";
  CHECK(ids(list_records(f.store, Kind::Meeting, grep, "")) == std::vector<std::string>{"crga"});
  grep.grep = "recifs";
  CHECK(ids(list_records(f.store, Kind::Prospect, grep, "")) == std::vector<std::string>{"reef"});
  grep.grep = "nowhere";
  CHECK(ids(list_records(f.store, Kind::Prospect, grep, "")).empty());
}

TEST_CASE("list: amounts sort by value, a missing value last") {
  StoreFixture f = fixture();
  CHECK(ids(list_records(f.store, Kind::Prospect, {}, "value")) == std::vector<std::string>{"reef", "data"});
  CHECK(ids(list_records(f.store, Kind::Organisation, {}, "since")) == std::vector<std::string>{"spc", "sprep"});
}

TEST_CASE("list: amounts sort by their worth in XPF, those no rate converts after them") {
  Settings settings;
  settings.currency_rates = {{"USD", "110", Date{}, "IEOM"}};
  // Raw, 80,000 USD would come before 5,000,000 XPF; in XPF it is worth 8,800,000.
  const char* usd = "title: Océan\npartner: spc\nlead: scrre\nstage: idea\nvalue: {amount: 80000, currency: USD}\n";
  const char* nzd = "title: Déchets\npartner: spc\nlead: scrre\nstage: idea\nvalue: {amount: 10, currency: NZD}\n";
  const char* aud = "title: Pêche\npartner: spc\nlead: scrre\nstage: idea\nvalue: {amount: 5, currency: AUD}\n";
  const char* none = "title: Rien\npartner: spc\nlead: scrre\nstage: idea\n";
  StoreFixture f{{{"records/prospects/data.yaml", kData}, {"records/prospects/usd.yaml", usd},
                  {"records/prospects/nzd.yaml", nzd},    {"records/prospects/aud.yaml", aud},
                  {"records/prospects/none.yaml", none},  {"records/prospects/reef.yaml", kReef}},
                 settings};
  CHECK(ids(list_records(f.store, Kind::Prospect, {}, "value")) ==
        std::vector<std::string>{"reef", "data", "usd", "aud", "nzd", "none"});
}

TEST_CASE("list: which filters apply to which kind") {
  CHECK(filter_applies(Kind::Meeting, "status"));
  CHECK_FALSE(filter_applies(Kind::Entity, "status"));
  CHECK(filter_applies(Kind::Prospect, "stage"));
  CHECK_FALSE(filter_applies(Kind::Meeting, "stage"));
  CHECK_FALSE(filter_applies(Kind::Entity, "year"));
}

TEST_CASE("show: status history, last contact, days to start and referrers") {
  StoreFixture f = fixture();
  Date today = *parse_date("2026-11-29");
  auto spc = f.store.find("spc");
  REQUIRE(spc);
  RecordDetail d = describe_record(f.store, *spc, today, {});
  REQUIRE(d.status_history.size() == 2);
  CHECK(d.status_history[0].status == "observer");
  CHECK(d.status_history[1].status == "member");
  REQUIRE(d.last_contact);
  CHECK(format_date(*d.last_contact) == "2026-11-10");
  std::vector<std::string> referrers;
  for (const Referrer& r : d.referrers) referrers.push_back(r.id);
  CHECK(referrers == std::vector<std::string>{"crga", "data"});

  RecordDetail crga = describe_record(f.store, *f.store.find("crga"), today, {});
  REQUIRE(crga.days_to_start);
  CHECK(*crga.days_to_start == 317);
  // A held meeting of the organisation counts as a contact.
  RecordDetail sprep = describe_record(f.store, *f.store.find("sprep"), today, {});
  REQUIRE(sprep.last_contact);
  CHECK(format_date(*sprep.last_contact) == "2025-09-03");
}
