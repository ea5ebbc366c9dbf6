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

TEST_CASE("a name composed (NFC) and decomposed (NFD) folds alike") {
  const std::string composed = "\u00c9lise W\u00e9a";            // É and é, one code point each
  const std::string decomposed = "E\u0301lise We\u0301a";        // E and e, then U+0301
  CHECK(fold_for_comparison(composed) == fold_for_comparison(decomposed));
  CHECK(fold_for_comparison(decomposed) == "elise wea");
  CHECK(fold_for_comparison("Tu\u0304ra") == "tura");           // u then a combining macron
}

TEST_CASE("the macron vowels of Pacific names fold to their letter") {
  CHECK(fold_for_comparison("M\u0101ori") == "maori");
  CHECK(fold_for_comparison("\u0100\u0112\u012a\u014c\u016a") == "aeiou");
}
