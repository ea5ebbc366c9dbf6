// Tests of case and accent folding.
#include "util/fold.h"

#include <doctest/doctest.h>

using namespace multilat;

TEST_CASE("folding removes case and French accents") {
  CHECK(fold_for_comparison("Élise") == fold_for_comparison("elise"));
  CHECK(fold_for_comparison("Prévue") == "prevue");
  CHECK(fold_for_comparison("JEAN-PIERRE  Wété ") == "jean-pierre wete");
  CHECK(fold_for_comparison("Œuvre") == "oeuvre");
  CHECK(fold_for_comparison("Nouméa") != fold_for_comparison("Noumea!"));
}
