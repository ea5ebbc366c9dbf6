// Tests of the record facts `check --changed` keeps by blob id: what is extracted from a record,
// and a cache that survives a round trip, drops what was not used, and ignores a damaged file.
#include "incremental/facts_cache.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace multilat;

namespace {

std::vector<std::string> items(const EncodedList& list) {
  return {list.begin(), list.end()};
}

const std::string kHash = "3b18e512dba79e4c8300dd08aeb37f8e728b8dad";

RecordFacts sample() {
  return {{"organisation:spc", "entity:gouv-nc"}, {"jane doe", "entity:dass"}, {}};
}

}  // namespace

TEST_CASE("facts: a meeting's references carry their kind, its delegates are folded") {
  RecordFile file{"x", "records/meetings/2027/crga.yaml", Kind::Meeting, "crga"};
  RecordFacts facts = facts_of(
      "title: CRGA\norganisation: spc\nstart: 2027-03-01\nstatus: planned\n"
      "delegation:\n  - {person: Paul Wéa, entity: gouv-nc}\n  - {entity: dass}\n",
      file);
  CHECK(facts.references == std::vector<std::string>{"entity:dass", "entity:gouv-nc", "organisation:spc"});
  CHECK(facts.travellers == std::vector<std::string>{"entity:dass", "paul wea"});
  CHECK(facts.acronyms.empty());
  auto parts = reference_parts("organisation:spc");
  CHECK(parts.target == Kind::Organisation);
  CHECK(parts.id == "spc");
}

TEST_CASE("facts: an organisation's acronyms, folded, in both languages") {
  RecordFile file{"x", "records/organisations/spc.yaml", Kind::Organisation, "spc"};
  RecordFacts facts = facts_of(
      "name: {fr: Communauté du Pacifique, en: Pacific Community}\nacronym: {fr: CPS, en: SPC}\n"
      "type: intergovernmental\nnc-status: member\n",
      file);
  CHECK(facts.acronyms == std::vector<std::string>{"cps", "spc"});
}

TEST_CASE("facts: a file that is not a record has none") {
  RecordFile file{"x", "records/entities/broken.yaml", Kind::Entity, "broken"};
  CHECK(facts_of("name: [unclosed\n", file) == RecordFacts{});
}

TEST_CASE("facts cache: what is put is found, and survives a round trip") {
  FactsCache cache;
  CHECK_FALSE(cache.find(Kind::Meeting, kHash));
  cache.put(Kind::Meeting, kHash, sample());
  auto found = cache.find(Kind::Meeting, kHash);
  REQUIRE(found);
  CHECK(items(found->references) == sample().references);
  CHECK(items(found->travellers) == sample().travellers);
  CHECK(found->acronyms.empty());
  // The same blob in another kind's folder is another record.
  CHECK_FALSE(cache.find(Kind::Prospect, kHash));

  FactsCache again = FactsCache::parse(cache.serialise());
  REQUIRE(again.size() == 1);
  auto reloaded = again.find(Kind::Meeting, kHash);
  REQUIRE(reloaded);
  CHECK(items(reloaded->travellers) == sample().travellers);
}

TEST_CASE("facts cache: strings with any bytes, colons and digits included") {
  FactsCache cache;
  RecordFacts odd{{"entity:12:34"}, {std::string("a\0b:\n9", 6), ""}, {"x"}};
  cache.put(Kind::Meeting, kHash, odd);
  FactsCache again = FactsCache::parse(cache.serialise());
  auto found = again.find(Kind::Meeting, kHash);
  REQUIRE(found);
  CHECK(items(found->references) == odd.references);
  CHECK(items(found->travellers) == odd.travellers);
  CHECK(items(found->acronyms) == odd.acronyms);
}

TEST_CASE("facts cache: only the entries used by the run are written again") {
  FactsCache cache;
  cache.put(Kind::Meeting, kHash, sample());
  cache.put(Kind::Entity, kHash, RecordFacts{});
  FactsCache loaded = FactsCache::parse(cache.serialise());
  CHECK(loaded.size() == 2);
  CHECK(loaded.find(Kind::Entity, kHash));
  FactsCache pruned = FactsCache::parse(loaded.serialise());
  CHECK(pruned.size() == 1);
  CHECK_FALSE(pruned.find(Kind::Meeting, kHash));
}

TEST_CASE("facts cache: a damaged or foreign file is ignored whole") {
  FactsCache cache;
  cache.put(Kind::Meeting, kHash, sample());
  std::string bytes = cache.serialise();
  for (std::size_t cut = 0; cut < bytes.size(); ++cut) {
    FactsCache damaged = FactsCache::parse(bytes.substr(0, cut));
    CAPTURE(cut);
    CHECK(damaged.size() == 0);
  }
  CHECK(FactsCache::parse("multilat record facts 0 old\n" + bytes.substr(bytes.find('\n') + 1)).size() == 0);
  // A length that runs past the end, or a body that is not three lists.
  std::string header = bytes.substr(0, bytes.find('\n') + 1);
  CHECK(FactsCache::parse(header + "5:abc").size() == 0);
  FactsCache bad_body = FactsCache::parse(header + "9:meeting:x3:1:a");
  CHECK_FALSE(bad_body.find(Kind::Meeting, "x"));
  // Out of order: not what the writer makes.
  CHECK(FactsCache::parse(header + "9:meeting:b0:9:meeting:a0:").size() == 0);
}

TEST_CASE("facts cache: the same blob put twice keeps the first facts, which views still read") {
  FactsCache cache;
  FactsView first = cache.put(Kind::Meeting, kHash, sample());
  FactsView second = cache.put(Kind::Meeting, kHash, RecordFacts{{"entity:other"}, {}, {}});
  // Two files with the same content give the same facts; the first view must stay valid.
  CHECK(items(first.references) == sample().references);
  CHECK(items(second.references) == sample().references);
}
