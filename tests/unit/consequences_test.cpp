// Tests of a change's consequences: diagnostics that appear or go at either end, by file,
// ignoring lines that only moved.
#include "review/consequences.h"

#include <doctest/doctest.h>

using namespace multilat;

namespace {

Diagnostic at(std::string path, unsigned line, std::string rule, std::string message) {
  return Diagnostic{std::move(path), Loc{line, 1}, Severity::Error, std::move(rule), std::move(message), ""};
}

RecordChange changed(std::string old_path, std::string new_path) {
  RecordChange change;
  change.old_path = std::move(old_path);
  change.new_path = std::move(new_path);
  return change;
}

}  // namespace

TEST_CASE("a diagnostic that only moved down a line is no consequence") {
  std::vector<RecordChange> changes{changed("r/meetings/a.yaml", "r/meetings/a.yaml")};
  auto elsewhere = add_consequences(changes, {at("r/meetings/a.yaml", 4, "ref-unknown", "unknown 'spcc'")},
                                    {at("r/meetings/a.yaml", 5, "ref-unknown", "unknown 'spcc'")});
  CHECK(changes[0].check.empty());
  CHECK(elsewhere.empty());
}

TEST_CASE("what a changed record gains and loses, and what it does to other files") {
  std::vector<Diagnostic> before{at("r/meetings/a.yaml", 9, "date-order", "end before start"),
                                 at("r/prospects/p.yaml", 2, "prospect-stale", "no contact")};
  std::vector<Diagnostic> after{at("r/meetings/a.yaml", 4, "ref-unknown", "unknown organisation 'spx'"),
                                at("r/prospects/p.yaml", 2, "prospect-stale", "no contact"),
                                at("r/prospects/q.yaml", 3, "ref-unknown", "unknown meeting 'a'")};
  std::vector<RecordChange> changes{changed("r/meetings/a.yaml", "r/meetings/a.yaml")};
  auto elsewhere = add_consequences(changes, before, after);
  REQUIRE(changes[0].check.introduced.size() == 1);
  CHECK(changes[0].check.introduced[0].rule == "ref-unknown");
  REQUIRE(changes[0].check.removed.size() == 1);
  CHECK(changes[0].check.removed[0].rule == "date-order");
  REQUIRE(elsewhere.size() == 1);
  CHECK(elsewhere.at("r/prospects/q.yaml").introduced.size() == 1);
  CHECK(elsewhere.at("r/prospects/q.yaml").removed.empty());
}

TEST_CASE("a renamed file is compared with its old path, and two equal problems count twice") {
  std::vector<RecordChange> changes{changed("r/entities/dass.yaml", "r/entities/dass-nc.yaml")};
  auto elsewhere = add_consequences(changes, {at("r/entities/dass.yaml", 1, "x", "same")},
                                    {at("r/entities/dass-nc.yaml", 1, "x", "same"),
                                     at("r/entities/dass-nc.yaml", 2, "x", "same")});
  CHECK(changes[0].check.introduced.size() == 1);
  CHECK(changes[0].check.removed.empty());
  CHECK(elsewhere.empty());
}
