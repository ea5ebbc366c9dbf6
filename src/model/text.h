// Text that may exist in French and English, with fallback to the other language.
#pragma once

#include <string>
#include <string_view>

namespace multilat {

enum class Language { Fr, En };

std::string_view language_code(Language language);

struct Text {
  std::string fr;
  std::string en;

  bool empty() const { return fr.empty() && en.empty(); }
  // The requested language, or the other one when the translation is missing.
  const std::string& in(Language language) const {
    const std::string& wanted = language == Language::Fr ? fr : en;
    return wanted.empty() ? (language == Language::Fr ? en : fr) : wanted;
  }
};

}  // namespace multilat
