// French typography: no-break spaces before two-part punctuation and inside guillemets, in the
// catalogue's messages and never in the record text put into one. What the binary prints as a
// whole is read by tests/i18n/french_typography.py.
#include "i18n/french_spacing.h"

#include <doctest/doctest.h>

#include "i18n/tr.h"

using namespace multilat;
using namespace multilat::i18n;

TEST_CASE("french_spacing puts no-break spaces where French typography wants them") {
  CHECK(french_spacing("Point focal : {name}") == "Point focal\u00a0: {name}");
  CHECK(french_spacing("a ; b ? c !") == "a\u202f; b\u202f? c\u202f!");
  CHECK(french_spacing("voir « multilat check »") == "voir «\u00a0multilat check\u00a0»");
  CHECK(french_spacing("12:30, a;b, «x»") == "12:30, a;b, «x»");
  CHECK(french_spacing("") == "");
}

TEST_CASE("record text put into a French message keeps its own spaces") {
  CHECK(tr_in(Language::Fr, "cli.option-detail", fmt::arg("option", "--group"), fmt::arg("detail", "Budget : adopté")) ==
        "--group\u00a0: Budget : adopté");
}
