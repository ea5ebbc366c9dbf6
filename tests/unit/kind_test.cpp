// Tests of record kind names, folders and identifiers.
#include "model/kind.h"

#include <doctest/doctest.h>

#include <string>

#include "model/text.h"

using namespace multilat;

TEST_CASE("kinds have singular names and plural folders") {
  CHECK(kind_name(Kind::Organisation) == "organisation");
  CHECK(kind_name(Kind::Entity) == "entity");
  CHECK(kind_name(Kind::Meeting) == "meeting");
  CHECK(kind_name(Kind::Prospect) == "prospect");
  CHECK(kind_folder(Kind::Organisation) == "organisations");
  CHECK(kind_folder(Kind::Entity) == "entities");
  CHECK(kind_folder(Kind::Meeting) == "meetings");
  CHECK(kind_folder(Kind::Prospect) == "prospects");
}

TEST_CASE("kind_from_name and kind_from_folder invert the names") {
  for (Kind kind : kAllKinds) {
    CHECK(kind_from_name(kind_name(kind)) == kind);
    CHECK(kind_from_folder(kind_folder(kind)) == kind);
  }
  CHECK_FALSE(kind_from_name("organisations"));
  CHECK_FALSE(kind_from_folder("organisation"));
  CHECK_FALSE(kind_from_folder("Meetings"));
  CHECK_FALSE(kind_from_folder("organizations"));
  CHECK_FALSE(kind_from_name(""));
  CHECK_FALSE(kind_from_folder(""));
}

TEST_CASE("is_valid_id accepts lowercase words joined by single hyphens") {
  for (std::string_view id : {"a", "0", "spc", "pif-2025", "un-esc-ap", "a1-b2-c3", "2025"}) {
    CAPTURE(id);
    CHECK(is_valid_id(id));
  }
  CHECK(is_valid_id(std::string(64, 'a')));
}

TEST_CASE("is_valid_id rejects everything else") {
  for (std::string_view id : {"", "-", "-spc", "spc-", "a--b", "SPC", "Spc", "a_b", "a.b", "a b",
                              " spc", "spc\n", "a/b", "é", "a-", "--"}) {
    CAPTURE(id);
    CHECK_FALSE(is_valid_id(id));
  }
  CHECK_FALSE(is_valid_id(std::string(65, 'a')));
}

TEST_CASE("language_code gives ISO 639-1 codes") {
  CHECK(language_code(Language::Fr) == "fr");
  CHECK(language_code(Language::En) == "en");
}
