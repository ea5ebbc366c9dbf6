// Text that may exist in French and English, with fallback to the other language.
#pragma once

#include <string_view>

#include "model/str.h"

namespace multilat {

enum class Language { Fr, En };

std::string_view language_code(Language language);

// Plain (one-language) text from a record is kept in `fr` only: `in` falls back to it.
struct Text {
  Str fr;
  Str en;

  bool empty() const { return fr.empty() && en.empty(); }
  // The requested language, or the other one when the translation is missing.
  const Str& in(Language language) const {
    const Str& wanted = language == Language::Fr ? fr : en;
    return wanted.empty() ? (language == Language::Fr ? en : fr) : wanted;
  }
};

}  // namespace multilat
