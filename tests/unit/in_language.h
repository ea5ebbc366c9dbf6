// Runs part of a test in one language and restores the run's language afterwards.
#pragma once

#include "i18n/tr.h"

namespace multilat::testing {

class InLanguage {
 public:
  explicit InLanguage(Language language) : previous_(i18n::language()) {
    i18n::set_language(language);
  }
  ~InLanguage() { i18n::set_language(previous_); }
  InLanguage(const InLanguage&) = delete;
  InLanguage& operator=(const InLanguage&) = delete;

 private:
  Language previous_;
};

}  // namespace multilat::testing
