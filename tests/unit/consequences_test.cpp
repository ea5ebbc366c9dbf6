// Tests of a change's consequences: diagnostics that appear or go at either end, by file,
// ignoring lines that only moved.
#include "review/consequences.h"

#include <doctest/doctest.h>

using namespace multilat;

namespace {

Diagnostic at(std::string path, unsigned line, std::string rule, std::string message) {
  return Diagnostic{std::move(path), Loc{line, 1}, Severity::Error, std::move(rule), std::move(message), ""};
}

RecordChange modified(std::string path) {
  RecordChange change;
  change.old_path = path;
  change.new_path = std::move(path);
  return change;
}

}  // namespace

TEST_CASE("a diagnostic that only moved down a line is no consequence") {
  std::vector<Diagnostic> before{at("r/meetings/a.yaml", 4, "ref-unknown", "unknown organisation 'spcc'")};
  std::vector<Diagnostic> after{at("r/meetings/a.yaml", 5, "ref-unknown", "unknown organisation 'spcc'")};
  ChangeConsequences c = consequences_of({modified("r/meetings/a.yaml")}, before, after);
  CHECK(c.of_changed.empty());
  CHECK(c.elsewhere.empty());
}

TEST_CASE("what a changed record gains and loses, and what it does to other files") {
  std::vector<Diagnostic> before{at("r/meetings/a.yaml", 9, "date-order", "end before start"),
                                 at("r/prospects/p.yaml", 2, "prospect-stale", "no contact")};
  std::vector<Diagnostic> after{at("r/meetings/a.yaml", 4, "ref-unknown", "unknown organisation 'spx'"),
                                at("r/prospects/p.yaml", 2, "prospect-stale", "no contact"),
                                at("r/prospects/q.yaml", 3, "ref-unknown", "unknown meeting 'a'")};
  ChangeConsequences c = consequences_of({modified("r/meetings/a.yaml")}, before, after);
  REQUIRE(c.of_changed.count("r/meetings/a.yaml") == 1);
  const Consequences& own = c.of_changed.at("r/meetings/a.yaml");
  REQUIRE(own.introduced.size() == 1);
  CHECK(own.introduced[0].rule == "ref-unknown");
  REQUIRE(own.removed.size() == 1);
  CHECK(own.removed[0].rule == "date-order");
  REQUIRE(c.elsewhere.size() == 1);
  CHECK(c.elsewhere.at("r/prospects/q.yaml").introduced.size() == 1);
  CHECK(c.elsewhere.at("r/prospects/q.yaml").removed.empty());
}

TEST_CASE("a renamed file is compared with its old path, and two equal problems count twice") {
  RecordChange moved;
  moved.old_path = "r/entities/dass.yaml";
  moved.new_path = "r/entities/dass-nc.yaml";
  std::vector<Diagnostic> before{at("r/entities/dass.yaml", 1, "x", "same")};
  std::vector<Diagnostic> after{at("r/entities/dass-nc.yaml", 1, "x", "same"),
                                at("r/entities/dass-nc.yaml", 2, "x", "same")};
  ChangeConsequences c = consequences_of({moved}, before, after);
  REQUIRE(c.of_changed.count("r/entities/dass-nc.yaml") == 1);
  CHECK(c.of_changed.at("r/entities/dass-nc.yaml").introduced.size() == 1);
  CHECK(c.of_changed.at("r/entities/dass-nc.yaml").removed.empty());
}
