// Test helper: a fixture that runs a test case in English, for tests of the English wording.
#pragma once

#include "i18n/tr.h"

namespace multilat::testing {

// Messages follow the run's language, French by default; these tests assert the English text
// (the French is asserted in i18n_messages_test.cpp). Back to French afterwards, as the next
// test expects.
struct InEnglish {
  InEnglish() { i18n::set_language(Language::En); }
  ~InEnglish() { i18n::set_language(Language::Fr); }
  InEnglish(const InEnglish&) = delete;
  InEnglish& operator=(const InEnglish&) = delete;
};

}  // namespace multilat::testing
