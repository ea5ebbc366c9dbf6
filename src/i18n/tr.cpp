// The catalogue index, the run's language, plurals and numbers.
#include "i18n/tr.h"

#include <atomic>
#include <string>
#include <unordered_map>

#include "i18n/catalogue.h"
#include "i18n/french_spacing.h"

namespace multilat::i18n {
namespace {

std::atomic<Language> g_language{Language::Fr};

// The texts are owned here: French ones are rewritten with their no-break spaces once, when the
// index is built, and the string_views that text() hands out point into these nodes.
using Index = std::unordered_map<std::string_view, std::string>;

Index build_index(std::span<const Message> messages, std::string (*rewrite)(std::string_view)) {
  Index index;
  for (const Message& m : messages) index.emplace(m.key, rewrite(m.text));
  return index;
}

std::string as_written(std::string_view text) { return std::string(text); }

const Index& index_of(Language language) {
  static const Index french = build_index(french_catalogue(), french_spacing);
  static const Index english = build_index(english_catalogue(), as_written);
  return language == Language::Fr ? french : english;
}

}  // namespace

std::span<const Message> catalogue(Language language) {
  return language == Language::Fr ? french_catalogue() : english_catalogue();
}

void set_language(Language language) { g_language = language; }

Language language() { return g_language; }

std::string_view text(Language language, std::string_view key) {
  const Index& index = index_of(language);
  auto it = index.find(key);
  return it == index.end() ? key : std::string_view(it->second);
}

std::string_view plural_suffix(Language language, std::size_t n) {
  bool one = language == Language::Fr ? n <= 1 : n == 1;
  return one ? ".one" : ".other";
}

std::string group_digits(std::string_view number, Language language) {
  std::size_t dot = number.find('.');
  std::string_view whole = number.substr(0, dot);
  std::string_view sign;
  if (!whole.empty() && whole.front() == '-') sign = "-", whole.remove_prefix(1);
  // U+202F NARROW NO-BREAK SPACE is what French typography puts between groups of digits.
  std::string_view separator = language == Language::Fr ? "\u202f" : ",";
  std::string out(sign);
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += separator;
    out += whole[i];
  }
  if (dot != std::string_view::npos) {
    out += language == Language::Fr ? ',' : '.';
    out += number.substr(dot + 1);
  }
  return out;
}

std::string amount_text(std::string_view amount, std::string_view currency, Language language) {
  std::string grouped = group_digits(amount, language);
  return currency.empty() ? grouped : fmt::format("{} {}", grouped, currency);
}

std::string cents_text(long long cents, std::string_view currency, Language language) {
  // Negative cents keep one sign in front: -1 050 cents is "-10.50", not "-10.-50".
  unsigned long long magnitude = cents < 0 ? 0ULL - static_cast<unsigned long long>(cents)
                                           : static_cast<unsigned long long>(cents);
  std::string number = fmt::format("{}{}", cents < 0 ? "-" : "", magnitude / 100);
  if (magnitude % 100 != 0) number += fmt::format(".{:02}", magnitude % 100);
  return amount_text(number, currency, language);
}

}  // namespace multilat::i18n
