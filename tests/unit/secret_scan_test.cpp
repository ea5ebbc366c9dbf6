// Tests of the secret-in-records rule: secrets are found, named by line, and never quoted.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "in_english.h"
#include "load/record_parser.h"

using namespace multilat;
using multilat::testing::InEnglish;

namespace {

std::vector<Diagnostic> entity_diagnostics(std::string_view yaml) {
  RecordFile file{"records/entities/x.yaml", "records/entities/x.yaml", Kind::Entity, "x"};
  return parse_record(yaml, file).diagnostics;
}

}  // namespace

TEST_CASE_FIXTURE(InEnglish, "secret-in-records: a password key or text, named by line, never quoted") {
  for (std::string_view line : {"smtp-password: hunter2\n", "api_key: hunter2\n",
                                "mot-de-passe: hunter2\n", "notes: \"mot de passe = hunter2\"\n",
                                "notes: \"Token: hunter2\"\n"}) {
    INFO(line);
    std::vector<Diagnostic> found =
        entity_diagnostics("name: DASS\ntype: government-service\n" + std::string(line));
    REQUIRE(found.size() == 1);  // the key-unknown of that line is gone with its excerpt
    CHECK(found[0].rule == "secret-in-records");
    CHECK(found[0].loc.line == 0);
    CHECK(found[0].message == "line 3 seems to hold a password or a token; it is not quoted here");
    CHECK(found[0].message.find("hunter2") == std::string::npos);
  }
}

TEST_CASE("secret-in-records: passes for words that only look alike") {
  CHECK(entity_diagnostics("name: Secrétariat général\ntype: government-service\n"
                           "notes: \"secretariat: Suva; the token system of the Forum\"\n")
            .empty());
}
